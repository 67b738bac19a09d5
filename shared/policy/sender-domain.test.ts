import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycodeLabel, domainToUnicode } from '../punycode';
import { SEED_AUTHORITY_DIRECTORY } from './seed';
import {
  assessSenderDomain,
  confusableSkeleton,
  editDistance,
  emailDomain,
  senderDomainConcern,
} from './sender-domain';

const PARIS = 'greffe-penal@tj-paris.example';

describe('sender domain against the directory', () => {
  it.each([
    ['the directory’s own address', 'greffe-penal@tj-paris.example', 'directory'],
    ['another mailbox at the directory’s domain', 'juge.durand@TJ-PARIS.example', 'directory'],
    ['a subdomain of the directory’s domain', 'greffe@penal.tj-paris.example', 'directory'],
    ['Gmail', 'tj.paris.greffe@gmail.com', 'public_provider'],
    ['Yahoo under a country suffix', 'greffe@yahoo.co.uk', 'public_provider'],
    ['Outlook under any suffix', 'tj-paris.greffe@outlook.example', 'public_provider'],
    ['a provider name in look-alike letters', 'greffe@gmаil.com', 'public_provider'],
    ['a Cyrillic a in the name', 'greffe@tj-pаris.example', 'lookalike:confusable'],
    ['the same, as Punycode', 'greffe@xn--tj-pris-5fg.example', 'lookalike:confusable'],
    ['a digit for a letter', 'greffe@tj-par1s.example', 'lookalike:confusable'],
    ['an accent added', 'greffe@tj-pâris.example', 'lookalike:confusable'],
    ['a letter dropped', 'greffe@tj-pars.example', 'lookalike:edit_distance'],
    ['two letters swapped', 'greffe@tj-pairs.example', 'lookalike:edit_distance'],
    ['the same name under another suffix', 'greffe@tj-paris.fr', 'lookalike:registrable'],
    [
      'the directory’s domain inside another registered domain',
      'greffe@tj-paris.example.secure-courts.com',
      'lookalike:registrable',
    ],
    ['the name with a word added', 'greffe@greffe-tj-paris.com', 'lookalike:registrable'],
    ['an unrelated domain', 'contact@court-services.example', 'other_domain'],
  ])('%s (%s) → %s', (_name, sender, expected) => {
    const finding = assessSenderDomain(sender, PARIS);
    const kind = finding?.kind === 'lookalike' ? `lookalike:${finding.how}` : finding?.kind;
    expect(kind).toBe(expected);
  });

  it('"rn" read as "m" makes a look-alike', () => {
    const finding = assessSenderDomain('a@rnoj.example', 'b@moj.example');
    expect(finding).toMatchObject({ kind: 'lookalike', how: 'confusable' });
  });

  it('without a directory address only a public provider can be told', () => {
    expect(assessSenderDomain('a@gmail.com', undefined)?.kind).toBe('public_provider');
    expect(assessSenderDomain('a@tj-paris.example', undefined)).toBeUndefined();
  });

  it('accepts a free mailbox only when the directory holds that very address', () => {
    expect(assessSenderDomain('Court.X@gmail.com', 'court.x@gmail.com')?.kind).toBe('directory');
    expect(assessSenderDomain('court.y@gmail.com', 'court.x@gmail.com')?.kind).toBe(
      'public_provider',
    );
  });

  it('says what is wrong in words, with the Punycode form the reader sees decoded', () => {
    const concern = senderDomainConcern(
      assessSenderDomain('greffe@xn--tj-pris-5fg.example', PARIS),
    );
    expect(concern).toBe(
      'the sender’s domain tj-pаris.example (written xn--tj-pris-5fg.example) imitates the directory’s domain tj-paris.example (written with look-alike characters)',
    );
    expect(senderDomainConcern(assessSenderDomain(PARIS, PARIS))).toBeUndefined();
  });
});

describe('Punycode', () => {
  it.each([
    ['bcher-kva', 'bücher'],
    ['80ak6aa92e', 'аррӏе'],
    ['tj-pris-5fg', 'tj-pаris'],
  ])('decodes %s → %s', (encoded, decoded) => {
    expect(decodePunycodeLabel(encoded)).toBe(decoded);
  });

  it('leaves labels that are not valid Punycode as they are', () => {
    expect(domainToUnicode('xn--!!.example')).toBe('xn--!!.example');
    expect(domainToUnicode('plain.example')).toBe('plain.example');
  });
});

describe('edit distance', () => {
  it.each([
    ['paris', 'paris', 0],
    ['paris', 'pars', 1],
    ['paris', 'pairs', 1],
    ['paris', 'london', 6],
    ['', 'abc', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

const CONFUSABLE_FOR: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'α', 'á', 'ａ'],
  c: ['с'],
  e: ['е', 'ε', 'é'],
  i: ['і', 'ι', 'ı', '1', 'l'],
  k: ['к', 'κ'],
  l: ['ӏ', '1', 'ł', 'i'],
  o: ['о', 'ο', '0', 'ò'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  t: ['т', 'τ'],
  u: ['υ', 'ü'],
  w: ['ԝ', 'ω'],
  x: ['х', 'χ'],
  y: ['у'],
};

const directoryEmails = SEED_AUTHORITY_DIRECTORY.entries
  .map((e) => e.contact.email)
  .filter((e): e is string => e !== undefined);

describe('look-alike detection, for every directory domain', () => {
  it('passes the directory’s own domain', () => {
    for (const email of directoryEmails) {
      expect(assessSenderDomain(`someone@${emailDomain(email)}`, email)?.kind).toBe('directory');
    }
  });

  it('flags any single-character confusable substitution as a look-alike', () => {
    const substitution = fc
      .constantFrom(...directoryEmails)
      .chain((email) => {
        const domain = emailDomain(email);
        const positions = [...domain]
          .map((ch, i) => ({ ch, i }))
          .filter(({ ch }) => CONFUSABLE_FOR[ch] !== undefined);
        return fc.record({
          email: fc.constant(email),
          domain: fc.constant(domain),
          at: fc.constantFrom(...positions),
        });
      })
      .chain(({ email, domain, at }) =>
        fc.record({
          email: fc.constant(email),
          forged: fc
            .constantFrom(...(CONFUSABLE_FOR[at.ch] ?? []))
            .map((glyph) => domain.slice(0, at.i) + glyph + domain.slice(at.i + 1)),
        }),
      );
    fc.assert(
      fc.property(substitution, ({ email, forged }) => {
        const finding = assessSenderDomain(`clerk@${forged}`, email);
        expect(finding?.kind).toBe('lookalike');
        expect(confusableSkeleton(forged)).toBe(confusableSkeleton(emailDomain(email)));
      }),
      { numRuns: 300 },
    );
  });

  it('flags a single dropped, doubled or swapped letter of the name', () => {
    const edit = fc.constantFrom(...directoryEmails).chain((email) => {
      const domain = emailDomain(email);
      const name = domain.slice(0, domain.indexOf('.'));
      const rest = domain.slice(name.length);
      return fc
        .record({
          i: fc.integer({ min: 0, max: name.length - 2 }),
          op: fc.constantFrom('drop', 'double', 'swap'),
        })
        .map(({ i, op }) => {
          const edited =
            op === 'drop'
              ? name.slice(0, i) + name.slice(i + 1)
              : op === 'double'
                ? name.slice(0, i) + name.charAt(i) + name.slice(i)
                : name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2);
          return { email, forged: edited + rest };
        })
        .filter(({ forged }) => forged !== domain);
    });
    fc.assert(
      fc.property(edit, ({ email, forged }) => {
        expect(assessSenderDomain(`clerk@${forged}`, email)?.kind).toBe('lookalike');
      }),
      { numRuns: 300 },
    );
  });
});
