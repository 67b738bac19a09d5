import { useEffect, useRef } from 'react';
import { announce } from '../../lib/announce';

/**
 * Reads out the sync changes that need the user and that appear only as a button in the
 * header: actions the case service did not accept, and a queued decision awaiting a password.
 */
export function useSyncAnnouncements(refused: number, blocked: boolean): void {
  const before = useRef({ refused, blocked });
  useEffect(() => {
    const previous = before.current;
    before.current = { refused, blocked };
    if (refused > previous.refused) {
      const count = refused - previous.refused;
      announce(
        count === 1
          ? 'The case service did not accept one of your actions. See “Not accepted” in the header.'
          : `The case service did not accept ${count} of your actions. See “Not accepted” in the header.`,
      );
    }
    if (blocked && !previous.blocked) {
      announce('A sign-off or approval you queued offline waits for your password to be sent.');
    }
  }, [refused, blocked]);
}
