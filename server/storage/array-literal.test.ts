import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './array-literal';

describe('arrayLiteral', () => {
  it('quotes every element, so one that would break an unquoted literal stays one element', () => {
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral(['received', 'in_review'])).toBe('{"received","in_review"}');
    expect(arrayLiteral(['a,b', '{c}', '', ' d ', 'NULL'])).toBe('{"a,b","{c}",""," d ","NULL"}');
    expect(arrayLiteral(['say "no"', 'back\\slash'])).toBe('{"say \\"no\\"","back\\\\slash"}');
  });
});
