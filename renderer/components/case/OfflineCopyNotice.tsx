import type { LoadedCase } from '../../lib/cases/case-detail-query';
import { formatDateTime } from '../../lib/format';

export function OfflineCopyNotice({ loaded }: { loaded: LoadedCase }) {
  if (loaded.source !== 'cache') return null;
  return (
    <div className="notice notice-offline" role="status">
      Offline — showing the copy from {formatDateTime(loaded.storedAt)}. Your actions are queued on
      this workstation and sent when the case service is reachable again.
    </div>
  );
}
