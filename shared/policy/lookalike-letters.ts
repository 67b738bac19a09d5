/**
 * Letters of other alphabets that render like a Latin letter in common fonts, in lower case,
 * mapped to that letter. Marks are stripped before they are looked up, so "ї" is "і".
 */
export const LOOKALIKE_LETTERS: ReadonlyMap<string, string> = new Map([
  ...pairs('авсԁеһіјкӏмпорԛгѕтуүѵԝхьн', 'abcdehijklmnopqrstyyvwxbh'),
  ...pairs('αβεηικνορτυχωγ', 'abenikvoptuxwy'),
  ...pairs('օոսհցք', 'onuhgp'),
]);

/** Capitals that look like another Latin letter than their small form does: Ν is N, ν is v. */
const LOOKALIKE_CAPITALS: ReadonlyMap<string, string> = new Map(pairs('ΗΜΝΥΖ', 'hmnyz'));

function pairs(from: string, to: string): [string, string][] {
  const targets = [...to];
  return [...from].map((char, i) => [char, targets[i] ?? char]);
}

function asLatin(char: string): string | undefined {
  return LOOKALIKE_CAPITALS.get(char) ?? LOOKALIKE_LETTERS.get(char.toLowerCase());
}

const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A word meant to be read as Latin but written so that a keyword does not match it: Latin
 * letters mixed with look-alikes ("іnsult" with a Cyrillic і), or, in a text that is
 * otherwise Latin, a word made of look-alikes alone. A word wholly in another alphabet, in
 * a text of that alphabet, is left as it is: it is not disguised, it is another language.
 */
function isDisguised(word: string, textHasLatin: boolean): boolean {
  const chars = [...word];
  const lookalikes = chars.filter((c) => asLatin(c) !== undefined).length;
  if (lookalikes === 0) return false;
  if (chars.some((c) => LATIN.test(c))) return true;
  return textHasLatin && lookalikes === chars.length;
}

/**
 * The text as a reader of Latin script reads it, in lower case: every disguised word spelled
 * with the Latin letters it shows. Marks must already be stripped.
 */
export function readAsLatin(text: string): string {
  // The look-alikes are all of other alphabets, so any Latin letter is a real one.
  const textHasLatin = LATIN.test(text);
  return text
    .replace(WORD, (word) =>
      isDisguised(word, textHasLatin) ? [...word].map((c) => asLatin(c) ?? c).join('') : word,
    )
    .toLowerCase();
}
