import { describe, expect, it } from 'vitest';
import { sameSummary } from './same-summary';
import { summary } from './testing/case-fixtures';

describe('sameSummary', () => {
  it('takes a field left out for one left undefined, and compares lists item by item', () => {
    const row = summary({ searchTerms: ['paris', '+33612345678'] });
    expect(
      sameSummary(row, { ...row, kind: undefined, searchTerms: ['paris', '+33612345678'] }),
    ).toBe(true);
    expect(sameSummary(row, { ...row, searchTerms: ['paris'] })).toBe(false);
    expect(sameSummary(row, { ...row, searchTerms: ['+33612345678', 'paris'] })).toBe(false);
    expect(sameSummary(row, { ...row, version: row.version + 1 })).toBe(false);
    expect(sameSummary(row, { ...row, assigneeName: 'Remy Reviewer' })).toBe(false);
    expect(sameSummary(row, { ...row, kind: 'production' })).toBe(false);
  });
});
