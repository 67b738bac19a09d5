import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNow, importCase, step } from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import {
  addMember,
  createTestApp,
  setUpTeam,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

// Letters to the authority and the record that an affected user was told, tried by everyone
// at once: the holder, a second account of the same person (same name, opened for her by an
// administrator), colleagues, an auditor and an administrator; duplicated, reordered, in
// parallel, with hostile input, by the direct route and by a workstation's queue. Whatever
// arrives, each letter is logged once with the account that sent it, only the case's holder
// writes to the authority, and a user is recorded as told at most once, by a case worker,
// never while the order forbids it nor dated before it allowed it or in the future.

const RUNS = Number(process.env.LETTERS_PROPERTY_RUNS ?? 10);
const RFI_LETTER = { channel: 'email', recipient: 'Greffe du juge d’instruction' };

let t: TestApp;
let team: Team;
let actors: Record<string, { client: TestClient; id: string }>;

beforeAll(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
  const ritaOther = await addMember(t, team.admin, null, {
    username: 'rita-other',
    displayName: 'Rita R. Reviewer',
    role: 'reviewer',
  });
  actors = {
    rita: { client: team.reviewer, id: team.ids.reviewer },
    ritaOther,
    remy: { client: team.reviewer2, id: team.ids.reviewer2 },
    sam: { client: team.supervisor, id: team.ids.supervisor },
    otto: { client: team.auditor, id: team.ids.auditor },
    ada: { client: team.admin, id: team.ids.admin },
  };
  for (const { client } of Object.values(actors)) {
    await client.get('/api/session');
  }
}, 300_000);
afterAll(() => t.close());

const FOUND = 'username:@fastcash_invest';
// Valid values come more often, so that records are made as well as refused.
const TARGETS = [
  FOUND,
  FOUND,
  'user_id:5012345678',
  'user_id:5012345678',
  'user_id:5012345678',
  `  ${FOUND}  `,
  FOUND.toUpperCase(),
  'username:@someone_else',
  '',
  `${FOUND}\u200b`,
];
const SENT_AT = [
  '2026-03-01T12:00:00Z',
  '2026-03-02T08:00:00Z',
  '2026-03-02T08:30:00Z',
  '2026-03-02T09:04:00Z',
  '2026-03-03T00:00:00Z',
  'soon',
];
const LETTERS: unknown[] = [
  RFI_LETTER,
  RFI_LETTER,
  RFI_LETTER,
  { ...RFI_LETTER, sentBy: 'someone else' },
  { ...RFI_LETTER, channel: 'fax' },
  { ...RFI_LETTER, recipient: ' ' },
];

const attemptArb = fc.oneof(
  fc.record({
    what: fc.constant('notify' as const),
    actor: fc.constantFrom('rita', 'ritaOther', 'remy', 'sam', 'otto', 'ada'),
    gag: fc.constantFrom('ended' as const, 'ended' as const, 'running' as const),
    target: fc.constantFrom(...TARGETS),
    sentAt: fc.constantFrom(...SENT_AT),
    twiceAtOnce: fc.boolean(),
  }),
  fc.record({
    what: fc.constantFrom('case.requestInformation' as const, 'case.resumeReview' as const),
    actor: fc.constantFrom('rita', 'rita', 'rita', 'ritaOther', 'remy', 'sam', 'otto', 'ada'),
    letter: fc.constantFrom(...LETTERS),
    via: fc.constantFrom('api' as const, 'push' as const),
    twiceAtOnce: fc.boolean(),
  }),
);

const gagged = (until: string) =>
  sampleOrder({
    reference: `GAG-${randomUUID()}`,
    nonDisclosure: { prohibited: true, until, terms: 'Do not inform the account holders.' },
  });

describe('letters and notifications, tried by one person with two accounts and everyone else', () => {
  it('logs each letter once with its sender and records each user told at most once, when allowed', async () => {
    let recorded = 0;
    let logged = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(attemptArb, { minLength: 1, maxLength: 10 }), async (attempts) => {
        const gags = {
          ended: await importCase(team.reviewer, gagged('2026-03-01')),
          running: await importCase(team.reviewer, gagged('2026-12-31')),
        };
        let letterCase = await importCase(
          team.supervisor,
          sampleOrder({ reference: `RFI-${randomUUID()}` }),
        );
        letterCase = await step(team.reviewer, 'case.startReview', letterCase);
        const clientIds = new Map<string, string>();

        for (const attempt of attempts) {
          const actor = actors[attempt.actor]!;
          if (attempt.what === 'notify') {
            const send = () =>
              actor.client.post(`/api/cases/${gags[attempt.gag].id}/notifications`, {
                target: attempt.target,
                sentAt: attempt.sentAt,
              });
            const responses = attempt.twiceAtOnce
              ? await Promise.all([send(), send()])
              : [await send()];
            for (const response of responses) expect(response.status).toBeLessThan(500);
            continue;
          }
          const current = await caseNow(team.supervisor, letterCase.id);
          const args: Record<string, unknown> = { caseId: current.id, version: current.version };
          if (attempt.what === 'case.requestInformation') {
            args.comment = 'Which account is meant?';
            args.letter = attempt.letter;
          }
          const send = async () => {
            if (attempt.via === 'api') {
              return (await actor.client.post('/api/mutations', { name: attempt.what, args }))
                .status;
            }
            // One workstation's queue, sending the same entry again as an outbox does.
            const clientId = clientIds.get(attempt.actor) ?? randomUUID();
            clientIds.set(attempt.actor, clientId);
            const seq = Number(current.version) + 1;
            return (
              await actor.client.post('/api/sync/push', {
                clientId,
                mutations: [{ seq, name: attempt.what, args }],
              })
            ).status;
          };
          const statuses = attempt.twiceAtOnce
            ? await Promise.all([send(), send()])
            : [await send()];
          for (const status of statuses) expect(status).toBeLessThan(500);
        }

        const now = t.clock.now().getTime();
        const workers = [
          team.ids.reviewer,
          actors.ritaOther!.id,
          team.ids.reviewer2,
          team.ids.supervisor,
        ];
        for (const [gag, gagCase] of Object.entries(gags)) {
          const rows = await t.database.db.query<{
            target: string;
            sent_at: Date;
            recorded_by: string;
          }>('SELECT target, sent_at, recorded_by FROM user_notifications WHERE case_id = $1', [
            gagCase.id,
          ]);
          if (gag === 'running') expect(rows).toEqual([]);
          recorded += rows.length;
          for (const row of rows) {
            expect(['username:@fastcash_invest', 'user_id:5012345678']).toContain(row.target);
            expect(row.sent_at.getTime()).toBeGreaterThanOrEqual(
              Date.parse('2026-03-02T00:00:00Z'),
            );
            expect(row.sent_at.getTime()).toBeLessThanOrEqual(now + 5 * 60_000);
            expect(workers).toContain(row.recorded_by);
          }
          const events = await t.database.db.query<{ actor_id: string; target: string }>(
            `SELECT actor_id, details->>'target' AS target FROM audit_events
              WHERE case_id = $1 AND action = 'notification.recordSent'`,
            [gagCase.id],
          );
          expect(events.map((e) => [e.target, e.actor_id]).sort()).toEqual(
            rows.map((r) => [r.target, r.recorded_by]).sort(),
          );
        }

        // Only Rita holds the letter case: every letter is hers, logged once per request.
        const letters = await t.database.db.query<{ sent_by: string; kind: string }>(
          'SELECT sent_by, kind FROM letters_sent WHERE case_id = $1',
          [letterCase.id],
        );
        const requests = await t.database.db.query<{ actor_id: string }>(
          `SELECT actor_id FROM audit_events
            WHERE case_id = $1 AND action = 'case.requestInformation'`,
          [letterCase.id],
        );
        expect(letters.length).toBe(requests.length);
        logged += letters.length;
        for (const letter of letters) {
          expect(letter).toEqual({ sent_by: team.ids.reviewer, kind: 'request_for_information' });
        }
        for (const request of requests) expect(request.actor_id).toBe(team.ids.reviewer);
      }),
      {
        numRuns: RUNS,
        // Besides the generated runs, one that must succeed, so the checks below never pass
        // on refusals alone whatever the generator draws.
        examples: [
          [
            [
              {
                what: 'case.requestInformation',
                actor: 'rita',
                letter: RFI_LETTER,
                via: 'api',
                twiceAtOnce: false,
              },
              {
                what: 'notify',
                actor: 'rita',
                gag: 'ended',
                target: FOUND,
                sentAt: '2026-03-02T08:30:00Z',
                twiceAtOnce: false,
              },
            ],
          ],
        ],
      },
    );
    // The runs made records and letters, not only refusals.
    expect(recorded).toBeGreaterThan(0);
    expect(logged).toBeGreaterThan(0);
  }, 600_000);
});
