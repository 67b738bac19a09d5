import type { MutationName } from '../../shared/mutations';

export const MUTATION_LABELS: Record<MutationName, string> = {
  'case.startReview': 'Start review',
  'case.saveReview': 'Save review',
  'case.requestInformation': 'Request information',
  'case.resumeReview': 'Resume review',
  'case.signOff': 'Sign off',
  'case.recordVerification': 'Record call-back',
  'case.approve': 'Approve',
  'case.return': 'Return to reviewer',
  'case.reopen': 'Reopen for review',
  'case.recordDisclosure': 'Record delivery',
  'case.recordRefusal': 'Record refusal',
  'case.close': 'Close case',
  'case.claim': 'Claim case',
  'case.release': 'Release case',
  'case.assign': 'Assign case',
  'case.extendPreservation': 'Extend preservation',
  'case.linkProduction': 'Link production order',
  'case.closePreservation': 'Close expired preservation',
};
