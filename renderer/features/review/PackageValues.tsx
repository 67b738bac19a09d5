import type { DisclosurePackageView } from '../../../shared/disclosure/manifest';
import { LOOKUP_RESULT_LABELS } from '../../../shared/disclosure/subscriber-data';
import { formatDateTime } from '../../lib/format';
import { targetLabel } from '../../lib/labels';

/** The released values, as the package holds them; shown only while the user keeps it open. */
export function PackageValues({
  view,
  onClose,
}: {
  view: DisclosurePackageView;
  onClose: () => void;
}) {
  return (
    <div className="package-values" role="region" aria-label="Package contents">
      <table className="grid">
        <caption>Subscriber data in the package</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Result</th>
            <th scope="col">Phone number</th>
            <th scope="col">IP addresses</th>
          </tr>
        </thead>
        <tbody>
          {view.manifest.answers.map((a) => (
            <tr key={a.target}>
              <td className="identifier">{targetLabel(a.target)}</td>
              <td>{LOOKUP_RESULT_LABELS[a.result]}</td>
              <td className="identifier">{a.phoneNumber ?? '—'}</td>
              <td>
                {a.ipAddresses.length === 0 ? (
                  '—'
                ) : (
                  <ul className="plain">
                    {a.ipAddresses.map((ip) => (
                      <li key={`${ip.address} ${ip.seenAt}`}>
                        <span className="identifier">{ip.address}</span>{' '}
                        <span className="muted">{formatDateTime(ip.seenAt)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close the package
      </button>
    </div>
  );
}
