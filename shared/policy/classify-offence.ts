import type { Offence } from '../order';
import { normaliseForComparison } from '../visible-text';
import { readAsLatin } from './lookalike-letters';
import { findCategory, type OffenceCategory, type TosCatalog } from './tos-catalog';

export interface KeywordMatch {
  category: OffenceCategory;
  keywords: string[];
}

export interface OffenceClassification {
  /** The category that decides the offence, if one could be found. */
  category: OffenceCategory | undefined;
  classifiedBy: 'code' | 'keywords' | 'none';
  /** A code the order gave that the catalog does not know. */
  unknownCode: string | undefined;
  /** Every category whose keywords occur in the description, in catalog order. */
  keywordMatches: KeywordMatch[];
}

/**
 * The text as a reader sees it, in lower case without accents, so "Beleidigung",
 * "BELEIDIGUNG" and "beleidigung" compare equal, and so do spellings that only look the
 * same: other spaces, invisible characters, full-width or styled letters, letters of
 * another alphabet in a Latin word. An order that could hide a word from the catalog's
 * keywords could have protected speech judged as an ordinary offence.
 */
function fold(text: string): string {
  const unaccented = normaliseForComparison(text).normalize('NFD').replace(/\p{M}/gu, '');
  return readAsLatin(unaccented);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A catalogue's keywords are few and asked about for every order: each pattern is built once. */
const keywordPatterns = new Map<string, RegExp>();

function keywordPattern(keyword: string): RegExp {
  let pattern = keywordPatterns.get(keyword);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(keyword))}`, 'u');
    keywordPatterns.set(keyword, pattern);
  }
  return pattern;
}

function containsFoldedKeyword(folded: string, keyword: string): boolean {
  return keywordPattern(keyword).test(folded);
}

/** True when `keyword` starts a word in `text`: "terror" finds "terrorist", "scam" misses "unscammable". */
export function containsKeyword(text: string, keyword: string): boolean {
  return containsFoldedKeyword(fold(text), keyword);
}

export function matchKeywords(description: string, catalog: TosCatalog): KeywordMatch[] {
  const folded = fold(description);
  return catalog.categories.flatMap((category) => {
    const keywords = category.keywords.filter((k) => containsFoldedKeyword(folded, k));
    return keywords.length > 0 ? [{ category, keywords }] : [];
  });
}

/**
 * Maps an alleged offence to a catalog category: by the code the order or intake gave, else by
 * keywords in its description. A keyword match that includes protected speech wins over
 * violations, because an order that mixes both is exactly the one a reviewer must read.
 */
export function classifyOffence(offence: Offence, catalog: TosCatalog): OffenceClassification {
  const keywordMatches = matchKeywords(offence.description, catalog);
  if (offence.category !== undefined) {
    const category = findCategory(catalog, offence.category);
    return {
      category,
      classifiedBy: 'code',
      unknownCode: category ? undefined : offence.category,
      keywordMatches,
    };
  }
  const byStatus = (status: OffenceCategory['status']) =>
    keywordMatches.find((m) => m.category.status === status)?.category;
  const category =
    byStatus('protected_speech') ?? byStatus('violation') ?? byStatus('not_a_violation');
  return {
    category,
    classifiedBy: category ? 'keywords' : 'none',
    unknownCode: undefined,
    keywordMatches,
  };
}
