import { z } from 'zod';
import { API } from '../../../shared/api';
import {
  DueNotificationsQuery,
  NotificationInput,
} from '../../../shared/disclosure/user-notifications';
import { lettersSent } from '../../disclosure/letters-sent';
import {
  caseNotifications,
  dueNotifications,
  recordNotificationSent,
} from '../../disclosure/user-notifications';
import { findCase } from '../../cases/case-detail';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { CASE_READERS, CASE_WORKERS, requireSession } from '../authenticate';
import { parseInput, readJsonBody } from '../parse-input';

const CaseParams = z.object({ caseId: z.uuid('expected a case id') });

export function registerLetterAndNotificationRoutes(app: App, deps: AppDeps): void {
  app.on(API.letterLog.method, API.letterLog.path, async (c) => {
    await requireSession(c, deps, CASE_READERS);
    const { caseId } = parseInput('The address', CaseParams, c.req.param());
    const letters = await deps.db.transaction(async (tx) =>
      (await findCase(tx, caseId)) ? lettersSent(tx, caseId) : null,
    );
    if (!letters) throw new ServiceError('not_found', 'There is no such case.');
    return c.json({ letters });
  });

  app.on(API.caseNotifications.method, API.caseNotifications.path, async (c) => {
    await requireSession(c, deps, CASE_READERS);
    const { caseId } = parseInput('The address', CaseParams, c.req.param());
    const states = await deps.db.transaction((tx) => caseNotifications(tx, caseId, deps.clock()));
    if (!states) throw new ServiceError('not_found', 'There is no such case.');
    return c.json(states);
  });

  app.on(API.recordNotification.method, API.recordNotification.path, async (c) => {
    const actor = await requireSession(c, deps, CASE_WORKERS);
    const { caseId } = parseInput('The address', CaseParams, c.req.param());
    const input = parseInput(
      'The notification',
      NotificationInput,
      await readJsonBody(c, 'The notification'),
    );
    return c.json(await recordNotificationSent(deps.db, actor, caseId, input, deps.clock()));
  });

  app.on(API.dueNotifications.method, API.dueNotifications.path, async (c) => {
    await requireSession(c, deps, CASE_WORKERS);
    const { limit } = parseInput('The list request', DueNotificationsQuery, c.req.query());
    return c.json(await deps.db.transaction((tx) => dueNotifications(tx, deps.clock(), limit)));
  });
}
