import type { Role } from '../../shared/roles';
import type { AppRoute } from '../lib/hash-route';

export interface NavItem {
  label: string;
  route: AppRoute;
  /** Screens that count as this item, for marking the current one. */
  screens: readonly AppRoute['screen'][];
}

const QUEUE: NavItem = { label: 'Queue', route: { screen: 'queue' }, screens: ['queue', 'case'] };
const INTAKE: NavItem = { label: 'Import order', route: { screen: 'intake' }, screens: ['intake'] };
const APPROVALS: NavItem = {
  label: 'Approvals',
  route: { screen: 'approvals' },
  screens: ['approvals', 'approval'],
};
const USERS: NavItem = { label: 'Users', route: { screen: 'users' }, screens: ['users'] };
// Every role may read the policy; only admins see the editor on it.
const POLICY: NavItem = { label: 'Policy', route: { screen: 'policy' }, screens: ['policy'] };

const AUDIT: NavItem = { label: 'Audit', route: { screen: 'audit' }, screens: ['audit'] };
const REPORTS: NavItem = { label: 'Reports', route: { screen: 'reports' }, screens: ['reports'] };

export const NAVIGATION: Record<Role, readonly NavItem[]> = {
  reviewer: [QUEUE, INTAKE, POLICY],
  supervisor: [QUEUE, INTAKE, APPROVALS, REPORTS, POLICY],
  admin: [USERS, POLICY],
  auditor: [AUDIT, REPORTS, POLICY],
};

/** Where each role starts after signing in: supervisors at what awaits their approval. */
export function homeRoute(role: Role): AppRoute | undefined {
  if (role === 'supervisor') return APPROVALS.route;
  return NAVIGATION[role][0]?.route;
}

/** Roles that handle cases keep a mirror of them on the workstation. */
export function handlesCases(role: Role): boolean {
  return role === 'reviewer' || role === 'supervisor';
}

export function isAllowed(role: Role, route: AppRoute): boolean {
  // Everyone manages their own password and sessions, from the menu under their name.
  if (route.screen === 'account') return true;
  return NAVIGATION[role].some((item) => item.screens.includes(route.screen));
}
