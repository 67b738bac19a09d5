import { useAnnouncement } from '../lib/announce';

export function Announcer() {
  const message = useAnnouncement();
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
