import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Order } from '../shared/order';
import { CHECK_RESULTS } from '../shared/review';
import { AuthorityVerification } from '../shared/policy/evaluation-context';
import { findDirectoryAuthority } from '../shared/policy/authority-directory';
import { evaluateOrder } from '../shared/policy/evaluate-order';
import { callBackContactProblem } from '../shared/policy/numbers-of-record';
import { policyInForce, type PolicyVersion } from '../shared/policy/policy-version';
import { SEED_AUTHORITY_DIRECTORY, SEED_POLICIES } from '../shared/policy/seed';
import { ENGINE_CHECK_KEYS } from '../shared/policy/verdict';
import { NO_VERIFICATION_NEEDED, secondPersonVerificationReasons } from '../shared/verification';
import { judgeItems } from '../shared/release/releasable-items';
import { CHECK_KEYS, initialDecisions, type Review } from '../shared/review';

// Every example order in examples/orders is a valid intake order, and the seed policy decides
// it as examples/orders/expected.json says: the examples double as the engine's acceptance tests.

const ORDERS_DIR = join(import.meta.dirname, '..', 'examples', 'orders');
const EXPECTED_FILE = 'expected.json';

const Expected = z
  .object({
    now: z.iso.datetime({ offset: true }),
    policyVersion: z.string(),
    examples: z.record(
      z.string(),
      z
        .object({
          description: z.string().min(1),
          expected: z
            .object(Object.fromEntries(ENGINE_CHECK_KEYS.map((k) => [k, z.enum(CHECK_RESULTS)])))
            .strict(),
          dueAt: z.iso.datetime({ offset: true }),
          verifications: z.array(AuthorityVerification).optional(),
          /** Call-backs the case service refuses to record; the verdict is the same with them. */
          refusedCallBacks: z.array(AuthorityVerification).optional(),
          /** Whether only a second person's call-back can let authenticity pass. */
          needsSecondPerson: z.boolean().optional(),
          /** Windows the reviewer narrows, per target key. */
          narrowedWindows: z
            .record(z.string(), z.object({ from: z.string(), to: z.string() }))
            .optional(),
          /**
           * What a review confirming every check releases when it discloses all it may:
           * `target|category`, in the order's order.
           */
          releasable: z.array(z.string()).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const expected = Expected.parse(JSON.parse(readFileSync(join(ORDERS_DIR, EXPECTED_FILE), 'utf8')));
const orderFiles = readdirSync(ORDERS_DIR)
  .filter((f) => f.endsWith('.json') && f !== EXPECTED_FILE)
  .sort();
const policy = SEED_POLICIES.find((p) => p.version === expected.policyVersion);

describe('example orders', () => {
  it('are at least thirty, each with its expected verdict, and nothing else is expected', () => {
    expect(orderFiles.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected.examples).sort()).toEqual(orderFiles);
    expect(policy).toBeDefined();
  });

  describe.each(orderFiles)('%s', (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(ORDERS_DIR, file), 'utf8'));
    const example = expected.examples[file];

    it('is a valid intake order', () => {
      const parsed = Order.safeParse(raw);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

    it('gets the expected verdict from the seed policy', () => {
      if (!policy || !example) throw new Error(`no policy or expectation for ${file}`);
      const verdict = evaluateOrder(Order.parse(raw), policy, {
        now: expected.now,
        authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        verifications: [...(example.verifications ?? []), ...(example.refusedCallBacks ?? [])],
      });
      const results = Object.fromEntries(
        ENGINE_CHECK_KEYS.map((k) => [k, verdict.checks[k].result]),
      );
      const reasons = Object.fromEntries(
        ENGINE_CHECK_KEYS.map((k) => [k, verdict.checks[k].reason]),
      );
      expect(
        { results, dueAt: Date.parse(verdict.dueAt) },
        JSON.stringify(reasons, null, 2),
      ).toEqual({
        results: example.expected,
        dueAt: Date.parse(example.dueAt),
      });
    });

    const refusedCallBacks = example?.refusedCallBacks;
    if (refusedCallBacks) {
      it('has its refused call-backs refused as off the numbers of record', () => {
        const order = Order.parse(raw);
        const entry = findDirectoryAuthority(SEED_AUTHORITY_DIRECTORY, order.authority);
        for (const callBack of refusedCallBacks) {
          const problem = callBackContactProblem(order, entry, {
            ...callBack,
            source: callBack.source ?? 'directory',
            sourceReference: callBack.sourceReference ?? '',
          });
          expect(problem?.kind).toBe('from_order');
        }
      });
    }

    const needsSecondPerson = example?.needsSecondPerson;
    if (needsSecondPerson !== undefined) {
      it('needs a second person’s call-back as expected', () => {
        const reasons = secondPersonVerificationReasons(Order.parse(raw), SEED_AUTHORITY_DIRECTORY);
        expect(reasons.length > 0, reasons.join('; ')).toBe(needsSecondPerson);
      });
    }
    it('releases what its expectation says, narrowed windows included', () => {
      if (!policy || !example) throw new Error(`no policy or expectation for ${file}`);
      if (example.releasable === undefined) return;
      const order = Order.parse(raw);
      const verdict = evaluateOrder(order, policy, {
        now: expected.now,
        authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        verifications: example.verifications ?? [],
      });
      const narrowed = example.narrowedWindows ?? {};
      const review: Review = {
        // The reviewer confirms each check, having called the court back on its directory number.
        checks: Object.fromEntries(
          CHECK_KEYS.map((k) => [
            k,
            { result: 'pass', note: 'Confirmed by a colleague’s call-back.' },
          ]),
        ) as Review['checks'],
        decisions: initialDecisions(order).map((d) => {
          const window = d.category === 'ip_addresses' ? narrowed[d.target] : undefined;
          if (d.verdict !== null) return d;
          return { ...d, verdict: 'disclose', ...(window ? { ipWindow: window } : {}) };
        }),
      };
      const items = judgeItems(order, review, verdict, NO_VERIFICATION_NEEDED, policy);
      const released = items.filter((i) => i.releasable);
      expect(released.map((i) => `${i.target}|${i.category}`)).toEqual(example.releasable);
      for (const item of released.filter((i) => i.category === 'ip_addresses')) {
        expect(item.ipWindow).toEqual(narrowed[item.target] ?? order.ipWindow);
      }
    });
  });
});

describe('a version published to apply from a later date', () => {
  // Published now, applying from 1 January 2027: it suspends answers to France.
  const base = SEED_POLICIES.at(-1);
  if (!base) throw new Error('no seed policy');
  const later: PolicyVersion = {
    ...base,
    version: '2027-01-01-fr-suspended',
    effectiveFrom: '2027-01-01',
    jurisdictions: base.jurisdictions.map((j) =>
      j.country === 'FR'
        ? {
            status: 'not_answered',
            country: 'FR',
            id: j.id,
            reason:
              'Suspended from 1 January 2027 pending a review of the handling of press cases.',
            sources: [{ title: 'Legal team decision', date: '2026-11-20' }],
          }
        : j,
    ),
  };
  const versions = [...SEED_POLICIES, later];
  const order = Order.parse(
    JSON.parse(readFileSync(join(ORDERS_DIR, '01-fr-court-order-fraud.json'), 'utf8')),
  );

  it.each([
    ['2026-12-31T23:00:00Z', base.version, 'pass'],
    ['2027-01-01T00:00:00Z', later.version, 'fail'],
  ] as const)(
    'an order signed off at %s is judged under %s: jurisdiction %s',
    (at, version, result) => {
      const inForce = policyInForce(versions, at);
      expect(inForce?.version).toBe(version);
      if (!inForce) return;
      const verdict = evaluateOrder(order, inForce, {
        now: at,
        authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        verifications: [],
      });
      expect(verdict.policyVersion).toBe(version);
      expect(verdict.checks.jurisdiction.result).toBe(result);
    },
  );
});
