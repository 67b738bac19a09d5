import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryByAlpha3 } from '../../shared/countries';
import { TransparencyReport } from '../../shared/transparency/report';
import { periodOf } from '../../shared/transparency/quarters';
import { reauthenticate } from '../testing/case-steps';
import { account, addAccounts, answeredCase, signInAgain } from '../testing/disclosure-steps';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../testing/test-app';

/**
 * Telegram's published 2025 quarters for three countries (Te-k/telegram-transparency
 * contributors, CC-BY 4.0), replayed as synthetic cases through the real API. The report
 * must give back the published numbers, quarter by quarter.
 */
interface Published {
  from: string;
  requests: number;
  users: number;
}
const FIXTURE = JSON.parse(
  readFileSync(new URL('./fixtures/telegram-2025-quarters.json', import.meta.url), 'utf8'),
) as { credit: string; rows: Record<string, Published[]> };

const AUTHORITY: Record<string, string> = {
  SK: 'Okresný súd Bratislava I',
  AU: 'Local Court of New South Wales',
  CY: 'Eparchiako Dikastirio Lefkosias',
};

let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  // The team is set up before the first quarter starts: the clock only moves forward from
  // here, as the second factor's codes, each usable once, require.
  t.clock.set('2024-12-31T08:00:00.000Z');
  team = await setUpTeam(t);
});
afterAll(() => t.close());

/** Every quarter's orders, each with its share of the quarter's affected users as targets. */
function plannedOrders() {
  const byQuarter = new Map<string, { alpha2: string; targets: string[]; index: number }[]>();
  for (const [alpha3, quarters] of Object.entries(FIXTURE.rows)) {
    const alpha2 = countryByAlpha3(alpha3)?.alpha2 ?? '';
    for (const q of quarters) {
      const period = `${q.from.slice(0, 4)}-${q.from.slice(4, 6)}-${q.from.slice(6, 8)}`;
      const list = byQuarter.get(period) ?? [];
      for (let i = 0; i < q.requests; i++) {
        // Spread the users over the requests: every order names at least one account.
        const share = Math.floor(q.users / q.requests) + (i < q.users % q.requests ? 1 : 0);
        const targets = Array.from({ length: share }, (_, n) =>
          `@rp_${alpha2}_${period.slice(0, 7).replace('-', '')}_${i}_${n}`.toLowerCase(),
        );
        list.push({ alpha2, targets, index: i });
      }
      byQuarter.set(period, list);
    }
  }
  return [...byQuarter.entries()].sort(([a], [b]) => a.localeCompare(b));
}

describe('replaying the published 2025 figures', () => {
  it(
    `reproduces every quarter for ${Object.keys(FIXTURE.rows).join(', ')} (${FIXTURE.credit})`,
    { timeout: 900_000 },
    async () => {
      const quarters = plannedOrders();
      let serial = 0;
      const accounts = quarters.flatMap(([, orders]) =>
        orders.flatMap((o) =>
          o.targets.map((username) =>
            account(`acc${username}`, {
              username,
              phoneNumber: `+3580${String(serial++).padStart(8, '0')}`,
            }),
          ),
        ),
      );
      await addAccounts(t.database.db, accounts);

      for (const [quarterStart, orders] of quarters) {
        t.clock.set(`${quarterStart}T12:00:00.000Z`);
        await signInAgain(team);
        await reauthenticate(team.reviewer);
        await reauthenticate(team.supervisor);
        for (const o of orders) {
          t.clock.advanceMinutes(0.1);
          await answeredCase(
            t,
            team,
            {
              format: 'disclosure-desk/order@1',
              reference: `REPLAY-${o.alpha2}-${quarterStart}-${o.index}`,
              channel: 'email',
              receivedAt: `${quarterStart}T09:00:00Z`,
              authority: { name: AUTHORITY[o.alpha2] ?? 'Court', country: o.alpha2, kind: 'court' },
              instrument: 'court_order',
              route: 'domestic',
              legalBasis: 'Domestic production order for subscriber data',
              emergency: false,
              targets: o.targets.map((value) => ({
                identifier: { kind: 'username', value },
                status: 'suspect',
              })),
              offences: [{ category: 'fraud_scams', description: 'Investment fraud.' }],
              dataRequested: ['phone_number'],
            },
            { callBack: true, reauth: false },
          );
        }
      }

      t.clock.set('2026-01-05T12:00:00.000Z');
      await signInAgain(team);
      const response = await team.auditor.get(
        '/api/reports/transparency?from=2025-01-01&to=2025-12-31',
      );
      const { rows } = TransparencyReport.parse(response.body);
      for (const [alpha3, published] of Object.entries(FIXTURE.rows)) {
        const alpha2 = countryByAlpha3(alpha3)?.alpha2;
        for (const q of published) {
          const period = periodOf(
            new Date(`${q.from.slice(0, 4)}-${q.from.slice(4, 6)}-01T00:00:00Z`),
          );
          const row = rows.find((r) => r.country === alpha2 && r.period === period);
          expect({
            alpha3,
            period,
            requests: row?.fulfilledRequests ?? 0,
            users: row?.affectedUsers ?? 0,
          }).toEqual({
            alpha3,
            period,
            requests: q.requests,
            users: q.users,
          });
        }
        // A year is the sum of its quarters, as published.
        const year = rows
          .filter((r) => r.country === alpha2)
          .reduce((n, r) => n + r.fulfilledRequests, 0);
        expect(year).toBe(published.reduce((n, q) => n + q.requests, 0));
      }
    },
  );
});
