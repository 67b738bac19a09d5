import { countryName } from '../../../shared/countries';
import { optionLabel } from '../../../shared/field-messages';
import type { EntryChange } from '../../../shared/policy/policy-changes-by-entry';
import { POLICY_FIELD_WORDS } from './policy-field-names';

const SECTION_TITLES: Record<EntryChange['section'], string> = {
  jurisdiction: 'Jurisdiction',
  authority: 'Authority',
  catalog: 'Terms of Service category',
  policy: 'The policy itself',
};

/** "Jurisdiction France", "Authority Tribunal judiciaire de Paris". */
export function entryTitle(entry: EntryChange): string {
  if (entry.section === 'policy') return SECTION_TITLES.policy;
  const name = entry.section === 'jurisdiction' ? countryName(entry.key) : entry.name;
  return `${SECTION_TITLES[entry.section]} ${name}`;
}

function spelledOut(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
}

/**
 * A changed field's path within its entry, in the editor's words:
 * `routes[route/fr/domestic].deadline.amount` → "route route/fr/domestic › deadline › time to answer".
 */
export function changedFieldWords(path: string): string {
  if (path === '') return 'the whole entry';
  return path
    .split('.')
    .map((segment) => {
      const keyed = /^([A-Za-z]+)\[(.+)\]$/.exec(segment);
      if (keyed) {
        const [, list = '', key = ''] = keyed;
        return `${POLICY_FIELD_WORDS[list] ?? spelledOut(list)} ${key}`;
      }
      return POLICY_FIELD_WORDS[segment] ?? spelledOut(segment);
    })
    .join(' › ');
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '—';
  // A value of a fixed vocabulary ("not_answered") in its words ("Not answered").
  if (typeof value === 'string')
    return /^[a-z]+(_[a-z]+)*$/.test(value) ? optionLabel(value) : value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(plain).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([field, v]) => `${POLICY_FIELD_WORDS[field] ?? spelledOut(field)}: ${plain(v)}`)
      .join('; ');
  }
  return String(value);
}

/**
 * A value as stored, in words: text without its quotation marks, an entry as its fields. A
 * value shortened for the record is shown as it was shortened.
 */
export function shownValue(json: string | undefined): string | undefined {
  if (json === undefined) return undefined;
  try {
    return plain(JSON.parse(json));
  } catch {
    return json;
  }
}
