import { useId, useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IssueList } from '../../components/IssueList';
import { navigate } from '../../lib/hash-route';
import { checkAttachedFiles, parseOrderText } from './parse-order-file';
import { PdfFilesField } from './PdfFilesField';
import { useImportOrder } from './use-import-order';

/** Imports an order received as a file, with the signed PDF it came with. */
export function ImportFileForm() {
  const orderInputId = useId();
  const [orderFile, setOrderFile] = useState<File | null>(null);
  const [attachments, setAttachments] = useState<File[]>([]);
  const [problems, setProblems] = useState<FieldIssue[]>([]);
  const importOrder = useImportOrder();

  async function submit(event: FormEvent) {
    event.preventDefault();
    importOrder.reset();
    if (!orderFile) {
      setProblems([{ path: '(file)', message: 'choose the order file first' }]);
      return;
    }
    const checked = parseOrderText(await orderFile.text(), orderFile.size);
    const attachmentProblems = await checkAttachedFiles(attachments);
    const found = [...(checked.ok ? [] : checked.problems), ...attachmentProblems];
    setProblems(found);
    if (!checked.ok || found.length > 0) return;
    importOrder.mutate(
      { order: checked.order, attachments },
      { onSuccess: (imported) => navigate({ screen: 'case', caseId: imported.caseId }) },
    );
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">Import from a file</h2>
      <p className="muted">
        An order in the <code>disclosure-desk/order@1</code> JSON format, with the signed documents
        as PDF. Nothing is imported unless the whole order is valid.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={orderInputId}>Order file (JSON)</label>
          <input
            id={orderInputId}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              setOrderFile(e.target.files?.[0] ?? null);
              setProblems([]);
            }}
          />
        </div>
        <PdfFilesField label="Attached documents (PDF)" onChange={setAttachments} />
      </div>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{orderFile ? `${orderFile.name} cannot be imported:` : 'Nothing to import yet:'}</p>
          <IssueList issues={problems} />
        </div>
      )}
      <ErrorNotice error={importOrder.error} />
      <button type="submit" className="primary" disabled={importOrder.isPending}>
        {importOrder.isPending ? 'Importing…' : 'Import order'}
      </button>
    </form>
  );
}
