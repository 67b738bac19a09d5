import { useEffect, useId, useMemo, useState } from 'react';
import { API, routePath } from '../../../../shared/api';
import type { CaseDocument, DocumentMark } from '../../../../shared/case-record';
import { OfflineError } from '../../../lib/api-errors';
import { useDocumentFile } from '../../../lib/cases/document-file-query';
import { formatBytes } from '../../../lib/format';
import { ErrorNotice } from '../../ErrorNotice';
import { DocumentMarks } from '../DocumentMarks';
import { findMatches } from './find-matches';
import { PdfPage } from './PdfPage';
import type { PDFDocumentProxy } from './pdf-engine';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const DEFAULT_ZOOM = 2;

interface DocumentPaneProps {
  caseId: string;
  documents: readonly CaseDocument[];
  marks: readonly DocumentMark[] | undefined;
}

/** The order's documents, read beside the checks: one page at a time, zoom, find in text. */
export function DocumentPane({ caseId, documents, marks }: DocumentPaneProps) {
  const [chosen, setChosen] = useState(documents[0]?.id ?? null);
  const current = documents.find((d) => d.id === chosen) ?? documents[0];
  const pickerId = useId();

  return (
    <section className="panel document-pane" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <DocumentMarks marks={marks} />
      {documents.length === 0 ? (
        <p className="muted">No documents were attached to this order.</p>
      ) : (
        <>
          {documents.length > 1 && (
            <div className="field document-picker">
              <label htmlFor={pickerId}>Document</label>
              <select id={pickerId} value={current?.id} onChange={(e) => setChosen(e.target.value)}>
                {documents.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {current && (
            <>
              <p className="document-facts">
                <a
                  href={routePath(API.getDocument.path, { caseId, documentId: current.id })}
                  download={current.name}
                >
                  {current.name}
                </a>{' '}
                <span className="muted">({formatBytes(current.size)})</span>
                <span className="hash">
                  SHA-256 <code>{current.sha256}</code>
                </span>
              </p>
              <DocumentViewer key={current.id} caseId={caseId} document={current} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function DocumentViewer({ caseId, document }: { caseId: string; document: CaseDocument }) {
  const file = useDocumentFile(caseId, document);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    if (!file.data) return;
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    void import('./pdf-engine')
      .then((engine) => engine.openPdf(file.data))
      .then(
        (loaded) => {
          opened = loaded;
          if (cancelled) void loaded.destroy();
          else setPdf(loaded);
        },
        () => {
          if (!cancelled) setUnreadable(true);
        },
      );
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [file.data]);

  if (file.isError) {
    return file.error instanceof OfflineError ? (
      <div className="notice notice-warning" role="status">
        You are offline and this document was not downloaded to this workstation before the
        connection was lost, so it cannot be shown. It will open once the case service is reachable
        again.
      </div>
    ) : (
      <ErrorNotice error={file.error} />
    );
  }
  if (unreadable) {
    return (
      <div className="notice notice-warning" role="status">
        This file cannot be displayed: it is damaged or not a PDF the viewer can read. Download it
        to open it elsewhere.
      </div>
    );
  }
  if (!pdf) return <p className="muted">Opening {document.name}…</p>;
  return <PdfViewer pdf={pdf} name={document.name} />;
}

function PdfViewer({ pdf, name }: { pdf: PDFDocumentProxy; name: string }) {
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [query, setQuery] = useState('');
  const [texts, setTexts] = useState<string[][] | null>(null);
  const [matchIndex, setMatchIndex] = useState(0);
  const [rendered, setRendered] = useState(0);
  const searchId = useId();
  const pageInputId = useId();
  const pages = pdf.numPages;
  const scale = ZOOM_STEPS[zoom] ?? 1;

  // The text of every page is read once, when the reader first searches.
  useEffect(() => {
    if (query.trim() === '' || texts) return;
    let cancelled = false;
    void import('./pdf-engine')
      .then((engine) => engine.pageTexts(pdf))
      .then((read) => {
        if (cancelled) return;
        setTexts(read);
        const first = findMatches(read, query)[0];
        if (first) setPage(first.page);
      });
    return () => {
      cancelled = true;
    };
  }, [pdf, query, texts]);

  const matches = useMemo(() => (texts ? findMatches(texts, query) : []), [texts, query]);
  const currentMatch = matches[matchIndex] ?? null;
  const onPage = useMemo(() => matches.filter((m) => m.page === page), [matches, page]);
  const goToMatch = (index: number) => {
    const wrapped = (index + matches.length) % matches.length;
    setMatchIndex(wrapped);
    const target = matches[wrapped];
    if (target) setPage(target.page);
  };
  const searching = query.trim() !== '';

  return (
    <div className="pdf-viewer">
      <div className="pdf-toolbar" role="toolbar" aria-label={`Reading ${name}`}>
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          Previous page
        </button>
        <label htmlFor={pageInputId} className="pdf-page-number">
          Page{' '}
          <input
            id={pageInputId}
            type="number"
            min={1}
            max={pages}
            value={page}
            onChange={(e) => {
              const wanted = Number(e.target.value);
              if (Number.isInteger(wanted) && wanted >= 1 && wanted <= pages) setPage(wanted);
            }}
          />{' '}
          of {pages}
        </label>
        <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          Next page
        </button>
        <button type="button" disabled={zoom <= 0} onClick={() => setZoom(zoom - 1)}>
          Zoom out
        </button>
        <span className="pdf-zoom" aria-live="polite">
          {Math.round(scale * 100)} %
        </span>
        <button
          type="button"
          disabled={zoom >= ZOOM_STEPS.length - 1}
          onClick={() => setZoom(zoom + 1)}
        >
          Zoom in
        </button>
      </div>
      <form
        className="pdf-find"
        role="search"
        aria-label="Find in the document"
        onSubmit={(e) => {
          e.preventDefault();
          if (matches.length > 0) goToMatch(matchIndex + 1);
        }}
      >
        <label htmlFor={searchId}>Find in document</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setMatchIndex(0);
            const first = texts ? findMatches(texts, e.target.value)[0] : undefined;
            if (first) setPage(first.page);
          }}
        />
        <button
          type="button"
          disabled={matches.length === 0}
          onClick={() => goToMatch(matchIndex - 1)}
        >
          Previous match
        </button>
        <button type="submit" disabled={matches.length === 0}>
          Next match
        </button>
        <span role="status" className="pdf-find-count">
          {!searching
            ? ''
            : !texts
              ? 'Searching…'
              : matches.length === 0
                ? 'Not found'
                : `Match ${matchIndex + 1} of ${matches.length}, on page ${currentMatch?.page ?? page}`}
        </span>
      </form>
      <div
        className="pdf-scroller"
        role="region"
        aria-label={`${name}, page ${page} of ${pages}`}
        data-rendered={rendered}
        tabIndex={0}
      >
        <PdfPage
          pdf={pdf}
          pageNumber={page}
          scale={scale}
          matches={onPage}
          current={currentMatch?.page === page ? currentMatch : null}
          onRendered={() => setRendered((n) => n + 1)}
        />
      </div>
    </div>
  );
}
