import type { DisclosureRecord } from '../../../shared/case-record';
import type { DataCategory } from '../../../shared/order';
import { nameWithUsername } from '../../../shared/users';
import { formatDateTime } from '../../lib/format';
import { DATA_CATEGORY_LABELS, OUTCOME_LABELS, targetLabel } from '../../lib/labels';

interface ApprovedTarget {
  target: string;
  categories: DataCategory[];
  ipWindow: { from: string; to: string } | null;
}

function groupByTarget(items: DisclosureRecord['items']): ApprovedTarget[] {
  const byTarget = new Map<string, ApprovedTarget>();
  for (const item of items) {
    const entry = byTarget.get(item.target) ?? {
      target: item.target,
      categories: [],
      ipWindow: null,
    };
    entry.categories.push(item.category);
    if (item.ipWindow) entry.ipWindow = item.ipWindow;
    byTarget.set(item.target, entry);
  }
  return [...byTarget.values()];
}

/** What the supervisor approved for release: the subscriber lookup uses exactly this. */
export function DisclosureRecordView({ record }: { record: DisclosureRecord }) {
  const targets = groupByTarget(record.items);
  return (
    <section aria-labelledby="disclosure-heading" className="panel panel-record">
      <h2 id="disclosure-heading">Disclosure record</h2>
      <dl className="facts">
        <dt>Approved by</dt>
        <dd>{nameWithUsername(record.approvedByName, record.approvedByUsername)}</dd>
        <dt>Approved on</dt>
        <dd>{formatDateTime(record.approvedAt)}</dd>
        <dt>Outcome</dt>
        <dd>{OUTCOME_LABELS[record.outcome]}</dd>
        {record.comment && (
          <>
            <dt>Comment</dt>
            <dd>{record.comment}</dd>
          </>
        )}
      </dl>
      <p className="muted">
        The subscriber data itself is looked up only for these targets, categories and window, and
        is never stored on this workstation.
      </p>
      {targets.length === 0 ? (
        <p>Nothing is to be disclosed for any target.</p>
      ) : (
        <table className="grid">
          <caption>Approved for disclosure</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Data approved</th>
              <th scope="col">IP window</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((t) => (
              <tr key={t.target}>
                <td className="identifier">{targetLabel(t.target)}</td>
                <td>{t.categories.map((c) => DATA_CATEGORY_LABELS[c]).join(', ')}</td>
                <td>
                  {t.ipWindow
                    ? `${formatDateTime(t.ipWindow.from)} – ${formatDateTime(t.ipWindow.to)}`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
