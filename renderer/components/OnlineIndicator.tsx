import { useOnline } from '../lib/connection';

export function OnlineIndicator() {
  const online = useOnline();
  return (
    <span className={online ? 'connection online' : 'connection offline'} role="status">
      {online ? 'Online' : 'Offline'}
    </span>
  );
}
