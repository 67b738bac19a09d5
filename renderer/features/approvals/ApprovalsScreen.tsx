import { ApprovalCase } from './ApprovalCase';
import { ApprovalInbox } from './ApprovalInbox';

export function ApprovalsScreen({ caseId }: { caseId?: string }) {
  return caseId ? <ApprovalCase caseId={caseId} /> : <ApprovalInbox />;
}
