import { safeFileName } from '../cases/pdf-attachments';

/** Headers that make a browser save the file rather than render it inside the app. */
export function attachmentHeaders(document: {
  name: string;
  contentType: string;
  sha256: string;
  content: Uint8Array;
}): Headers {
  // Names stored before they were cleaned at intake are cleaned on the way out.
  const name = safeFileName(document.name);
  const asciiName = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Headers({
    'Content-Type': document.contentType,
    'Content-Length': String(document.content.length),
    'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    ETag: `"${document.sha256}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
