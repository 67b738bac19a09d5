import { ROLE_LABELS, type Role } from '../../shared/roles';
import { ServiceError } from '../service-error';

/**
 * Said only to the holder of the session's cookie, so the workstation can wipe its copy of
 * the cases rather than keep them for a sign-in that can never come.
 */
export function accountDeactivated(): ServiceError {
  return new ServiceError(
    'account_deactivated',
    'This account has been deactivated; the case cache on this workstation is removed.',
  );
}

export function sessionEnded(): ServiceError {
  return new ServiceError('unauthenticated', 'Sign in to continue; your session has ended.');
}

export function secondFactorMissing(role: Role): ServiceError {
  return new ServiceError(
    'second_factor_enrolment_required',
    `Set up your second factor first: the ${ROLE_LABELS[role].toLowerCase()} role needs one.`,
  );
}
