import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_KEYS } from '../../../shared/review';
import {
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  step,
} from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf, type TestResponse } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const base = sampleOrder();

/** The message of the first issue of a refusal. */
function firstIssue(response: TestResponse): string {
  const body = response.body as { error?: { issues?: { message: string }[] } };
  return body.error?.issues?.[0]?.message ?? '';
}

describe('a malformed order is refused with the field and the reason', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'an unknown country',
      { authority: { ...base.authority, country: 'XX' } },
      'authority.country',
      /ISO 3166-1/,
    ],
    [
      'an unknown instrument',
      { instrument: 'letter_rogatory' },
      'instrument',
      /^choose one of: Court order, Warrant, Judge’s order/,
    ],
    ['an empty target list', { targets: [] }, 'targets', /at least one target/],
    [
      'a display name given as a username',
      { targets: [{ identifier: { kind: 'username', value: 'Jean Dupont' }, status: 'suspect' }] },
      'targets.0.identifier.value',
      /is entered as a display name/,
    ],
    [
      'a time window that ends before it starts',
      { ipWindow: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      'ipWindow.to',
      /end after it starts/,
    ],
    [
      'an unbounded time window',
      { ipWindow: { from: '2026-02-01T00:00:00Z' } },
      'ipWindow.to',
      /.+/,
    ],
    [
      'a date in the wrong format',
      { receivedAt: '02/03/2026 08:14' },
      'receivedAt',
      /date and time with its time zone/,
    ],
    ['a date without a time zone', { receivedAt: '2026-03-02T08:14:00' }, 'receivedAt', /zone/],
  ];

  it.each(cases)('%s', async (_, patch, path, message) => {
    const refused = await team.reviewer.post('/api/orders', { ...base, ...patch });
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toMatchObject({ code: 'validation', paths: [path] });
    expect(firstIssue(refused)).toMatch(message);
    const [row] = await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    expect(row?.n).toBe(0);
  });

  it('a duplicate order (same authority and reference, any case) is refused with 409', async () => {
    expect((await team.reviewer.post('/api/orders', base)).status).toBe(200);
    const again = await team.reviewer.post('/api/orders', {
      ...base,
      reference: base.reference.toLowerCase(),
      authority: { ...base.authority, name: base.authority.name.toUpperCase() },
    });
    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'duplicate', paths: ['reference'] });
  });
});

describe('a well-formed order the policy cannot support fails its check, never passes silently', () => {
  /** Tries to sign off with every check passed and no justification: the engine's objections. */
  async function engineObjections(patch: Record<string, unknown>): Promise<string[]> {
    let current = await importCase(team.reviewer, { ...base, ...patch });
    current = await step(team.reviewer, 'case.startReview', current);
    const review = completedReview(current, 'disclose');
    for (const key of CHECK_KEYS) review.checks[key] = { result: 'pass', note: '' };
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', current);
    expect(refused.status).toBe(422);
    return errorOf(refused).paths;
  }

  it('a country the policy has no profile for', async () => {
    const paths = await engineObjections({
      reference: 'AQ-1',
      authority: { name: 'Station court', country: 'AQ', kind: 'court' },
    });
    expect(paths).toContain('checks.jurisdiction');
  });

  it('an instrument of kind "other"', async () => {
    expect(await engineObjections({ reference: 'OT-1', instrument: 'other' })).toContain(
      'checks.instrument',
    );
  });

  it('a target named as a witness', async () => {
    const paths = await engineObjections({
      reference: 'WI-1',
      targets: [{ identifier: { kind: 'user_id', value: '5012345678' }, status: 'witness' }],
    });
    expect(paths).toContain('checks.suspect');
  });

  it('IP addresses requested without any time window', async () => {
    const { ipWindow: _ignored, ...withoutWindow } = base;
    let current = await importCase(team.reviewer, { ...withoutWindow, reference: 'NW-1' });
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', current);
    expect(refused.status).toBe(422);
    expect(errorOf(refused).paths).toContain('decisions.username:@fastcash_invest.ip_addresses');
  });
});
