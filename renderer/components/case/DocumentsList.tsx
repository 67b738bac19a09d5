import { API, routePath } from '../../../shared/api';
import type { CaseDocument } from '../../../shared/case-record';
import { formatBytes } from '../../lib/format';

export function DocumentsList({
  caseId,
  documents,
}: {
  caseId: string;
  documents: readonly CaseDocument[];
}) {
  return (
    <section aria-labelledby="documents-heading" className="panel">
      <h2 id="documents-heading">Documents</h2>
      {documents.length === 0 ? (
        <p className="muted">No documents were attached to this order.</p>
      ) : (
        <ul className="plain-list documents">
          {documents.map((d) => (
            <li key={d.id}>
              <a
                href={routePath(API.getDocument.path, { caseId, documentId: d.id })}
                download={d.name}
              >
                {d.name}
              </a>{' '}
              <span className="muted">({formatBytes(d.size)})</span>
              <div className="hash">
                SHA-256 <code>{d.sha256}</code>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
