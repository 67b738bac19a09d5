import type { DocumentMark } from '../../../shared/case-record';

/**
 * What the service found when it compared the documents the order names with the files that
 * came with it. Shown where the documents are read, for the reviewer to resolve.
 */
export function DocumentMarks({ marks }: { marks: readonly DocumentMark[] | undefined }) {
  if (!marks || marks.length === 0) return null;
  const missing = marks.filter((m) => m.kind === 'document_missing');
  const unlisted = marks.filter((m) => m.kind === 'unlisted_document');
  return (
    <div className="notice notice-warning document-marks" role="note" aria-label="Document marks">
      {missing.length > 0 && (
        <>
          <p>
            <strong>Document missing:</strong> the order names{' '}
            {missing.length === 1 ? 'a document that was' : 'documents that were'} not attached.
          </p>
          <MarkedNames label="Documents missing" marks={missing} />
        </>
      )}
      {unlisted.length > 0 && (
        <>
          <p>
            <strong>Unlisted document:</strong>{' '}
            {unlisted.length === 1 ? 'a file was' : 'files were'} attached that the order does not
            name. Check that {unlisted.length === 1 ? 'it belongs' : 'they belong'} to this order.
          </p>
          <MarkedNames label="Unlisted documents" marks={unlisted} />
        </>
      )}
    </div>
  );
}

function MarkedNames({ label, marks }: { label: string; marks: readonly DocumentMark[] }) {
  return (
    <ul aria-label={label}>
      {marks.map((m, i) => (
        <li key={`${m.name}-${i}`}>{m.name}</li>
      ))}
    </ul>
  );
}
