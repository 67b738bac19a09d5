import type { DirectoryAnswer } from '../../shared/disclosure/subscriber-data';
import { ServiceError } from '../service-error';
import type { DirectoryRequest } from './subscriber-directory';

/**
 * Keeps of the directory's answer exactly what was approved: one answer per requested target,
 * a phone number only where it was approved, IP addresses only where approved and only inside
 * the approved window. A directory that answers more, or about someone else, is not trusted
 * with it; one that leaves a target unanswered has not answered. The account id is kept for
 * the case service's own counts; the package releases none of it.
 */
export function confineAnswers(
  requests: readonly DirectoryRequest[],
  answers: readonly DirectoryAnswer[],
): DirectoryAnswer[] {
  return requests.map((request) => {
    const answer = answers.find((a) => a.target === request.target);
    if (!answer) {
      throw new ServiceError(
        'directory_unavailable',
        `The subscriber directory gave no answer for ${request.target}. Nothing was looked up; try again.`,
      );
    }
    if (answer.result === 'no_such_account') {
      return { ...answer, accountId: null, phoneNumber: null, ipAddresses: [] };
    }
    const phoneNumber = request.categories.includes('phone_number') ? answer.phoneNumber : null;
    const window = request.ipWindow;
    const seen = new Set<string>();
    const ipAddresses =
      request.categories.includes('ip_addresses') && window
        ? answer.ipAddresses
            .filter((ip) => {
              const at = Date.parse(ip.seenAt);
              return at >= Date.parse(window.from) && at <= Date.parse(window.to);
            })
            .filter((ip) => {
              const key = `${ip.address} ${Date.parse(ip.seenAt)}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            })
            .sort((a, b) => Date.parse(a.seenAt) - Date.parse(b.seenAt))
        : [];
    const found = phoneNumber !== null || ipAddresses.length > 0;
    return {
      target: request.target,
      result: found ? 'found' : 'no_data_in_window',
      accountId: answer.accountId,
      phoneNumber,
      ipAddresses,
    };
  });
}
