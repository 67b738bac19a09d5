import { OwnFactorProofForm } from './OwnFactorProofForm';
import { RecoveryCodeList } from './RecoveryCodeList';
import { useRenewRecoveryCodes } from './use-second-factor';

/** A fresh set of recovery codes, shown once; the previous set stops working at once. */
export function RenewRecoveryCodes() {
  const renew = useRenewRecoveryCodes();

  if (renew.data) {
    return (
      <div className="second-factor-setup">
        <p className="notice notice-success" role="status">
          Your new recovery codes are ready. Your previous codes no longer work.
        </p>
        <p>
          Each code lets you sign in once without your phone. Print them or keep them somewhere
          safe: they are not shown again.
        </p>
        <RecoveryCodeList codes={renew.data.recoveryCodes} />
        <button type="button" className="primary" onClick={() => renew.reset()}>
          I have saved my new recovery codes
        </button>
      </div>
    );
  }

  return (
    <OwnFactorProofForm
      label="New recovery codes"
      submitLabel="Get new recovery codes"
      pendingLabel="Preparing…"
      codeHint="The six digits your app shows now. A recovery code cannot be used here."
      pending={renew.isPending}
      error={renew.error}
      onSubmit={(proof) => renew.mutate(proof)}
    >
      <h3>Recovery codes</h3>
      <p>
        Recovery codes let you sign in, once each, when you do not have your phone. Get a new set if
        you have used some of them, lost the sheet, or think someone else may have seen it. The new
        set replaces the old one completely: from that moment, none of your previous codes works,
        even those never used. The change is recorded in the audit trail.
      </p>
    </OwnFactorProofForm>
  );
}
