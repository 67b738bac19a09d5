import type { Role } from '../../../shared/roles';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { useCurrentPolicy } from '../../lib/policy/current-policy-query';
import { PolicyEditor } from './PolicyEditor';
import { usePolicyVersions } from './use-policy-versions';

/** The policy versions the desk has decided under, and for admins the editor of the current one. */
export function PolicyScreen({ role }: { role: Role }) {
  const versions = usePolicyVersions();
  const current = useCurrentPolicy();

  return (
    <main className="page">
      <h1>Policy</h1>
      <p className="muted">
        Every edit is saved as a new version; cases signed off earlier keep the version they were
        decided under.
      </p>
      <ErrorNotice error={versions.error ?? current.error} />
      {versions.data && (
        <table className="grid" aria-label="Policy versions">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Effective from</th>
              <th scope="col">Based on</th>
              <th scope="col">Saved by</th>
              <th scope="col">Saved at</th>
              <th scope="col">In force</th>
            </tr>
          </thead>
          <tbody>
            {[...versions.data].reverse().map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td>{v.effectiveFrom}</td>
                <td>{v.basedOn ?? '—'}</td>
                <td>{v.createdByName ?? 'Installed with the desk'}</td>
                <td>{formatDateTime(v.createdAt)}</td>
                <td>{v.current ? 'Current' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {role === 'admin' && current.data && versions.data && (
        <PolicyEditor
          key={current.data.version}
          current={current.data}
          taken={versions.data.map((v) => v.version)}
        />
      )}
    </main>
  );
}
