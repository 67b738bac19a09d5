import { AuditEventQuery, AuditExportQuery } from '../../../shared/audit';
import { API } from '../../../shared/api';
import { appendAuditEvent } from '../../audit/append-audit-event';
import { auditEventsCsv } from '../../audit/audit-csv';
import { auditEventPage, auditEventsForExport } from '../../audit/audit-log-query';
import { verifyAuditTrail } from '../../audit/verify-audit-trail';
import { ServiceError } from '../../service-error';
import { acquireWriteOrder } from '../../storage/write-order';
import type { App, AppDeps } from '../app-env';
import { AUDITORS, requireSession } from '../authenticate';
import { parseInput } from '../parse-input';

/** More than this in one file is refused: narrow the filters (a date range) instead. */
const EXPORT_LIMIT = 100_000;

export function registerAuditRoutes(app: App, deps: AppDeps): void {
  app.on(API.auditVerify.method, API.auditVerify.path, async (c) => {
    await requireSession(c, deps, AUDITORS);
    const folders = deps.auditAnchor?.settings ?? null;
    return c.json(await verifyAuditTrail(deps.db, folders, deps.clock()));
  });

  app.on(API.auditEvents.method, API.auditEvents.path, async (c) => {
    await requireSession(c, deps, AUDITORS);
    const query = parseInput('The audit log filter', AuditEventQuery, nonEmpty(c.req.query()));
    const page = await auditEventPage(deps.db, query);
    return c.json({
      events: page.events.map(({ prevHash: _prev, hash: _hash, ...event }) => event),
      next: page.next,
    });
  });

  app.on(API.auditExport.method, API.auditExport.path, async (c) => {
    const auditor = await requireSession(c, deps, AUDITORS);
    const { format, ...filters } = parseInput(
      'The export request',
      AuditExportQuery,
      nonEmpty(c.req.query()),
    );
    const now = deps.clock();
    // Who took a copy of the trail, and of which part, is itself part of the trail. The rows
    // are read before the write order is taken, so a large export does not hold up writers.
    const rows = await deps.db.transaction(async (tx) => {
      const found = await auditEventsForExport(tx, filters, EXPORT_LIMIT);
      if (!found) return null;
      await acquireWriteOrder(tx);
      await appendAuditEvent(tx, {
        at: now,
        actorId: auditor.userId,
        actor: auditor.username,
        action: 'audit.export',
        caseId: null,
        details: { format, filters, events: found.length },
      });
      return found;
    });
    if (!rows) {
      throw new ServiceError(
        'validation',
        `More than ${EXPORT_LIMIT.toLocaleString('en')} events match; narrow the dates or filters.`,
        [{ path: 'from', message: 'choose a shorter period' }],
      );
    }
    const stamp = now.toISOString().slice(0, 10);
    const body =
      format === 'csv'
        ? auditEventsCsv(rows)
        : `${JSON.stringify({ exportedAt: now.toISOString(), filters, events: rows }, null, 1)}\n`;
    return new Response(body, {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
        'Content-Disposition': `attachment; filename="audit-log-${stamp}.${format}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}

/** `?actor=` with nothing after it means no filter, as a cleared form field sends it. */
function nonEmpty(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}
