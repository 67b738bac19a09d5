import type { CaseJudgement } from '../../lib/policy/case-judgement';

/** Which policy version the verdicts on screen come from, and whether it is frozen. */
export function PolicyBasisNote({ judgement }: { judgement: CaseJudgement | undefined }) {
  if (!judgement) {
    return (
      <p className="notice notice-warning">
        The policy has not been loaded on this workstation, so the engine cannot judge this case
        yet.
      </p>
    );
  }
  return (
    <p className="muted policy-basis">
      {judgement.basis === 'decided'
        ? `Decided under policy version ${judgement.verdict.policyVersion}; later policy edits do not change this case.`
        : `Judged under policy version ${judgement.verdict.policyVersion}, the version in force; it is fixed at sign-off.`}
    </p>
  );
}
