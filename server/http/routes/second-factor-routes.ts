import { API } from '../../../shared/api';
import type { Context } from 'hono';
import { SecondFactorConfirmation, SecondFactorRemoval } from '../../../shared/second-factor';
import { renewRecoveryCodes } from '../../auth/recovery-code-renewal';
import { confirmSecondFactor, startSecondFactor } from '../../auth/second-factor';
import { removeOwnSecondFactor } from '../../auth/second-factor-removal';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { ANY_ROLE, requireSession } from '../authenticate';
import { clientAddress } from '../client-address';
import { parseInput, readJsonBody } from '../parse-input';
import { reauthRefusal } from '../sign-in-refusals';
import { throttleRefusal } from '../throttle-refusal';

const SETTING_UP = { beforeSecondFactor: true };

export function registerSecondFactorRoutes(app: App, deps: AppDeps): void {
  app.on(API.startSecondFactor.method, API.startSecondFactor.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE, SETTING_UP);
    return c.json(await startSecondFactor(deps.db, deps.secondFactorBox, session, deps.clock()));
  });

  app.on(API.confirmSecondFactor.method, API.confirmSecondFactor.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE, SETTING_UP);
    const { code } = parseInput(
      'The code',
      SecondFactorConfirmation,
      await readJsonBody(c, 'The code'),
    );
    const result = await confirmSecondFactor(
      deps.db,
      deps.secondFactorBox,
      session,
      code,
      clientAddress(c, deps),
      deps.clock(),
    );
    if (!result.ok) {
      throw result.code === 'rate_limited'
        ? throttleRefusal(c, result.retryAfterMs)
        : new ServiceError(
            'validation',
            'That code does not match. Check the time on your phone and enter the current code.',
            [{ path: 'code', message: 'that code does not match the new secret' }],
          );
    }
    return c.json({ recoveryCodes: result.recoveryCodes });
  });

  /** A change to one's own factor, made with the password and a code: its value, or the refusal. */
  async function withOwnFactorProof<T>(
    c: Context,
    change: typeof removeOwnSecondFactor | typeof renewRecoveryCodes,
  ): Promise<T> {
    const session = await requireSession(c, deps, ANY_ROLE);
    const proof = parseInput(
      'The confirmation',
      SecondFactorRemoval,
      await readJsonBody(c, 'The confirmation'),
    );
    const { db, secondFactorBox, clock } = deps;
    const result = await change(
      db,
      secondFactorBox,
      session,
      proof,
      clientAddress(c, deps),
      clock(),
    );
    if (!result.ok) throw reauthRefusal(c, result);
    return result.value as T;
  }

  app.on(API.removeSecondFactor.method, API.removeSecondFactor.path, async (c) => {
    await withOwnFactorProof<null>(c, removeOwnSecondFactor);
    return c.json({ ok: true as const });
  });

  app.on(API.renewRecoveryCodes.method, API.renewRecoveryCodes.path, async (c) => {
    const recoveryCodes = await withOwnFactorProof<string[]>(c, renewRecoveryCodes);
    return c.json({ recoveryCodes });
  });
}
