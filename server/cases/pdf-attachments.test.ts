import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Order } from '../../shared/order';
import { samplePdf, sampleOrder } from '../testing/sample-order';
import {
  checkPdfAttachments,
  documentDigestIssues,
  MAX_ATTACHMENT_BYTES,
  safeFileName,
} from './pdf-attachments';

const file = (bytes: Uint8Array, name = 'order.pdf') => new File([Buffer.from(bytes)], name);

describe('PDF attachments', () => {
  it('accepts a PDF by its first bytes and records its SHA-256', async () => {
    const pdf = samplePdf();
    const { attachments, issues } = await checkPdfAttachments([file(pdf)]);
    expect(issues).toEqual([]);
    expect(attachments[0]).toMatchObject({
      name: 'order.pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });

  it('names each file it refuses: not a PDF, empty, too large, too many', async () => {
    const tooLarge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    tooLarge.set(samplePdf());
    const { issues } = await checkPdfAttachments([
      file(new TextEncoder().encode('<html>'), 'letter.pdf'),
      file(new Uint8Array(0)),
      file(tooLarge, 'scan.pdf'),
      ...Array.from({ length: 18 }, () => file(samplePdf())),
    ]);
    expect(issues).toEqual([
      { path: 'attachment', message: 'at most 20 attachments per order; 21 were sent' },
      { path: 'attachment.0', message: 'letter.pdf is not a PDF document' },
      { path: 'attachment.1', message: 'order.pdf is empty' },
      { path: 'attachment.2', message: 'scan.pdf is larger than 20 MB' },
    ]);
  });

  it('keeps only the base name, without control characters or quotes', () => {
    expect(safeFileName('C:\\scans\\..\\"ordonnance"\u0007.pdf')).toBe('ordonnance.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safeFileName('\u0000')).toBe('document.pdf');
  });

  it('keeps a name from reading as something else: no bidi or invisible characters, always .pdf', () => {
    // U+202E turns "order\u202Efdp.exe" into "orderexe.pdf" on screen.
    expect(safeFileName('order\u202Efdp.exe')).toBe('orderfdp.exe.pdf');
    expect(safeFileName('warrant\u200B\u2066.PDF\u2069')).toBe('warrant.pdf');
    expect(safeFileName('scan.PDF')).toBe('scan.pdf');
    expect(safeFileName('\u200B\u200F')).toBe('document.pdf');
  });

  it('requires every listed SHA-256 to match an attached file', async () => {
    const pdf = samplePdf();
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const order = Order.parse(
      sampleOrder({
        documents: [
          { name: 'a.pdf', sha256 },
          { name: 'paper copy' },
          { name: 'b.pdf', sha256: 'f'.repeat(64) },
        ],
      }),
    );
    const { attachments } = await checkPdfAttachments([file(pdf)]);
    expect(documentDigestIssues(order, attachments).map((i) => i.path)).toEqual([
      'documents.2.sha256',
    ]);
  });
});
