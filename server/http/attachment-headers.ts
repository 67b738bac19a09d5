/** Headers that make a browser save the file rather than render it inside the app. */
export function attachmentHeaders(document: {
  name: string;
  contentType: string;
  sha256: string;
  content: Uint8Array;
}): Headers {
  const asciiName = document.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Headers({
    'Content-Type': document.contentType,
    'Content-Length': String(document.content.length),
    'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(document.name)}`,
    ETag: `"${document.sha256}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
