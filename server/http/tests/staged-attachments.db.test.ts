import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportedOrder } from '../../../shared/api';
import { CaseDetail } from '../../../shared/case-record';
import {
  CONTENT_PIECE_BYTES,
  discardStagedContents,
  linkContent,
  stageContent,
} from '../../cases/document-contents';
import { sampleOrder, samplePdf } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

/** A PDF spanning several stored pieces. */
function pdfOfPieces(pieces: number, text: string): Uint8Array {
  const pdf = new Uint8Array(Math.floor(pieces * CONTENT_PIECE_BYTES) + 17).fill(0x20);
  pdf.set(new TextEncoder().encode(`%PDF-1.7\n% ${text}\n`));
  return pdf;
}

function importForm(order: unknown, files: Uint8Array[]): FormData {
  const form = new FormData();
  form.set('order', JSON.stringify(order));
  files.forEach((bytes, i) =>
    form.append('attachment', new File([Buffer.from(bytes)], `${i}.pdf`)),
  );
  return form;
}

async function stored() {
  const [row] = await t.database.db.query<{
    contents: number;
    pieces: number;
    linked: number;
    staged: number;
  }>(
    `SELECT (SELECT count(*)::int FROM document_contents) AS contents,
            (SELECT count(*)::int FROM document_content_staging) AS staged,
            (SELECT count(*)::int FROM document_content_pieces) AS pieces,
            (SELECT count(*)::int FROM documents WHERE content_id IS NOT NULL) AS linked`,
  );
  return row;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('attachments stored before their case', () => {
  it('leave nothing behind when the same order is imported again', async () => {
    const first = await team.reviewer.request('POST', '/api/orders', {
      body: importForm(sampleOrder(), [pdfOfPieces(2.5, 'first')]),
    });
    expect(first.status).toBe(200);
    expect(await stored()).toEqual({ contents: 1, pieces: 3, linked: 1, staged: 0 });

    const again = await team.reviewer2.request('POST', '/api/orders', {
      body: importForm(sampleOrder(), [pdfOfPieces(2.5, 'again'), samplePdf('another')]),
    });
    expect(errorOf(again).code).toBe('duplicate');
    expect(await stored()).toEqual({ contents: 1, pieces: 3, linked: 1, staged: 0 });
  });

  it('leave nothing behind when the case transaction fails', async () => {
    await t.database.asSuperuser(
      `CREATE FUNCTION fail_cases() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'disk full'; END $$;
       CREATE TRIGGER fail_cases BEFORE INSERT ON cases
         FOR EACH ROW EXECUTE FUNCTION fail_cases();`,
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: importForm(sampleOrder(), [pdfOfPieces(3, 'a'), pdfOfPieces(1, 'b')]),
    });
    logged.mockRestore();
    expect(imported.status).toBe(500);
    expect(await stored()).toEqual({ contents: 0, pieces: 0, linked: 0, staged: 0 });
  });

  it('leave nothing behind when storing a piece fails half-way', async () => {
    await t.database.asSuperuser(
      `CREATE FUNCTION fail_third_piece() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF NEW.seq = 2 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
       CREATE TRIGGER fail_third_piece BEFORE INSERT ON document_content_pieces
         FOR EACH ROW EXECUTE FUNCTION fail_third_piece();`,
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: importForm(sampleOrder(), [pdfOfPieces(1, 'a'), pdfOfPieces(4, 'b')]),
    });
    logged.mockRestore();
    expect(imported.status).toBe(500);
    expect(await stored()).toEqual({ contents: 0, pieces: 0, linked: 0, staged: 0 });
  });

  it('left by an interrupted import are swept after an hour; linked ones stay', async () => {
    const minutesAgo = (minutes: number) => new Date(t.clock.now().getTime() - minutes * 60_000);
    const abandoned = pdfOfPieces(1.5, 'abandoned');
    const running = pdfOfPieces(1, 'still running');
    for (const [bytes, stagedAt] of [
      [abandoned, minutesAgo(90)],
      [running, minutesAgo(30)],
    ] as const) {
      await stageContent(
        t.database.db,
        { bytes, sha256: sha256(bytes), size: bytes.length },
        stagedAt,
      );
    }
    expect(await stored()).toEqual({ contents: 2, pieces: 4, linked: 0, staged: 2 });
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: importForm(sampleOrder(), [samplePdf('kept')]),
    });
    expect(imported.status).toBe(200);
    // Half an hour is not yet abandoned: that import may still be running.
    expect(await stored()).toEqual({ contents: 2, pieces: 3, linked: 1, staged: 1 });
  });

  it('are never linked when removed already or missing a piece', async () => {
    const db = t.database.db;
    const bytes = pdfOfPieces(2, 'short');
    const link = (content: Awaited<ReturnType<typeof stageContent>>) =>
      db.transaction((tx) =>
        linkContent(
          tx,
          { id: randomUUID(), caseId: randomUUID(), name: 'a.pdf', uploadedAt: t.clock.now() },
          content,
        ),
      );
    const swept = await stageContent(
      db,
      { bytes, sha256: sha256(bytes), size: bytes.length },
      t.clock.now(),
    );
    await discardStagedContents(db, [swept.contentId]);
    await expect(link(swept)).rejects.toThrow(/incomplete/);
    // A content whose pieces fall short of its size, as when storing stopped half-way.
    const halfWritten = await stageContent(
      db,
      { bytes, sha256: sha256(bytes), size: bytes.length + CONTENT_PIECE_BYTES },
      t.clock.now(),
    );
    await expect(link(halfWritten)).rejects.toThrow(/incomplete/);
    expect(await stored()).toEqual({ contents: 1, pieces: 3, linked: 0, staged: 1 });
  });

  it('cannot be rewritten or removed once a case links them', async () => {
    const pdf = pdfOfPieces(2, 'evidence');
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: importForm(sampleOrder(), [pdf]),
    });
    const { caseId } = ImportedOrder.parse(imported.body);
    const db = t.database.db;
    for (const sql of [
      `UPDATE document_content_pieces SET bytes = '\\x00'::bytea`,
      'DELETE FROM document_content_pieces',
      'UPDATE document_contents SET size = 1',
      'DELETE FROM document_contents',
    ]) {
      await expect(db.transaction((tx) => tx.query(sql))).rejects.toThrow();
    }
    const detail = CaseDetail.parse((await team.reviewer.get(`/api/cases/${caseId}`)).body);
    const download = await team.reviewer.get(
      `/api/cases/${caseId}/documents/${detail.documents[0]?.id ?? ''}`,
    );
    expect(Buffer.from(download.bytes).equals(Buffer.from(pdf))).toBe(true);
  });

  it('leave documents stored in their own row served as before', async () => {
    const imported = await team.reviewer.post('/api/orders', sampleOrder());
    const { caseId } = ImportedOrder.parse(imported.body);
    const pdf = pdfOfPieces(2.2, 'kept in the row');
    const documentId = randomUUID();
    await t.database.db.query(
      `INSERT INTO documents (id, case_id, name, content_type, size, sha256, content, uploaded_at)
       VALUES ($1, $2, 'earlier.pdf', 'application/pdf', $3, $4, $5, now())`,
      [documentId, caseId, pdf.length, sha256(pdf), pdf],
    );
    const download = await team.reviewer.get(`/api/cases/${caseId}/documents/${documentId}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.bytes).equals(Buffer.from(pdf))).toBe(true);
  });
});
