import { describe, expect, it } from 'vitest';
import {
  deriveNotifications,
  snapshotOf,
  type NotificationCase,
  type Viewer,
} from './derive-notifications';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const rita: Viewer = { id: 'rita', role: 'reviewer' };
const sam: Viewer = { id: 'sam', role: 'supervisor' };

function aCase(overrides: Partial<NotificationCase> = {}): NotificationCase {
  return {
    id: 'c1',
    reference: 'PR-1',
    authorityName: 'Tribunal judiciaire de Paris',
    status: 'received',
    emergency: false,
    dueAt: '2026-12-10T12:00:00Z',
    assigneeId: null,
    version: 1,
    ...overrides,
  };
}

const keys = (...args: Parameters<typeof deriveNotifications>) =>
  deriveNotifications(...args).map((n) => n.key);

describe('deriveNotifications', () => {
  it('tells of an emergency that arrives, not of those there at sign-in', () => {
    const urgent = aCase({ emergency: true });
    expect(keys(null, [urgent], rita, NOW, new Set())).toEqual([]);
    expect(keys(new Map(), [urgent], rita, NOW, new Set())).toEqual(['emergency:c1']);
    expect(keys(snapshotOf([urgent]), [urgent], rita, NOW, new Set())).toEqual([]);
  });

  it('says each thing once', () => {
    const urgent = aCase({ emergency: true });
    expect(keys(new Map(), [urgent], rita, NOW, new Set(['emergency:c1']))).toEqual([]);
  });

  it('tells the holder, and only the holder, of a case due within 24 hours', () => {
    const soon = aCase({ assigneeId: 'rita', status: 'in_review', dueAt: '2026-12-01T08:00:00Z' });
    expect(keys(null, [soon], rita, NOW, new Set())).toEqual(['due:c1:2026-12-01T08:00:00Z']);
    expect(keys(null, [soon], { id: 'remy', role: 'reviewer' }, NOW, new Set())).toEqual([]);
    const overdue = { ...soon, dueAt: '2026-11-29T08:00:00Z' };
    expect(keys(null, [overdue], rita, NOW, new Set())).toEqual([]);
  });

  it('tells the reviewer a case came back to them, once per return', () => {
    const signed = aCase({ assigneeId: 'rita', status: 'signed_off', version: 5 });
    const returned = { ...signed, status: 'returned' as const, version: 6 };
    expect(keys(snapshotOf([signed]), [returned], rita, NOW, new Set())).toEqual(['returned:c1:6']);
    expect(keys(snapshotOf([returned]), [returned], rita, NOW, new Set())).toEqual([]);
    // The supervisor who returned it is not told of their own action.
    expect(keys(snapshotOf([signed]), [returned], sam, NOW, new Set())).toEqual([]);
  });

  it('tells a supervisor of a new sign-off, but not of their own', () => {
    const inReview = aCase({ assigneeId: 'rita', status: 'in_review', version: 3 });
    const signed = { ...inReview, status: 'signed_off' as const, version: 4 };
    expect(keys(snapshotOf([inReview]), [signed], sam, NOW, new Set())).toEqual(['approval:c1:4']);
    expect(keys(snapshotOf([inReview]), [signed], rita, NOW, new Set())).toEqual([]);
    const own = { ...signed, assigneeId: 'sam' };
    expect(keys(snapshotOf([inReview]), [own], sam, NOW, new Set())).toEqual([]);
    expect(keys(null, [signed], sam, NOW, new Set())).toEqual([]);
  });
});
