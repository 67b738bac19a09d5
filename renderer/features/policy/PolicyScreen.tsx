import { useState } from 'react';
import type { Role } from '../../../shared/roles';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import { PolicyEditor } from './PolicyEditor';
import { PolicyProposals } from './PolicyProposals';
import { PolicyView } from './PolicyView';
import { usePolicyVersion, usePolicyVersions } from './use-policy-versions';

/**
 * The policy versions the desk has decided under and will decide under, and for admins the
 * proposals awaiting a second admin and the editor of the newest version.
 */
export function PolicyScreen({ role }: { role: Role }) {
  const versions = usePolicyVersions();
  const session = useSession();
  const newest = versions.data?.at(-1);
  const latest = usePolicyVersion(role === 'admin' ? newest?.version : undefined);
  const inForce = versions.data?.find((v) => v.current);
  const inForceRecord = usePolicyVersion(role === 'admin' ? inForce?.version : undefined);
  const [viewing, setViewing] = useState<string | null>(null);
  // Readers see the version in force at once; administrators, who work on the editor below,
  // open a version when they ask for it.
  const shown = usePolicyVersion(viewing ?? (role === 'admin' ? undefined : inForce?.version));

  return (
    <main className="page">
      <h1>Policy</h1>
      <p className="muted">
        Every edit is proposed as a new version with the date from which it applies, and is
        published only when a second administrator approves it. A case is judged under the version
        in force when it is signed off, and keeps it.
      </p>
      <ErrorNotice error={versions.error ?? latest.error} />
      {inForce && (
        <p role="status">
          In force today: version {inForce.version}, since {inForce.effectiveFrom}.
        </p>
      )}
      {versions.data && (
        // A narrow window scrolls the table sideways rather than the page (WCAG 1.4.10).
        <div className="table-scroll" role="region" aria-label="Policy versions" tabIndex={0}>
          <table className="grid" aria-label="Policy versions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Effective from</th>
                <th scope="col">Based on</th>
                <th scope="col">Proposed by</th>
                <th scope="col">Approved by</th>
                <th scope="col">Published at</th>
                <th scope="col">In force</th>
                <th scope="col">
                  <span className="visually-hidden">Read</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...versions.data].reverse().map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>{v.effectiveFrom}</td>
                  <td>{v.basedOn ?? '—'}</td>
                  <td>{v.createdByName ?? 'Installed with the desk'}</td>
                  <td>{v.approvedByName ?? '—'}</td>
                  <td>{formatDateTime(v.createdAt)}</td>
                  <td>
                    {v.current
                      ? 'In force'
                      : inForce && v.effectiveFrom > inForce.effectiveFrom
                        ? `From ${v.effectiveFrom}`
                        : ''}
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-pressed={shown.data?.version === v.version}
                      onClick={() => setViewing(v.version)}
                    >
                      Read version {v.version}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.data && <PolicyView record={shown.data} />}
      {role === 'admin' && session.data && <PolicyProposals userId={session.data.user.id} />}
      {role === 'admin' && latest.data && versions.data && (
        <PolicyEditor
          key={latest.data.version}
          current={latest.data}
          inForce={inForceRecord.data}
          taken={versions.data.map((v) => v.version)}
        />
      )}
    </main>
  );
}
