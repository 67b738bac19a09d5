import type { Context } from 'hono';
import type { LoginResult } from '../auth/log-in';
import type { ReauthResult } from '../auth/reauthenticate';
import { ServiceError } from '../service-error';
import { throttleRefusal } from './throttle-refusal';

const WRONG_CODE = 'That code is not correct, or it was already used. Wait for the next code.';

/** What a refused sign-in answers: the second-factor prompts name the `code` field. */
export function loginRefusal(c: Context, result: LoginResult & { ok: false }): ServiceError {
  switch (result.code) {
    case 'rate_limited':
      return throttleRefusal(c, result.retryAfterMs);
    case 'second_factor_required':
      return new ServiceError(
        'second_factor_required',
        'Enter the code from your authenticator app, or a recovery code.',
        [{ path: 'code', message: 'enter the code from your authenticator app' }],
      );
    case 'wrong_code':
      return new ServiceError('unauthenticated', WRONG_CODE, [
        { path: 'code', message: 'that code is not correct' },
      ]);
    default:
      return new ServiceError('unauthenticated', 'Wrong username or password.');
  }
}

/** What a refused re-authentication answers, naming the field that was wrong. */
export function reauthRefusal(c: Context, result: ReauthResult & { ok: false }): ServiceError {
  switch (result.code) {
    case 'rate_limited':
      return throttleRefusal(c, result.retryAfterMs);
    case 'code_required':
      return new ServiceError(
        'reauth_required',
        'Enter the code from your authenticator app as well as your password.',
        [{ path: 'code', message: 'enter the code from your authenticator app' }],
      );
    case 'wrong_code':
      return new ServiceError('reauth_required', WRONG_CODE, [
        { path: 'code', message: 'that code is not correct' },
      ]);
    default:
      return new ServiceError('reauth_required', 'That password is not correct.', [
        { path: 'password', message: 'that password is not correct' },
      ]);
  }
}
