import { useQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { CaseDetail } from '../../../shared/case-record';
import { DELIVERY_CHANNEL_LABELS } from '../../../shared/disclosure/delivery';
import { LETTER_KIND_LABELS } from '../../../shared/disclosure/letters';
import { ErrorNotice } from '../../components/ErrorNotice';
import { callApi } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { caseKeys } from '../../lib/query-keys';
import { useExportCaseLetter } from './use-disclosure';

const LANGUAGES: Record<string, string> = { en: 'English', fr: 'French', de: 'German' };

/**
 * Every letter sent to the authority on this case, as the case service logged it. Read from
 * the service, not the workstation's copy; refetched whenever the case changes.
 */
export function LetterLog({ detail }: { detail: CaseDetail }) {
  const log = useQuery({
    queryKey: [...caseKeys.detail(detail.id), 'letters', detail.version],
    queryFn: () => callApi(API.letterLog, { params: { caseId: detail.id } }),
  });
  const exporting = useExportCaseLetter(detail);
  const letters = log.data?.letters ?? [];
  return (
    <section className="panel" aria-labelledby="letter-log-heading">
      <h2 id="letter-log-heading">Letters sent</h2>
      <ErrorNotice error={log.error ?? exporting.error} />
      {log.isPending ? (
        <p className="muted">Loading the letters…</p>
      ) : letters.length === 0 ? (
        <p className="muted">No letter has been sent to the authority on this case.</p>
      ) : (
        <ol className="letter-log">
          {letters.map((l) => (
            <li key={l.id}>
              <strong>{LETTER_KIND_LABELS[l.kind]}</strong> ({LANGUAGES[l.language] ?? l.language})
              to {l.recipient} by {DELIVERY_CHANNEL_LABELS[l.channel].toLowerCase()},{' '}
              <time dateTime={l.sentAt}>{formatDateTime(l.sentAt)}</time>, sent by {l.sentByName}.
              {l.lateReason && (
                <div>
                  Sent after the deadline: <q>{l.lateReason}</q>
                </div>
              )}
              <div className="muted">
                SHA-256 <code className="hash">{l.sha256}</code>
              </div>
              {l.letterId && (
                <button
                  type="button"
                  className="link-button"
                  disabled={exporting.isPending}
                  onClick={() => exporting.mutate({ id: l.letterId ?? '', kind: l.kind })}
                >
                  Export this letter
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
