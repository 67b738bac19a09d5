import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { letterFontFiles } from './letter-fonts';
import type { LetterContent, LetterLine } from './letter-lines';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const SIZES: Record<LetterLine['style'], number> = { title: 15, heading: 11, text: 10.5, item: 10 };

/**
 * Lays the letter out on A4 pages in DejaVu Sans, embedded as a subset, so names in Cyrillic,
 * Greek, Arabic or Latin with diacritics print as written. Right-to-left text is drawn in
 * logical order without contextual shaping: Arabic letters appear in their isolated forms.
 * Dated with `generatedAt` and nothing else that changes, so the same content gives the same
 * bytes.
 */
export async function renderLetterPdf(
  content: LetterContent,
  generatedAt: Date,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(content.title);
  pdf.setLanguage(content.language);
  pdf.setProducer('Disclosure Desk');
  pdf.setCreator('Disclosure Desk');
  pdf.setCreationDate(generatedAt);
  pdf.setModificationDate(generatedAt);
  pdf.registerFontkit(fontkit);
  const files = letterFontFiles();
  const regular = await pdf.embedFont(files.regular, { subset: true, customName: 'DejaVuSans' });
  const bold = await pdf.embedFont(files.bold, { subset: true, customName: 'DejaVuSans-Bold' });

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const write = (text: string, style: LetterLine['style']) => {
    const font = style === 'title' || style === 'heading' ? bold : regular;
    const size = SIZES[style];
    const indent = style === 'item' ? 14 : 0;
    const gap = style === 'heading' || style === 'title' ? size * 0.8 : 0;
    for (const line of wrap(safeText(text), font, size, PAGE.width - 2 * MARGIN - indent)) {
      if (y - gap - size < MARGIN) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - MARGIN;
      }
      y -= gap + size * 1.35;
      page.drawText(line, { x: MARGIN + indent, y, size, font });
    }
    if (style === 'text') y -= size * 0.5;
  };
  write(content.title, 'title');
  for (const line of content.lines) write(line.text, line.style);
  return pdf.save({ useObjectStreams: false });
}

/** Line breaks and other control characters have no glyph; a line is one line. */
function safeText(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}
