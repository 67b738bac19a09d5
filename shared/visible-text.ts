/**
 * Characters that show nothing: zero-width spaces and joiners, bidirectional marks and
 * overrides, soft hyphens, variation selectors, Hangul fillers, the byte-order mark.
 */
export const INVISIBLE_CHARACTERS =
  // The class holds combining marks on purpose: they are removed one by one, wherever they are.
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** What a reader sees, compared as such: NFKC, nothing invisible, one kind of dash and space. */
export function normaliseForComparison(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(INVISIBLE_CHARACTERS, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      // ASCII letters only: the same in JavaScript and in PostgreSQL whatever its locale.
      .replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
  );
}
