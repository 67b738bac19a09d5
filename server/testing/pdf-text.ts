import {
  decodePDFRawStream,
  PDFDict,
  PDFDocument,
  PDFArray,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

function streamText(stream: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

/** A font's ToUnicode map: glyph id (hex) to the characters it draws. */
function toUnicode(doc: PDFDocument, font: PDFDict): Map<string, string> {
  const map = new Map<string, string>();
  const cmap = doc.context.lookup(font.get(PDFName.of('ToUnicode')));
  if (!(cmap instanceof PDFRawStream)) return map;
  for (const [, gid, hex] of streamText(cmap).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
    const units = (hex ?? '').match(/.{4}/g)?.map((u) => parseInt(u, 16)) ?? [];
    map.set((gid ?? '').toLowerCase(), String.fromCharCode(...units));
  }
  return map;
}

/**
 * The text a PDF letter draws, line by line, read back through each embedded font's ToUnicode
 * map: what a reader copying from the letter would get. Enough for letters this service
 * writes (one `Tj` per line), not a general extractor.
 */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const maps = new Map<string, Map<string, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref as PDFRef | PDFObject);
      if (font instanceof PDFDict) maps.set(name.asString(), toUnicode(doc, font));
    }
    const contents = doc.context.lookup(page.node.get(PDFName.of('Contents')));
    const parts = contents instanceof PDFArray ? contents.asArray() : [contents];
    const streams = parts
      .map((p) => (p instanceof PDFRef ? doc.context.lookup(p) : p))
      .filter((p): p is PDFRawStream => p instanceof PDFRawStream);
    let current = new Map<string, string>();
    for (const stream of streams) {
      for (const op of streamText(stream).matchAll(
        /(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g,
      )) {
        if (op[1]) current = maps.get(op[1]) ?? new Map();
        else
          lines.push(
            (op[2]?.match(/.{4}/g) ?? [])
              .map((g) => current.get(g.toLowerCase()) ?? '\uFFFD')
              .join(''),
          );
      }
    }
  }
  return lines;
}
