import { describe, expect, it } from 'vitest';
import { caseKeys, sessionKeys, setupKeys, userKeys } from './query-keys';

function startsWith(key: readonly unknown[], prefix: readonly unknown[]): boolean {
  return prefix.every((part, i) => JSON.stringify(key[i]) === JSON.stringify(part));
}

describe('caseKeys', () => {
  it('nests all → lists → list(filter), so invalidating lists reaches every list', () => {
    const list = caseKeys.list({ status: 'signed_off' });
    expect(startsWith(list, caseKeys.lists())).toBe(true);
    expect(startsWith(caseKeys.lists(), caseKeys.all)).toBe(true);
    expect(list).toEqual(['cases', 'list', { status: 'signed_off' }]);
  });

  it('keeps details apart from lists', () => {
    const detail = caseKeys.detail('c-1');
    expect(detail).toEqual(['cases', 'detail', 'c-1']);
    expect(startsWith(detail, caseKeys.details())).toBe(true);
    expect(startsWith(detail, caseKeys.lists())).toBe(false);
  });

  it('gives different filters different keys', () => {
    expect(caseKeys.list({})).not.toEqual(caseKeys.list({ status: 'received' }));
  });
});

describe('other key factories', () => {
  it('do not collide with the case keys', () => {
    const roots = [caseKeys.all, sessionKeys.all, setupKeys.all, userKeys.all].map((k) => k[0]);
    expect(new Set(roots).size).toBe(roots.length);
    expect(startsWith(sessionKeys.current(), sessionKeys.all)).toBe(true);
    expect(startsWith(userKeys.lists(), userKeys.all)).toBe(true);
    expect(startsWith(setupKeys.status(), setupKeys.all)).toBe(true);
  });
});
