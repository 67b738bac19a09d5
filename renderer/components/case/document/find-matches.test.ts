import { describe, expect, it } from 'vitest';
import { findMatches } from './find-matches';

describe('findMatches', () => {
  const pages = [
    ['ORDONNANCE de réquisition', 'Juge d’instruction'],
    ['Vu la réquisition du parquet', 'réquisition, RÉQUISITION'],
  ];

  it('finds every occurrence in reading order, whatever the case and accents', () => {
    expect(findMatches(pages, 'requisition')).toEqual([
      { page: 1, item: 0, start: 14, end: 25 },
      { page: 2, item: 0, start: 6, end: 17 },
      { page: 2, item: 1, start: 0, end: 11 },
      { page: 2, item: 1, start: 13, end: 24 },
    ]);
  });

  it('maps offsets back to text written with combining accents', () => {
    const decomposed = 'Re\u0301quisition';
    expect(findMatches([[decomposed]], 'quisition')).toEqual([
      { page: 1, item: 0, start: 3, end: 12 },
    ]);
  });

  it('finds nothing for blank or absent text', () => {
    expect(findMatches(pages, '   ')).toEqual([]);
    expect(findMatches(pages, 'subpoena')).toEqual([]);
    expect(findMatches([], 'x')).toEqual([]);
  });
});
