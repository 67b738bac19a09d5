import type { EntryChange } from '../../../shared/policy/policy-changes-by-entry';
import { changedFieldWords, entryTitle, shownValue } from './policy-change-words';

const CHANGE_WORDS: Record<EntryChange['change'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
};

/**
 * What a version changes against another, one table per jurisdiction, authority and catalogue
 * category, each changed field with its value before and after.
 */
export function PolicyChanges({
  changes,
  from,
  to,
}: {
  changes: readonly EntryChange[];
  from: string;
  to: string;
}) {
  if (changes.length === 0) return <p>Nothing changes against version {from}.</p>;
  return (
    <div
      className="policy-changes table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Changes from version ${from} to ${to}`}
    >
      {changes.map((entry) => {
        const title = entryTitle(entry);
        return (
          <table
            key={`${entry.section}-${entry.key}`}
            className="grid"
            aria-label={`${title}: ${CHANGE_WORDS[entry.change]}`}
          >
            <caption>
              {title} — {CHANGE_WORDS[entry.change]}
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">In version {from}</th>
                <th scope="col">In version {to}</th>
              </tr>
            </thead>
            <tbody>
              {entry.fields.map((field) => (
                <tr key={field.path}>
                  <th scope="row">{changedFieldWords(field.path)}</th>
                  <td>{shownValue(field.before) ?? <em>absent</em>}</td>
                  <td>{shownValue(field.after) ?? <em>removed</em>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
