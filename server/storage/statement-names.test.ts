import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatementNames } from './statement-names';

describe('StatementNames', () => {
  it('names a text on its second sighting and keeps that name', () => {
    const names = new StatementNames();
    expect(names.nameOf('SELECT $1')).toBeUndefined();
    const name = names.nameOf('SELECT $1');
    expect(name).toBeDefined();
    expect(names.nameOf('SELECT $1')).toBe(name);
    expect(names.nameOf('SELECT $2')).toBeUndefined();
  });

  it('names no more texts than its cap, and keeps those it named', () => {
    const names = new StatementNames(2);
    for (const sql of ['a', 'a', 'b', 'b']) names.nameOf(sql);
    expect(names.nameOf('c')).toBeUndefined();
    expect(names.nameOf('c')).toBeUndefined();
    expect(names.nameOf('a')).toBeDefined();
    expect(names.nameOf('b')).toBeDefined();
  });

  it('never gives one name to two texts, nor two names to one text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 200 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (texts, maxNames, maxSeenOnce) => {
          const names = new StatementNames(maxNames, maxSeenOnce);
          const textOf = new Map<string, string>();
          const nameOf = new Map<string, string>();
          for (const sql of texts) {
            const name = names.nameOf(sql);
            if (name === undefined) {
              expect(nameOf.has(sql)).toBe(false);
              continue;
            }
            expect(textOf.get(name) ?? sql).toBe(sql);
            expect(nameOf.get(sql) ?? name).toBe(name);
            textOf.set(name, sql);
            nameOf.set(sql, name);
          }
          expect(textOf.size).toBeLessThanOrEqual(maxNames);
        },
      ),
    );
  });
});
