import type { IssuedEnrolment } from '../../../shared/users';
import { formatDateTime } from '../../lib/format';
import { hrefFor } from '../../lib/hash-route';

/**
 * The enrolment code, shown this once: the service keeps only a digest of it. The person
 * opens the link (or types the code on the sign-in screen) and chooses their own password.
 */
export function EnrolmentCodeNotice({ enrolment }: { enrolment: IssuedEnrolment }) {
  const link = `${window.location.origin}${window.location.pathname}${hrefFor({
    screen: 'enrol',
    code: enrolment.code,
  })}`;
  return (
    <div className="notice notice-success" role="status" aria-label="Enrolment code">
      <p>
        Give {enrolment.username} this enrolment code in person or through a channel you trust. It
        is shown only now and works once, until {formatDateTime(enrolment.expiresAt)}.
      </p>
      <p>
        Code: <code data-testid="enrolment-code">{enrolment.code}</code>
      </p>
      <p>
        Link: <code>{link}</code>
      </p>
    </div>
  );
}
