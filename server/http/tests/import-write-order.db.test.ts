import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportedOrder } from '../../../shared/api';
import { CaseDetail } from '../../../shared/case-record';
import { CONTENT_PIECE_BYTES } from '../../cases/document-contents';
import { holdWriteOrder } from '../../testing/hold-write-order';
import { sampleOrder } from '../../testing/sample-order';
import {
  createTestApp,
  setUpTeam,
  TEST_PASSWORD,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { testBackend } from '../../testing/test-database';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const TWELVE_MB = 12 * 1024 * 1024;
const PIECES = Math.ceil(TWELVE_MB / CONTENT_PIECE_BYTES);

/** A PDF of the given size: the header the import checks, then filler. */
function largePdf(bytes: number): Uint8Array {
  const pdf = new Uint8Array(bytes).fill(0x20);
  pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
  pdf.set(new TextEncoder().encode('\n%%EOF\n'), bytes - 7);
  return pdf;
}

function importForm(bytes: Uint8Array): FormData {
  const form = new FormData();
  form.set('order', JSON.stringify(sampleOrder()));
  form.append('attachment', new File([Buffer.from(bytes)], 'annex.pdf'));
  return form;
}

async function storedPieces(): Promise<number> {
  const [row] = await t.database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM document_content_pieces',
  );
  return row?.n ?? 0;
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((wait) => setTimeout(wait, 10));
}

describe('an import storing a 12 MB attachment', () => {
  it('answers a sign-in started meanwhile before the import itself', async () => {
    if (testBackend() === 'postgres') {
      // Each piece takes a moment to write, as on a slow disk, so the import lasts seconds.
      await t.database.asSuperuser(
        `CREATE FUNCTION slow_pieces() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM pg_sleep(0.05); RETURN NEW; END $$;
         CREATE TRIGGER slow_pieces BEFORE INSERT ON document_content_pieces
           FOR EACH ROW EXECUTE FUNCTION slow_pieces();`,
      );
    }
    const finished: string[] = [];
    const importing = team.reviewer
      .request('POST', '/api/orders', { body: importForm(largePdf(TWELVE_MB)) })
      .then((response) => {
        finished.push('import');
        return response;
      });
    await until(async () => (await storedPieces()) > 0);

    const signIn = await t.client().post('/api/session', {
      username: 'reviewer2',
      password: TEST_PASSWORD,
    });
    finished.push('sign-in');
    expect(signIn.status).toBe(200);
    // The import was still storing its attachment when the sign-in was answered.
    expect(await storedPieces()).toBeLessThan(PIECES);

    expect((await importing).status).toBe(200);
    expect(finished).toEqual(['sign-in', 'import']);
    expect(await storedPieces()).toBe(PIECES);
  });
});

// Only PostgreSQL has a second connection that can hold the write order meanwhile.
describe.skipIf(testBackend() !== 'postgres')('the global write order', () => {
  it('is not held by an import while it stores its attachment, nor taken by a download', async () => {
    const release = await holdWriteOrder(t.database);
    let finished = false;
    const importing = team.reviewer
      .request('POST', '/api/orders', { body: importForm(largePdf(TWELVE_MB)) })
      .then((response) => {
        finished = true;
        return response;
      });
    // Every piece is stored while another writer holds the order; only the case waits.
    await until(async () => (await storedPieces()) === PIECES);
    expect(finished).toBe(false);
    await release();
    const imported = await importing;
    expect(imported.status).toBe(200);

    const { caseId } = ImportedOrder.parse(imported.body);
    const detail = CaseDetail.parse((await team.reviewer.get(`/api/cases/${caseId}`)).body);
    const releaseAgain = await holdWriteOrder(t.database);
    const download = await team.reviewer.get(
      `/api/cases/${caseId}/documents/${detail.documents[0]?.id ?? ''}`,
    );
    expect(download.status).toBe(200);
    expect(download.bytes.length).toBe(TWELVE_MB);
    await releaseAgain();
  });
});
