import type { LoadedCase } from '../../lib/cases/case-detail-query';
import { useOnline } from '../../lib/connection';
import { formatDateTime } from '../../lib/format';

/**
 * Follows the connection as it is now, not as it was when the case was read: the case always
 * comes from the workstation's copy, which sync keeps current while the service is reachable.
 */
export function OfflineCopyNotice({ loaded }: { loaded: LoadedCase }) {
  const online = useOnline();
  if (online) return null;
  return (
    <div className="notice notice-offline" role="status">
      Offline — showing the copy from {formatDateTime(loaded.storedAt)}. Your actions are queued on
      this workstation and sent when the case service is reachable again.
    </div>
  );
}
