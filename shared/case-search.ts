/**
 * What a case can be found by in the queue: its reference, authority, case number, targets and
 * offences, as lower-case terms. Phone numbers keep only "+" and digits, so "+33 6 12 34 56 78"
 * and "+33612345678" are the same term. The server computes the terms from the order; the
 * workstation computes them the same way when it stores a case it fetched itself.
 */
export interface SearchableOrder {
  caseNumber?: string | null | undefined;
  targets?: readonly { identifier: { kind: string; value: string } }[] | null | undefined;
  offences?: readonly { category?: string | undefined; description: string }[] | null | undefined;
}

const PHONE_LIKE = /^\+?[0-9][0-9\s().-]*$/;

/** One query or identifier as it is indexed: a phone number without separators, else lower case. */
export function normaliseSearchText(text: string): string {
  const trimmed = text.trim();
  if (PHONE_LIKE.test(trimmed) && /[0-9]{3}/.test(trimmed.replace(/[^0-9]/g, ''))) {
    return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/[^0-9]/g, '');
  }
  return trimmed.toLowerCase();
}

/** Free text split into words, so each word is a term of its own. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}@+_-]+/u)
    .filter((w) => w.length > 0);
}

export function caseSearchTerms(
  reference: string,
  authorityName: string,
  order: SearchableOrder | null | undefined,
): string[] {
  const terms = new Set<string>([reference.toLowerCase(), ...words(reference)]);
  for (const w of words(authorityName)) terms.add(w);
  if (order?.caseNumber) {
    terms.add(order.caseNumber.toLowerCase());
    for (const w of words(order.caseNumber)) terms.add(w);
  }
  for (const target of order?.targets ?? []) {
    const value = target.identifier.value;
    if (target.identifier.kind === 'phone' || target.identifier.kind === 'user_id') {
      terms.add(normaliseSearchText(value));
    } else {
      terms.add(value.trim().toLowerCase());
      for (const w of words(value)) terms.add(w);
    }
  }
  for (const offence of order?.offences ?? []) {
    if (offence.category) {
      terms.add(offence.category);
      for (const w of offence.category.split('_')) if (w) terms.add(w);
    }
    for (const w of words(offence.description)) terms.add(w);
  }
  return [...terms];
}

/** A check's result as the review and the engine's verdict record it. */
type CheckResults = Readonly<Record<string, { result?: string | null } | undefined>>;

/**
 * How many checks the reviewer decided differently from the engine's verdict at sign-off: 0
 * before there is a verdict. The same rule as `isOverride` in the review, on the stored checks.
 */
export function overrideCount(
  reviewChecks: CheckResults | null | undefined,
  verdictChecks: CheckResults | null | undefined,
): number {
  if (!reviewChecks || !verdictChecks) return 0;
  let count = 0;
  for (const [key, check] of Object.entries(reviewChecks)) {
    const result = check?.result ?? null;
    if (result !== null && result !== (verdictChecks[key]?.result ?? null)) count += 1;
  }
  return count;
}
