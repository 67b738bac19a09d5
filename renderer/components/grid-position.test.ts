import { describe, expect, it } from 'vitest';
import { clampPosition, followCase, moveInGrid } from './grid-position';

describe('moveInGrid', () => {
  const at = { row: 3, col: 2 };

  it('moves a row with the arrows and with j and k, keeping the column', () => {
    expect(moveInGrid(at, 'ArrowDown', false, 10, 8)).toEqual({ row: 4, col: 2 });
    expect(moveInGrid(at, 'j', false, 10, 8)).toEqual({ row: 4, col: 2 });
    expect(moveInGrid(at, 'ArrowUp', false, 10, 8)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid(at, 'k', false, 10, 8)).toEqual({ row: 2, col: 2 });
  });

  it('stops at the header and at the last case', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', false, 10, 8)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 10, col: 0 }, 'j', false, 10, 8)).toEqual({ row: 10, col: 0 });
    expect(moveInGrid(at, 'PageDown', false, 10, 8)).toEqual({ row: 10, col: 2 });
    expect(moveInGrid(at, 'PageUp', false, 10, 8)).toEqual({ row: 0, col: 2 });
  });

  it('moves along a row, and to its ends or the grid’s with Ctrl', () => {
    expect(moveInGrid(at, 'ArrowRight', false, 10, 8)).toEqual({ row: 3, col: 3 });
    expect(moveInGrid({ row: 3, col: 7 }, 'ArrowRight', false, 10, 8)).toEqual({ row: 3, col: 7 });
    expect(moveInGrid({ row: 3, col: 0 }, 'ArrowLeft', false, 10, 8)).toEqual({ row: 3, col: 0 });
    expect(moveInGrid(at, 'Home', false, 10, 8)).toEqual({ row: 3, col: 0 });
    expect(moveInGrid(at, 'End', false, 10, 8)).toEqual({ row: 3, col: 7 });
    expect(moveInGrid(at, 'Home', true, 10, 8)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(at, 'End', true, 10, 8)).toEqual({ row: 10, col: 7 });
  });

  it('leaves other keys alone', () => {
    expect(moveInGrid(at, 'Enter', false, 10, 8)).toBeNull();
    expect(moveInGrid(at, 'x', false, 10, 8)).toBeNull();
  });
});

describe('clampPosition', () => {
  it('keeps the stop on a row that still exists', () => {
    expect(clampPosition({ row: 9, col: 2 }, 4, 8)).toEqual({ row: 4, col: 2 });
    expect(clampPosition({ row: 2, col: 2 }, 0, 8)).toEqual({ row: 0, col: 2 });
  });
});

describe('followCase', () => {
  const rows = [{ id: 'b' }, { id: 'a' }, { id: 'c' }];

  it('moves the stop with its case when rows move', () => {
    expect(followCase({ row: 1, col: 3, caseId: 'a' }, rows)).toEqual({ row: 2, col: 3 });
    expect(followCase({ row: 2, col: 3, caseId: 'a' }, rows)).toEqual({
      row: 2,
      col: 3,
      caseId: 'a',
    });
  });

  it('keeps the row of a case that left the list, and the header as it is', () => {
    expect(followCase({ row: 2, col: 1, caseId: 'gone' }, rows)).toEqual({
      row: 2,
      col: 1,
      caseId: 'gone',
    });
    expect(followCase({ row: 0, col: 1 }, rows)).toEqual({ row: 0, col: 1 });
  });
});
