import { countryName } from '../../../shared/countries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { hrefFor } from '../../lib/hash-route';
import { OUTCOME_LABELS } from '../../lib/labels';
import { useApprovalInbox } from './use-approval-inbox';

export function ApprovalInbox() {
  const inbox = useApprovalInbox();
  const rows = inbox.data ?? [];
  return (
    <main className="page">
      <div className="page-title">
        <h1>Approvals</h1>
        <p className="count" role="status">
          {rows.length === 1 ? '1 case awaits approval' : `${rows.length} cases await approval`}
        </p>
      </div>
      <ErrorNotice error={inbox.error} />
      {rows.length === 0 ? (
        <p className="empty">Nothing to approve. Signed-off cases appear here.</p>
      ) : (
        <table className="grid">
          <caption className="visually-hidden">Signed-off cases awaiting approval</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Authority</th>
              <th scope="col">Country</th>
              <th scope="col">Proposed outcome</th>
              <th scope="col">Due</th>
              <th scope="col">Reviewer</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <a href={hrefFor({ screen: 'approval', caseId: row.id })}>{row.reference}</a>
                  {row.emergency && <span className="flag">Emergency</span>}
                </td>
                <td>{row.authorityName}</td>
                <td>{countryName(row.country)}</td>
                <td>{row.outcome ? OUTCOME_LABELS[row.outcome] : '—'}</td>
                <td>{formatDateTime(row.dueAt)}</td>
                <td>{row.assigneeName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
