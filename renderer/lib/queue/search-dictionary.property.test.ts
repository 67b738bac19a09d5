import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summary } from '../testing/case-fixtures';
import { SearchDictionary, TermPostingsBuilder } from './search-dictionary';

const WORDS = ['Paris', 'paris', 'München', 'fraud', 'ΟΔΟΣ', '+33612345678', 'x', ''];

const row = fc.record({
  reference: fc.stringMatching(/^[A-Z]{1,2}-[0-9]{1,2}$/),
  authorityName: fc.constantFrom(...WORDS),
  searchTerms: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
});

describe('TermPostingsBuilder', () => {
  it('lists each term with exactly the rows holding it, however its steps are cut', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.array(row, { maxLength: 10 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (drawn, others, rowsPerLook, outOfTime) => {
          const toRows = (fields: typeof drawn, prefix: string) =>
            fields.map((f, i) => summary({ ...f, id: `${prefix}-${i}` }));
          const rows = toRows(drawn, 'case');
          const laterRows = toRows(others, 'other');
          const dictionary = new SearchDictionary();
          const builder = new TermPostingsBuilder(dictionary, rows, rowsPerLook);
          // Between steps the queue reads other rows, whose terms the dictionary gains.
          let step = 0;
          let postings = builder.build(() => (outOfTime[step] ? 0 : 1));
          while (postings === undefined) {
            const other = laterRows[step % Math.max(1, laterRows.length)];
            if (other) dictionary.termsOf(other);
            step += 1;
            if (step > 10_000) throw new Error('the lists are never done');
            postings = builder.build(() => (outOfTime[step] ? 0 : 1));
          }

          for (let term = 0; term < dictionary.termCount; term++) {
            const holding = rows.flatMap((r, i) =>
              dictionary.termsOf(r).includes(term) ? [i] : [],
            );
            const listed =
              term < postings.termCount
                ? [...postings.rows.subarray(postings.starts[term]!, postings.starts[term + 1]!)]
                : [];
            expect(listed).toEqual(holding);
          }
          expect(builder.build(() => 0)).toEqual(postings);
        },
      ),
      { numRuns: 300 },
    );
  });
});
