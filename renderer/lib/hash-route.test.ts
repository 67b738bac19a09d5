import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, type AppRoute } from './hash-route';

describe('hash routes', () => {
  it('round-trips every screen', () => {
    const routes: AppRoute[] = [
      { screen: 'queue' },
      { screen: 'case', caseId: '7f1c2d3e-0000-4000-8000-000000000001' },
      { screen: 'intake' },
      { screen: 'approvals' },
      { screen: 'approval', caseId: 'a/b' },
      { screen: 'users' },
      { screen: 'queue', params: 'view=mine&status=received,returned&q=%2B33+6' },
      { screen: 'approvals', params: 'sort=overrideCount:desc' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('falls back to home for an empty or unknown hash', () => {
    expect(parseHash('')).toEqual({ screen: 'home' });
    expect(parseHash('#/nowhere')).toEqual({ screen: 'home' });
    expect(parseHash('#/cases/')).toEqual({ screen: 'queue' });
  });
});
