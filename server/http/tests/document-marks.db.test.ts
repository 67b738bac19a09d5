import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportedOrder } from '../../../shared/api';
import { CaseDetail } from '../../../shared/case-record';
import { PushResponse } from '../../../shared/sync';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { sampleOrder, samplePdf } from '../../testing/sample-order';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function importWith(order: unknown, files: { name: string; bytes: Uint8Array }[]) {
  const form = new FormData();
  form.set('order', JSON.stringify(order));
  for (const file of files) {
    form.append('attachment', new File([Buffer.from(file.bytes)], file.name));
  }
  const imported = await team.reviewer.request('POST', '/api/orders', { body: form });
  expect(imported.status).toBe(200);
  const { caseId } = ImportedOrder.parse(imported.body);
  return CaseDetail.parse((await team.supervisor.get(`/api/cases/${caseId}`)).body);
}

describe('documents the order names against the files that came with it', () => {
  it('marks a named document that was not attached, and an unrelated file sent in its place', async () => {
    const stray = samplePdf('holiday photos');
    const detail = await importWith(sampleOrder({ documents: [{ name: 'ordonnance.pdf' }] }), [
      { name: 'holiday.pdf', bytes: stray },
    ]);
    expect(detail.documentMarks).toEqual([
      { kind: 'document_missing', name: 'ordonnance.pdf' },
      { kind: 'unlisted_document', name: 'holiday.pdf', sha256: digest(stray) },
    ]);
    const [event] = await t.database.db.query<{ details: { documentMarks: unknown } }>(
      `SELECT details FROM audit_events WHERE action = 'order.import'`,
    );
    expect(event?.details.documentMarks).toEqual(detail.documentMarks);
  });

  it('marks nothing when the files are the ones named, by digest or by name', async () => {
    const order = samplePdf('ordonnance');
    const annex = samplePdf('annexe');
    const detail = await importWith(
      sampleOrder({
        documents: [{ name: 'Ordonnance.pdf', sha256: digest(order) }, { name: 'annexe.pdf' }],
      }),
      [
        { name: 'annexe.pdf', bytes: annex },
        { name: 'scan-0001.pdf', bytes: order },
      ],
    );
    expect(detail.documentMarks).toEqual([]);
  });

  it('marks a named document missing when no file came at all', async () => {
    const detail = await importWith(
      sampleOrder({ documents: [{ name: 'réquisition.pdf' }, { name: 'annexe.pdf' }] }),
      [],
    );
    expect(detail.documentMarks).toEqual([
      { kind: 'document_missing', name: 'réquisition.pdf' },
      { kind: 'document_missing', name: 'annexe.pdf' },
    ]);
  });

  it('marks a file the order does not name, when it names none', async () => {
    const pdf = samplePdf();
    const detail = await importWith(sampleOrder(), [{ name: 'order.pdf', bytes: pdf }]);
    expect(detail.documentMarks).toEqual([
      { kind: 'unlisted_document', name: 'order.pdf', sha256: digest(pdf) },
    ]);
  });

  it('still refuses a stated SHA-256 no attached file has, and writes nothing', async () => {
    const form = new FormData();
    form.set(
      'order',
      JSON.stringify(sampleOrder({ documents: [{ name: 'o.pdf', sha256: 'c'.repeat(64) }] })),
    );
    form.append('attachment', new File([Buffer.from(samplePdf())], 'o.pdf'));
    const refused = await team.reviewer.request('POST', '/api/orders', { body: form });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('documents.0.sha256');
    const [row] = await t.database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases`);
    expect(row?.n).toBe(0);
  });

  it('carries the marks on the case a pushed mutation sends back', async () => {
    const detail = await importWith(sampleOrder({ documents: [{ name: 'missing.pdf' }] }), []);
    const pushed = await team.reviewer.post('/api/sync/push', {
      clientId: randomUUID(),
      mutations: [
        { seq: 1, name: 'case.startReview', args: { caseId: detail.id, version: detail.version } },
      ],
    });
    expect(pushed.status).toBe(200);
    const [ack] = PushResponse.parse(pushed.body).acks;
    expect(ack?.status === 'applied' && ack.case?.documentMarks).toEqual([
      { kind: 'document_missing', name: 'missing.pdf' },
    ]);
  });
});
