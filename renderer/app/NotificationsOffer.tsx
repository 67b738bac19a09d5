import { useState } from 'react';
import {
  askForNotifications,
  shouldOfferNotifications,
} from '../lib/notifications/show-notification';

/** The browser build asks for notifications once, when the user chooses to turn them on. */
export function NotificationsOffer() {
  const [offered, setOffered] = useState(shouldOfferNotifications);
  if (!offered) return null;
  return (
    <button
      type="button"
      onClick={() => {
        setOffered(false);
        void askForNotifications();
      }}
    >
      Turn on notifications
    </button>
  );
}
