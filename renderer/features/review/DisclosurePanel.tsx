import type { CaseDetail } from '../../../shared/case-record';
import { DELIVERY_CHANNEL_LABELS } from '../../../shared/disclosure/delivery';
import type { LookupCounts } from '../../../shared/disclosure/subscriber-data';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { CaseMutation } from '../../lib/cases/case-mutation';
import { formatDateTime } from '../../lib/format';
import { DeliveryForm } from './DeliveryForm';
import { PackageValues } from './PackageValues';
import {
  useExportCaseLetter,
  useExportPackageFile,
  useLookUpSubscribers,
  useOpenPackage,
} from './use-disclosure';

interface DisclosurePanelProps {
  detail: CaseDetail;
  online: boolean;
  disabled: boolean;
  send: (mutation: CaseMutation) => void;
  /** Only supervisors handle released subscriber data; others see counts and hashes. */
  handlesData: boolean;
}

function describeCounts(c: LookupCounts): string {
  const parts = [
    `${c.phoneNumbers} phone number${c.phoneNumbers === 1 ? '' : 's'}`,
    `${c.ipAddresses} IP address${c.ipAddresses === 1 ? '' : 'es'}`,
  ];
  const missing = [
    c.noSuchAccount > 0 ? `${c.noSuchAccount} with no such account` : null,
    c.noDataInWindow > 0 ? `${c.noDataInWindow} with no data in the window` : null,
  ].filter(Boolean);
  return `Data found for ${c.accountsFound} of ${c.targets} target${c.targets === 1 ? '' : 's'}: ${parts.join(', ')}.${missing.length > 0 ? ` ${missing.join('; ')}.` : ''}`;
}

/** After approval: look up, open and export the package, record how the answer went out. */
export function DisclosurePanel({
  detail,
  online,
  disabled,
  send,
  handlesData,
}: DisclosurePanelProps) {
  const progress = detail.disclosureProgress ?? null;
  const lookUp = useLookUpSubscribers(detail);
  const open = useOpenPackage(detail.id);
  const exporting = useExportPackageFile(detail);
  const exportingLetter = useExportCaseLetter(detail);
  const allowed = new Set(detail.allowedActions);
  const pkg = progress?.package ?? null;
  const canLookUp = allowed.has('record_disclosure') && !pkg;

  return (
    <section className="panel panel-disclosure" aria-labelledby="disclosure-progress-heading">
      <h2 id="disclosure-progress-heading">Disclosure</h2>
      <ErrorNotice error={lookUp.error ?? open.error ?? exporting.error ?? exportingLetter.error} />
      {canLookUp && (
        <div>
          <p>
            The subscriber data approved above is looked up in the platform’s directory by the case
            service. Only how much was found is kept on this workstation.
          </p>
          <button
            type="button"
            className="primary"
            disabled={!online || lookUp.isPending}
            onClick={() => lookUp.mutate()}
          >
            {lookUp.isPending ? 'Looking up…' : 'Look up subscriber data'}
          </button>
          {!online && <p className="muted">The lookup needs a connection to the case service.</p>}
        </div>
      )}
      {progress?.counts && (
        <p>
          {describeCounts(progress.counts)}{' '}
          <span className="muted">
            Looked up by {progress.lookedUpByName} on {formatDateTime(progress.lookedUpAt ?? '')}.
          </span>
        </p>
      )}
      {pkg && (
        <>
          <dl className="facts package-hashes">
            <dt>Manifest SHA-256</dt>
            <dd className="hash" data-testid="manifest-sha256">
              {pkg.manifestSha256}
            </dd>
            <dt>Letter SHA-256</dt>
            <dd className="hash">{pkg.letterSha256}</dd>
            <dt>Letter language</dt>
            <dd>{pkg.language.toUpperCase()}</dd>
          </dl>
          {handlesData ? (
            <div className="action-bar">
              <button
                type="button"
                disabled={!online || open.isPending}
                onClick={() => open.mutate()}
              >
                Open the package
              </button>
              <button
                type="button"
                disabled={!online || exporting.isPending}
                onClick={() => exporting.mutate('manifest')}
              >
                Export manifest (JSON)
              </button>
              <button
                type="button"
                disabled={!online || exporting.isPending}
                onClick={() => exporting.mutate('letter')}
              >
                Export letter (PDF)
              </button>
            </div>
          ) : null}
          {exporting.data?.saved && (
            <p role="status">
              Exported the {exporting.data.file === 'manifest' ? 'manifest' : 'letter'} (SHA-256{' '}
              <span className="hash">
                {exporting.data.file === 'manifest' ? pkg.manifestSha256 : pkg.letterSha256}
              </span>
              ).
            </p>
          )}
          {open.data && <PackageValues view={open.data} onClose={() => open.reset()} />}
        </>
      )}
      {(progress?.letters ?? []).map((letter) => (
        <p key={letter.id}>
          Refusal letter of {formatDateTime(letter.createdAt)} by {letter.createdByName}, SHA-256{' '}
          <span className="hash">{letter.sha256}</span>{' '}
          <button
            type="button"
            disabled={!online || exportingLetter.isPending}
            onClick={() => exportingLetter.mutate(letter)}
          >
            Export refusal letter (PDF)
          </button>
        </p>
      ))}
      {progress?.delivery ? (
        <dl className="facts">
          <dt>{progress.delivery.kind === 'disclosure' ? 'Delivered' : 'Refusal sent'}</dt>
          <dd>
            {formatDateTime(progress.delivery.deliveredAt)} by{' '}
            {DELIVERY_CHANNEL_LABELS[progress.delivery.channel]} to {progress.delivery.recipient}
          </dd>
          <dt>Sent by</dt>
          <dd>{progress.delivery.sentByName}</dd>
        </dl>
      ) : (
        <>
          {allowed.has('record_disclosure') && pkg && (
            <DeliveryForm detail={detail} kind="disclosure" disabled={disabled} send={send} />
          )}
          {allowed.has('record_refusal') && (
            <DeliveryForm detail={detail} kind="refusal" disabled={disabled} send={send} />
          )}
        </>
      )}
    </section>
  );
}
