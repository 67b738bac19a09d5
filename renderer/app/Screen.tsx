import type { Role } from '../../shared/roles';
import { AccountScreen } from '../features/account/AccountScreen';
import { ApprovalsScreen } from '../features/approvals/ApprovalsScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { QueueScreen } from '../features/queue/QueueScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { PolicyScreen } from '../features/policy/PolicyScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { UsersScreen } from '../features/users/UsersScreen';
import type { AppRoute } from '../lib/hash-route';
import { homeRoute, isAllowed, NAVIGATION } from './navigation';

function NothingHere({ role }: { role: Role }) {
  return (
    <main className="page">
      <h1>Nothing to show</h1>
      <p>
        {NAVIGATION[role].length === 0
          ? 'Your role has no screens in this version of the desk yet.'
          : 'This screen is not available to your role. Choose one from the navigation.'}
      </p>
    </main>
  );
}

export function Screen({ route, role }: { route: AppRoute; role: Role }) {
  const effective = route.screen === 'home' ? homeRoute(role) : route;
  if (!effective || !isAllowed(role, effective)) return <NothingHere role={role} />;
  switch (effective.screen) {
    case 'queue':
      return <QueueScreen />;
    case 'case':
      return <ReviewScreen key={effective.caseId} caseId={effective.caseId} />;
    case 'intake':
      return <IntakeScreen />;
    case 'approvals':
      return <ApprovalsScreen />;
    case 'approval':
      return <ApprovalsScreen key={effective.caseId} caseId={effective.caseId} />;
    case 'users':
      return <UsersScreen />;
    case 'policy':
      return <PolicyScreen role={role} />;
    case 'audit':
      return <AuditScreen />;
    case 'reports':
      return <ReportsScreen role={role} />;
    case 'account':
      return <AccountScreen />;
    default:
      return <NothingHere role={role} />;
  }
}
