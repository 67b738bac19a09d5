import { useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import { caseJudgement, type CaseJudgement } from './case-judgement';
import { useCurrentPolicy } from './current-policy-query';

/** The engine's verdict on a case, judged on this workstation from the cached policy. */
export function useCaseJudgement(detail: CaseDetail): CaseJudgement | undefined {
  const policy = useCurrentPolicy();
  // One instant per screen: deadlines must not flicker between renders.
  const [now] = useState(() => new Date());
  return caseJudgement(detail, policy.data, now);
}
