import { getDocument, GlobalWorkerOptions, TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
// The worker is a file of the app's own build, served from its own origin (`app://` in the
// desktop app), so the content security policy's `default-src 'self'` admits it.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };
export { TextLayer };

/**
 * Opens a PDF from bytes already in memory. The bytes are copied: the worker takes ownership
 * of what it is given, and the cached original must stay readable for the next opening.
 */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes.slice(),
    // Without eval the app keeps a CSP free of 'unsafe-eval'; fonts render a little slower.
    isEvalSupported: false,
    // Nothing is fetched from anywhere but the app: no CMaps, fonts or wasm from a CDN.
    useSystemFonts: true,
    stopAtErrors: false,
  }).promise;
}

/** Each page's text runs, numbered as the text layer numbers its spans. */
export async function pageTexts(pdf: PDFDocumentProxy): Promise<string[][]> {
  const pages: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item ? [item.str] : [])));
  }
  return pages;
}
