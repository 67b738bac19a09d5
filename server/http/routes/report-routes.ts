import { z } from 'zod';
import { API } from '../../../shared/api';
import type { Role } from '../../../shared/roles';
import {
  QuarterAction,
  ReportCasesQuery,
  TransparencyQuery,
} from '../../../shared/transparency/report';
import { isPeriod, periodBounds } from '../../../shared/transparency/quarters';
import { transparencyCsv } from '../../../shared/transparency/report-csv';
import { amendQuarter, freezeQuarter } from '../../reports/close-quarter';
import { reportCases } from '../../reports/report-cases';
import { transparencyReport } from '../../reports/transparency-report';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { requireSession } from '../authenticate';
import { parseInput, readJsonBody } from '../parse-input';

const REPORT_READERS: readonly Role[] = ['supervisor', 'auditor'];
const QUARTER_CLOSERS: readonly Role[] = ['supervisor'];
/** Ten years of quarters is more than any report needs, and bounds the work of one request. */
const MAX_SPAN_MS = 10 * 366 * 86_400_000;

const QuarterParams = z.object({
  period: z.string().refine(isPeriod, 'expected a quarter such as 2025-Q1'),
});

export function registerReportRoutes(app: App, deps: AppDeps): void {
  app.on(API.transparencyReport.method, API.transparencyReport.path, async (c) => {
    await requireSession(c, deps, REPORT_READERS);
    const query = parseInput('The report request', TransparencyQuery, c.req.query());
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (span < 0 || span > MAX_SPAN_MS) {
      throw new ServiceError('validation', 'The report period is not valid.', [
        {
          path: 'to',
          message: span < 0 ? 'must not be before from' : 'at most ten years after from',
        },
      ]);
    }
    const report = await deps.db.transaction((tx) => transparencyReport(tx, query.from, query.to));
    if (query.format === 'csv') {
      return new Response(transparencyCsv(report.rows), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="transparency-${query.from}-${query.to}.csv"`,
          'Cache-Control': 'private, no-store',
        },
      });
    }
    return c.json(report);
  });

  app.on(API.transparencyCases.method, API.transparencyCases.path, async (c) => {
    await requireSession(c, deps, REPORT_READERS);
    const query = parseInput('The request', ReportCasesQuery, c.req.query());
    const cases = await deps.db.transaction((tx) => reportCases(tx, query));
    return c.json({ cases });
  });

  app.on(API.freezeQuarter.method, API.freezeQuarter.path, async (c) => {
    const actor = await requireSession(c, deps, QUARTER_CLOSERS);
    const { period } = parseInput('The address', QuarterParams, c.req.param());
    return c.json(
      await deps.db.transaction(async (tx) => {
        await freezeQuarter(tx, actor, period, deps.clock());
        return quarterReport(tx, period);
      }),
    );
  });

  app.on(API.amendQuarter.method, API.amendQuarter.path, async (c) => {
    const actor = await requireSession(c, deps, QUARTER_CLOSERS);
    const { period } = parseInput('The address', QuarterParams, c.req.param());
    const { reason } = parseInput(
      'The amendment',
      QuarterAction,
      await readJsonBody(c, 'The amendment'),
    );
    return c.json(
      await deps.db.transaction(async (tx) => {
        await amendQuarter(tx, actor, period, reason, deps.clock());
        return quarterReport(tx, period);
      }),
    );
  });
}

function quarterReport(tx: Parameters<typeof transparencyReport>[0], period: string) {
  if (!isPeriod(period)) throw new Error('checked above');
  const { start, end } = periodBounds(period);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return transparencyReport(tx, day(start), day(new Date(end.getTime() - 86_400_000)));
}
