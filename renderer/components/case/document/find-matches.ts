/** One occurrence of the searched text: on which page, in which run of text, where. */
export interface TextMatch {
  /** 1-based, as people count pages. */
  page: number;
  /** Index of the text run on that page, as the text layer numbers its spans. */
  item: number;
  start: number;
  end: number;
}

/** Case and accents do not matter, so "requisition" finds "Réquisition". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/**
 * Every occurrence of `query` in the pages' text runs, in reading order. Offsets are in the
 * run's own text: folding removes combining marks only, so runs with them are mapped back.
 */
export function findMatches(pages: readonly (readonly string[])[], query: string): TextMatch[] {
  const needle = foldForSearch(query.trim());
  if (needle === '') return [];
  const matches: TextMatch[] = [];
  pages.forEach((items, pageIndex) => {
    items.forEach((text, item) => {
      const { folded, origin } = foldWithOrigin(text);
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        matches.push({
          page: pageIndex + 1,
          item,
          start: origin[at] ?? 0,
          end: origin[at + needle.length] ?? text.length,
        });
      }
    });
  });
  return matches;
}

/** The folded text and, for each folded position, the position in the original it came from. */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const part = foldForSearch(char);
    for (let i = 0; i < part.length; i += 1) origin.push(offset);
    folded += part;
    offset += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}
