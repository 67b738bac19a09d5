import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportedOrder } from '../../../shared/api';
import { CaseDetail } from '../../../shared/case-record';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';
import { sampleOrder, samplePdf } from '../../testing/sample-order';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

async function counts() {
  const [row] = await t.database.db.query<{ cases: number; documents: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM cases) AS cases,
            (SELECT count(*)::int FROM documents) AS documents,
            (SELECT count(*)::int FROM audit_events WHERE action = 'order.import') AS events`,
  );
  return row;
}

function multipart(order: unknown, files: { name: string; bytes: Uint8Array }[]): FormData {
  const form = new FormData();
  form.set('order', JSON.stringify(order));
  for (const file of files) {
    form.append(
      'attachment',
      new File([Buffer.from(file.bytes)], file.name, { type: 'application/pdf' }),
    );
  }
  return form;
}

describe('importing an order', () => {
  it('creates a received case with an empty review and a due date', async () => {
    const imported = await team.reviewer.post('/api/orders', sampleOrder());
    expect(imported.status).toBe(200);
    const { caseId, reference } = ImportedOrder.parse(imported.body);
    expect(reference).toBe('PR-PARIS-2026-004417');

    const detail = CaseDetail.parse((await team.reviewer.get(`/api/cases/${caseId}`)).body);
    expect(detail).toMatchObject({
      status: 'received',
      authorityName: 'Tribunal judiciaire de Paris',
      country: 'FR',
      receivedAt: '2026-03-02T08:14:00.000Z',
      // Ten business days in France, by the seed policy's domestic route.
      dueAt: '2026-03-16T08:14:00.000Z',
      emergency: false,
      targetCount: 2,
      version: 1,
      outcome: null,
      signOff: null,
      disclosure: null,
      allowedActions: ['start_review', 'record_verification', 'claim'],
    });
    expect(detail.review.checks.instrument).toEqual({ result: null, note: '' });
    expect(detail.review.decisions).toHaveLength(6);
    expect(detail.review.decisions.find((d) => d.category === 'message_content')?.verdict).toBe(
      'decline',
    );
    expect(detail.history).toEqual([
      expect.objectContaining({ actorName: 'Rita Reviewer', action: 'Order received' }),
    ]);
  });

  it('governs by the earlier of the policy’s due date and the authority’s, showing both', async () => {
    const earlier = await team.reviewer.post(
      '/api/orders',
      sampleOrder({ reference: 'E-1', emergency: true, respondBy: '2026-03-02T12:00:00+01:00' }),
    );
    const unstated = await team.reviewer.post(
      '/api/orders',
      sampleOrder({ reference: 'E-2', emergency: true }),
    );
    const later = await team.reviewer.post(
      '/api/orders',
      sampleOrder({ reference: 'E-3', emergency: true, respondBy: '2026-03-09T12:00:00Z' }),
    );
    const detail = async (r: typeof earlier) =>
      CaseDetail.parse(
        (await team.reviewer.get(`/api/cases/${ImportedOrder.parse(r.body).caseId}`)).body,
      );
    expect(await detail(earlier)).toMatchObject({
      dueAt: '2026-03-02T11:00:00.000Z',
      deadline: {
        governedBy: 'authority',
        policyDueAt: '2026-03-03T08:14:00.000Z',
        authorityRespondBy: '2026-03-02T11:00:00.000Z',
      },
    });
    expect((await detail(unstated)).deadline).toMatchObject({
      dueAt: '2026-03-03T08:14:00.000Z',
      governedBy: 'policy',
      authorityRespondBy: null,
    });
    expect(await detail(later)).toMatchObject({
      dueAt: '2026-03-03T08:14:00.000Z',
      deadline: { governedBy: 'policy', authorityRespondBy: '2026-03-09T12:00:00.000Z' },
    });
    // The queue and the sync feed carry the governing date.
    const page = await team.reviewer.get('/api/cases');
    const rows = (page.body as { cases: { reference: string; dueAt: string }[] }).cases;
    expect(rows.find((c) => c.reference === 'E-1')?.dueAt).toBe('2026-03-02T11:00:00.000Z');
  });

  it('names the malformed field and writes nothing', async () => {
    const order = sampleOrder({
      targets: [{ identifier: { kind: 'username', value: 'John Smith' }, status: 'suspect' }],
    });
    const refused = await team.reviewer.post('/api/orders', order);
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toMatchObject({
      code: 'validation',
      paths: ['targets.0.identifier.value'],
    });
    expect(errorOf(refused).message).toMatch(/Target 1 — identifier: /);
    expect(await counts()).toEqual({ cases: 0, documents: 0, events: 0 });
  });

  it('names every problem of an order at once', async () => {
    const refused = await team.reviewer.post('/api/orders', {
      ...sampleOrder(),
      format: 'something else',
      authority: { name: 'Court', country: 'XX', kind: 'court' },
      dataRequested: [],
      surprise: true,
    });
    expect(errorOf(refused).paths.sort()).toEqual(
      ['(root)', 'authority.country', 'dataRequested', 'format'].sort(),
    );
  });

  it('refuses a body that is not JSON', async () => {
    const refused = await team.reviewer.request('POST', '/api/orders', {
      body: '{"format":',
      headers: { 'content-type': 'application/json' },
    });
    expect(errorOf(refused)).toMatchObject({ code: 'validation', paths: ['(root)'] });
  });

  it('refuses the same order twice with duplicate, leaving the first alone', async () => {
    expect((await team.reviewer.post('/api/orders', sampleOrder())).status).toBe(200);
    const again = await team.reviewer2.post(
      '/api/orders',
      sampleOrder({ reference: 'pr-paris-2026-004417', channel: 'post' }),
    );
    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'duplicate', paths: ['reference'] });
    expect(await counts()).toEqual({ cases: 1, documents: 0, events: 1 });
  });

  it('refuses the same order again when only invisible characters or dashes differ', async () => {
    expect((await team.reviewer.post('/api/orders', sampleOrder())).status).toBe(200);
    for (const reference of [
      'PR\u2011PARIS\u20112026\u2011004417', // non-breaking hyphens
      'PR-PARIS-2026-\u200B004417', // a zero-width space
      'PR-PARIS-2026-004417\u202C', // a bidi pop
      'ＰＲ-ＰＡＲＩＳ-２０２６-００４４１７', // full-width letters and digits
    ]) {
      const again = await team.reviewer2.post('/api/orders', sampleOrder({ reference }));
      expect(errorOf(again).code, reference).toBe('duplicate');
    }
    const spaced = sampleOrder();
    const sameCourt = await team.reviewer2.post('/api/orders', {
      ...spaced,
      authority: {
        ...spaced.authority,
        name: `  ${spaced.authority.name.replace(' ', '\u00A0 ')} `,
      },
    });
    expect(errorOf(sameCourt).code).toBe('duplicate');
    expect(await counts()).toMatchObject({ cases: 1 });
  });

  it('stores and serves attachment names as .pdf, without bidi or invisible characters', async () => {
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: multipart(sampleOrder(), [{ name: 'warrant\u202Efdp.exe', bytes: samplePdf() }]),
    });
    const { caseId } = ImportedOrder.parse(imported.body);
    const detail = CaseDetail.parse((await team.reviewer.get(`/api/cases/${caseId}`)).body);
    expect(detail.documents.map((d) => d.name)).toEqual(['warrantfdp.exe.pdf']);
    const download = await team.reviewer.get(
      `/api/cases/${caseId}/documents/${detail.documents[0]?.id ?? ''}`,
    );
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="warrantfdp.exe.pdf"; filename\*=UTF-8''warrantfdp.exe.pdf$/,
    );
  });

  it('accepts the same reference from another authority', async () => {
    expect((await team.reviewer.post('/api/orders', sampleOrder())).status).toBe(200);
    const other = sampleOrder();
    const fromBerlin = await team.reviewer.post('/api/orders', {
      ...other,
      authority: { name: 'Amtsgericht Tiergarten', country: 'DE', kind: 'court' },
    });
    expect(fromBerlin.status).toBe(200);
  });

  it('stores PDF attachments with their SHA-256 and serves them back', async () => {
    const pdf = samplePdf('ordonnance');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const order = sampleOrder({ documents: [{ name: 'ordonnance.pdf', sha256 }] });
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: multipart(order, [{ name: 'ordonnance.pdf', bytes: pdf }]),
    });
    expect(imported.status).toBe(200);
    const { caseId } = ImportedOrder.parse(imported.body);
    const detail = CaseDetail.parse((await team.supervisor.get(`/api/cases/${caseId}`)).body);
    expect(detail.documents).toEqual([
      expect.objectContaining({ name: 'ordonnance.pdf', contentType: 'application/pdf', sha256 }),
    ]);

    const documentId = detail.documents[0]?.id ?? '';
    const download = await team.supervisor.get(`/api/cases/${caseId}/documents/${documentId}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(download.headers.get('etag')).toBe(`"${sha256}"`);
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ordonnance.pdf"/,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-type')).toBe('application/pdf');

    const after = CaseDetail.parse((await team.reviewer.get(`/api/cases/${caseId}`)).body);
    expect(after.history.at(-1)).toMatchObject({
      actorName: 'Sam Supervisor',
      action: 'Document downloaded: ordonnance.pdf',
    });
  });

  it('refuses a file that is not a PDF, whatever its name says, and writes nothing', async () => {
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: multipart(sampleOrder(), [
        { name: 'fine.pdf', bytes: samplePdf() },
        { name: 'invoice.pdf', bytes: new TextEncoder().encode('MZ\x90\x00 not a pdf') },
      ]),
    });
    expect(imported.status).toBe(400);
    expect(errorOf(imported)).toMatchObject({ code: 'validation', paths: ['attachment.1'] });
    expect(errorOf(imported).message).toMatch(/invoice\.pdf is not a PDF/);
    expect(await counts()).toEqual({ cases: 0, documents: 0, events: 0 });
  });

  it('refuses an order whose listed SHA-256 matches no attachment', async () => {
    const order = sampleOrder({
      documents: [
        { name: 'a.pdf' },
        { name: 'b.pdf', sha256: createHash('sha256').update('other').digest('hex') },
      ],
    });
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: multipart(order, [{ name: 'b.pdf', bytes: samplePdf('tampered') }]),
    });
    expect(errorOf(imported)).toMatchObject({ code: 'validation', paths: ['documents.1.sha256'] });
    expect(await counts()).toEqual({ cases: 0, documents: 0, events: 0 });
  });

  it('keeps no half-imported case when the database refuses part of it', async () => {
    // A document row that fails after the case row was written must take the case with it.
    await t.database.asSuperuser(
      `CREATE FUNCTION fail_documents() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'disk full'; END $$;
       CREATE TRIGGER fail_documents BEFORE INSERT ON documents
         FOR EACH ROW EXECUTE FUNCTION fail_documents();`,
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const imported = await team.reviewer.request('POST', '/api/orders', {
      body: multipart(sampleOrder(), [{ name: 'a.pdf', bytes: samplePdf() }]),
    });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(imported.status).toBe(500);
    expect(errorOf(imported).code).toBe('internal');
    expect(await counts()).toEqual({ cases: 0, documents: 0, events: 0 });
  });

  it('is open to reviewers and supervisors only', async () => {
    for (const client of [team.admin, team.auditor]) {
      expect(errorOf(await client.post('/api/orders', sampleOrder())).code).toBe('forbidden');
    }
    expect(errorOf(await t.client().post('/api/orders', sampleOrder())).code).toBe(
      'unauthenticated',
    );
    expect((await team.supervisor.post('/api/orders', sampleOrder())).status).toBe(200);
  });
});
