import type { Authority } from '../../../shared/order';
import { sameEmail, samePhone } from '../../../shared/policy/authority-directory';
import type { NumberOfRecord } from '../../../shared/policy/numbers-of-record';

interface NumbersOfRecordProps {
  numbers: readonly NumberOfRecord[];
  /** The contact printed on the order: shown only to say it must not be used. */
  orderContact: Authority['contact'];
  /** Fills the call-back form with a number; absent when this user may not record one. */
  onUse: ((n: NumberOfRecord) => void) | undefined;
  disabled: boolean;
}

/** Where a call-back may go: the directory's contacts, or a number found independently. */
export function NumbersOfRecord({ numbers, orderContact, onUse, disabled }: NumbersOfRecordProps) {
  const printed = [
    orderContact?.phone !== undefined &&
    !numbers.some((n) => n.channel === 'phone' && samePhone(n.contact, orderContact.phone ?? ''))
      ? orderContact.phone
      : undefined,
    orderContact?.email !== undefined &&
    !numbers.some((n) => n.channel === 'email' && sameEmail(n.contact, orderContact.email ?? ''))
      ? orderContact.email
      : undefined,
  ].filter((c): c is string => c !== undefined);
  return (
    <div className="numbers-of-record">
      {numbers.length > 0 ? (
        <>
          <p>Call back a number of record, never a contact taken from the order:</p>
          <ul aria-label="Numbers of record">
            {numbers.map((n) => (
              <li key={`${n.channel}-${n.contact}`}>
                <strong>{n.contact}</strong> ({n.channel === 'phone' ? 'phone' : 'email'}, from the
                authority directory
                {n.demo && '; demonstration entry: replace with the real contact'}){' '}
                {onUse && (
                  <button type="button" disabled={disabled} onClick={() => onUse(n)}>
                    Use this {n.channel === 'phone' ? 'number' : 'address'}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p className="muted">
            A number found independently (the authority’s official website or an official registry)
            counts too, when you record where you found it.
          </p>
        </>
      ) : (
        <p>
          The authority directory has no number for this authority. Find one independently of the
          order, on the authority’s official website or in an official registry, and record where
          you found it.
        </p>
      )}
      {printed.length > 0 && (
        <p className="notice notice-warning">
          Not a number of record: {printed.join(' and ')}, taken from the order itself. A call-back
          there is refused.
        </p>
      )}
    </div>
  );
}
