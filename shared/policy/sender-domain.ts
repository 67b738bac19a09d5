import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { domainToUnicode } from '../punycode';
import { LOOKALIKE_LETTERS } from './lookalike-letters';

/**
 * What an order's sender address says about where it came from, measured against the domain the
 * authority directory holds for that authority. Anything but `directory` means the order may
 * come from a hijacked or imitated mailbox and needs a second person's call-back.
 */
export type SenderDomainFinding =
  | { kind: 'directory'; domain: string }
  | { kind: 'public_provider'; domain: string }
  | {
      kind: 'lookalike';
      domain: string;
      directoryDomain: string;
      how: 'confusable' | 'edit_distance' | 'registrable';
    }
  | { kind: 'other_domain'; domain: string; directoryDomain: string };

// Free mailboxes anyone can open in an authority's name, matched by brand whatever the suffix
// (gmail.com, yahoo.co.uk, gmx.de, outlook.example …).
const PUBLIC_MAIL_BRANDS = new Set([
  'aol',
  'fastmail',
  'gmail',
  'googlemail',
  'gmx',
  'hotmail',
  'icloud',
  'inbox',
  'live',
  'mail',
  'mailfence',
  'me',
  'msn',
  'outlook',
  'proton',
  'protonmail',
  'pm',
  'qq',
  'rambler',
  'rediffmail',
  'seznam',
  'tuta',
  'tutanota',
  'web',
  'yahoo',
  'yandex',
  'ymail',
  'zoho',
  '163',
  '126',
]);

// Latin letters and signs that render like another Latin letter or digit in common fonts,
// beside the letters of other alphabets that do. Full-width forms and ligatures are folded by
// NFKC and accents are stripped before this applies.
const CONFUSABLES: Readonly<Record<string, string>> = {
  ı: 'i',
  ɩ: 'i',
  ł: 'l',
  ɡ: 'g',
  ʏ: 'y',
  ß: 'ss',
  '0': 'o',
  '1': 'l',
  '|': 'l',
};

/** Letter pairs that read as one letter at a glance. */
const DIGRAPHS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/** What a domain looks like to a hurried reader: homoglyphs, accents and digraphs folded. */
export function confusableSkeleton(domain: string): string {
  let folded = '';
  for (const ch of domainToUnicode(domain)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')) {
    folded += CONFUSABLES[ch] ?? LOOKALIKE_LETTERS.get(ch) ?? ch;
  }
  // 'i' and 'l' differ only by a dot in many fonts, and '1' is folded to 'l' above.
  folded = folded.replace(/i/g, 'l');
  for (const [pair, single] of DIGRAPHS) folded = folded.replace(pair, single);
  return folded;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

export function emailDomain(email: string): string {
  return email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
}

function registrable(domain: string): string {
  return getDomain(domain, { validateHostname: false }) ?? domain;
}

function brand(domain: string): string {
  return getDomainWithoutSuffix(domain, { validateHostname: false }) ?? domain;
}

const PUBLIC_MAIL_SKELETONS = new Set([...PUBLIC_MAIL_BRANDS].map(confusableSkeleton));

/** A free mailbox provider, also when its name is written with look-alike characters. */
export function isPublicMailDomain(domain: string): boolean {
  const name = brand(domain);
  return PUBLIC_MAIL_BRANDS.has(name) || PUBLIC_MAIL_SKELETONS.has(confusableSkeleton(name));
}

/** The same organisation: the same registrable domain, or one of its subdomains. */
function sameRegistrable(a: string, b: string): boolean {
  return registrable(a) === registrable(b);
}

/**
 * Judges the domain of `senderEmail` against the directory's address for the same authority.
 * Without a directory address only a public mail provider can be recognised.
 */
export function assessSenderDomain(
  senderEmail: string,
  directoryEmail: string | undefined,
): SenderDomainFinding | undefined {
  const domain = emailDomain(senderEmail);
  const directoryDomain = directoryEmail === undefined ? undefined : emailDomain(directoryEmail);
  if (isPublicMailDomain(domain)) {
    // A few authorities do use a free mailbox: then only that very address is theirs.
    const theirOwn =
      directoryEmail !== undefined &&
      senderEmail.trim().toLowerCase() === directoryEmail.trim().toLowerCase();
    return theirOwn ? { kind: 'directory', domain } : { kind: 'public_provider', domain };
  }
  if (directoryDomain === undefined) return undefined;
  if (sameRegistrable(domain, directoryDomain)) return { kind: 'directory', domain };

  const lookalike = (how: 'confusable' | 'edit_distance' | 'registrable'): SenderDomainFinding => ({
    kind: 'lookalike',
    domain,
    directoryDomain,
    how,
  });
  const theirs = confusableSkeleton(registrable(domain));
  const ours = confusableSkeleton(registrable(directoryDomain));
  if (theirs === ours) return lookalike('confusable');
  const ourBrand = confusableSkeleton(brand(directoryDomain));
  const theirBrand = confusableSkeleton(brand(domain));
  if (theirBrand === ourBrand) return lookalike('registrable');
  const allowed = ourBrand.length < 6 ? 1 : 2;
  const plain = (d: string) => domainToUnicode(d).normalize('NFKC').toLowerCase();
  const distance = Math.min(
    editDistance(theirBrand, ourBrand),
    editDistance(theirs, ours),
    editDistance(plain(brand(domain)), plain(brand(directoryDomain))),
  );
  if (distance <= allowed) {
    return lookalike('edit_distance');
  }
  // The directory's name carried inside another registrable domain:
  // tj-paris.example.secure-mail.com, greffe-tj-paris.com.
  if (ourBrand.length >= 4 && confusableSkeleton(domain).includes(ourBrand)) {
    return lookalike('registrable');
  }
  return { kind: 'other_domain', domain, directoryDomain };
}

/** A sentence naming what is wrong with the sender's domain; undefined when nothing is. */
export function senderDomainConcern(finding: SenderDomainFinding | undefined): string | undefined {
  if (!finding || finding.kind === 'directory') return undefined;
  const shown = domainToUnicode(finding.domain);
  const ascii = shown === finding.domain ? '' : ` (written ${finding.domain})`;
  switch (finding.kind) {
    case 'public_provider':
      return `the sender’s address is at a public mail provider (${shown}), not the authority’s own domain`;
    case 'other_domain':
      return `the sender’s domain ${shown} is not the directory’s domain for this authority (${finding.directoryDomain})`;
    case 'lookalike': {
      const how = {
        confusable: 'written with look-alike characters',
        edit_distance: 'a few letters away from it',
        registrable: 'a different registered domain dressed up with its name',
      }[finding.how];
      return `the sender’s domain ${shown}${ascii} imitates the directory’s domain ${finding.directoryDomain} (${how})`;
    }
  }
}
