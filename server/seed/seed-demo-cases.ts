import type { CaseStatus } from '../../shared/case-lifecycle';
import { countryByAlpha3 } from '../../shared/countries';
import type { Database } from '../storage/database';
import { demoCase, type DemoActors, type DemoCase } from './demo-case';
import { DEMO_JURISDICTIONS, type DemoJurisdiction } from './demo-jurisdictions';
import { demoOrder } from './demo-order';
import { answerDemoCases } from './answer-demo-cases';
import { insertDemoCases } from './insert-demo-cases';
import { SeededRandom } from './seeded-random';
import { FULFILLED_REQUESTS_2025 } from './telegram-2025-requests';

const DAY_MS = 86_400_000;
const BATCH = 1000;

export interface SeedRequest {
  cases: number;
  seed: number;
  asOf: string;
  /**
   * How many of the most recent orders are answered through the disclosure code itself
   * (directory lookup, package, delivery); older ones get their history written directly,
   * which keeps a seed of hundreds of thousands of cases fast.
   */
  answeredThroughService?: number;
}

/** About a month of a large team's orders; answering each takes a lookup and a PDF. */
export const DEFAULT_ANSWERED_THROUGH_SERVICE = 1000;

export interface SeedSummary {
  inserted: number;
  byCountry: Record<string, number>;
  byStatus: Partial<Record<CaseStatus, number>>;
}

/** The country mix of the published figures, as jurisdictions with weights. */
export function countryWeights(): [DemoJurisdiction, number][] {
  return Object.entries(FULFILLED_REQUESTS_2025).map(([alpha3, requests]) => {
    const jurisdiction = DEMO_JURISDICTIONS.find((j) => j.alpha3 === alpha3);
    if (!jurisdiction || countryByAlpha3(alpha3)?.alpha2 !== jurisdiction.alpha2) {
      throw new Error(`no demo jurisdiction matches ${alpha3}`);
    }
    return [jurisdiction, requests];
  });
}

/** Young cases are still open; older ones have run their course. */
function statusForAge(r: SeededRandom, ageDays: number): CaseStatus {
  if (ageDays < 3) {
    return r.weighted([
      ['received', 35],
      ['in_review', 35],
      ['awaiting_information', 10],
      ['signed_off', 15],
      ['returned', 5],
    ] as const);
  }
  if (ageDays < 14) {
    return r.weighted([
      ['in_review', 20],
      ['awaiting_information', 10],
      ['signed_off', 10],
      ['returned', 5],
      ['approved', 10],
      ['disclosed', 20],
      ['refused', 10],
      ['closed', 15],
    ] as const);
  }
  return r.weighted([
    ['closed', 90],
    ['disclosed', 5],
    ['refused', 5],
  ] as const);
}

/** The reference the authority gave; the seed is part of it so that two seeds never clash. */
export function demoReference(alpha2: string, year: number, seed: number, index: number): string {
  return `${alpha2}/${year}/S${seed}-${String(index + 1).padStart(7, '0')}`;
}

/** Everyone who can act on a case in the demo history: the active reviewers and supervisors. */
export async function demoActors(db: Database): Promise<DemoActors> {
  const users = await db.query<{ id: string; username: string; role: string }>(
    `SELECT id, username, role FROM users
      WHERE active AND role IN ('reviewer', 'supervisor') ORDER BY username`,
  );
  return {
    reviewers: users.filter((u) => u.role === 'reviewer'),
    supervisors: users.filter((u) => u.role === 'supervisor'),
  };
}

/**
 * Generates and writes `cases` demo orders received over the year before `asOf`, in batches
 * of one transaction each. Without a reviewer and a supervisor to act on them, every case
 * stays `received`: a history needs people.
 */
export async function seedDemoCases(
  db: Database,
  request: SeedRequest,
  actors: DemoActors,
  onProgress: (done: number) => void = () => undefined,
): Promise<SeedSummary> {
  const r = new SeededRandom(request.seed);
  const weights = countryWeights();
  const asOf = new Date(request.asOf);
  const span = 365 * DAY_MS;
  const start = asOf.getTime() - span;
  const canAct = actors.reviewers.length > 0 && actors.supervisors.length > 0;
  const firstYear = new Date(start).getUTCFullYear();
  const firstReference = demoReference(weights[0]?.[0].alpha2 ?? 'XX', firstYear, request.seed, 0);
  const [existing] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM cases WHERE reference LIKE $1`,
    [`%/S${request.seed}-%`],
  );
  if ((existing?.n ?? 0) > 0) {
    throw new Error(
      `This database already holds demo cases of seed ${request.seed} (such as ${firstReference}); choose another --seed.`,
    );
  }

  const summary: SeedSummary = { inserted: 0, byCountry: {}, byStatus: {} };
  let batch: DemoCase[] = [];
  for (let index = 0; index < request.cases; index++) {
    const jurisdiction = r.weighted(weights);
    const receivedAt = new Date(Math.floor(start + ((index + r.next()) * span) / request.cases));
    const reference = demoReference(
      jurisdiction.alpha2,
      receivedAt.getUTCFullYear(),
      request.seed,
      index,
    );
    const order = demoOrder(r, jurisdiction, receivedAt, reference);
    const wanted = canAct
      ? statusForAge(r, (asOf.getTime() - receivedAt.getTime()) / DAY_MS)
      : 'received';
    const recent =
      index >= request.cases - (request.answeredThroughService ?? DEFAULT_ANSWERED_THROUGH_SERVICE);
    const demo = demoCase(r, r.uuid(), order, wanted, actors, asOf, recent);
    batch.push(demo);
    summary.byCountry[jurisdiction.alpha2] = (summary.byCountry[jurisdiction.alpha2] ?? 0) + 1;
    const final = finalStatus(demo);
    summary.byStatus[final] = (summary.byStatus[final] ?? 0) + 1;
    if (batch.length === BATCH || index === request.cases - 1) {
      const rows = batch;
      await db.transaction(async (tx) => {
        await insertDemoCases(tx, rows);
        await answerDemoCases(tx, rows);
      });
      summary.inserted += rows.length;
      onProgress(summary.inserted);
      batch = [];
    }
  }
  await db.exec('ANALYZE cases');
  return summary;
}

/** Where a case ends once its answer steps are taken. */
function finalStatus(demo: DemoCase): CaseStatus {
  const last = demo.answer.at(-1)?.action;
  if (last === 'case.close') return 'closed';
  if (last === 'case.recordDisclosure') return 'disclosed';
  if (last === 'case.recordRefusal') return 'refused';
  return demo.status;
}
