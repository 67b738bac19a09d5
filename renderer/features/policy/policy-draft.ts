import type { FieldIssue } from '../../../shared/errors';
import { zodIssues } from '../../../shared/errors';
import type { JurisdictionProfile, PolicyVersion } from '../../../shared/policy';
import { NewPolicyVersion, type PolicyRecord } from '../../../shared/policy-record';

/** What the admin edits: the policy document and the directory, as one JSON text. */
export function draftText(record: PolicyRecord): string {
  return JSON.stringify(
    { policy: record.policy, authorityDirectory: record.authorityDirectory },
    null,
    2,
  );
}

export type DraftCheck =
  { ok: true; value: NewPolicyVersion } | { ok: false; issues: FieldIssue[] };

/** The edit checked with the schema the service uses, each problem named by its field path. */
export function checkDraft(text: string, basedOn: string): DraftCheck {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : 'the text is not JSON';
    return { ok: false, issues: [{ path: '(root)', message: `not valid JSON: ${message}` }] };
  }
  const parsed = NewPolicyVersion.safeParse(
    json !== null && typeof json === 'object' ? { ...json, basedOn } : json,
  );
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: zodIssues(parsed.error) };
}

/** The policy part of a draft, when the text is JSON shaped like one; structured edits need it. */
export function draftPolicy(text: string): PolicyVersion | undefined {
  try {
    const json = JSON.parse(text) as { policy?: PolicyVersion };
    return json.policy && Array.isArray(json.policy.jurisdictions) ? json.policy : undefined;
  } catch {
    return undefined;
  }
}

function replacePolicy(text: string, change: (policy: PolicyVersion) => PolicyVersion): string {
  const json = JSON.parse(text) as { policy: PolicyVersion };
  return JSON.stringify({ ...json, policy: change(json.policy) }, null, 2);
}

export function withVersionLabel(text: string, version: string, effectiveFrom: string): string {
  return replacePolicy(text, (p) => ({ ...p, version, effectiveFrom }));
}

/**
 * Marks a jurisdiction as not answered, with the reason a refusal letter will quote, or
 * changes the reason of one already not answered. `answered` restores the profile of the
 * version the edit started from.
 */
export function withJurisdiction(
  text: string,
  country: string,
  change:
    { notAnswered: true; reason: string } | { notAnswered: false; restore: JurisdictionProfile },
): string {
  return replacePolicy(text, (policy) => ({
    ...policy,
    jurisdictions: policy.jurisdictions.map((j): JurisdictionProfile => {
      if (j.country !== country) return j;
      if (!change.notAnswered) return change.restore;
      return j.status === 'not_answered'
        ? { ...j, reason: change.reason }
        : {
            status: 'not_answered',
            country: j.country,
            id: j.id,
            reason: change.reason,
            sources: [{ title: 'Platform internal policy: decision of the legal team' }],
          };
    }),
  }));
}

/** A label for the next version that no earlier one uses: today's date, then a suffix. */
export function nextVersionLabel(today: string, taken: readonly string[]): string {
  if (!taken.includes(today)) return today;
  for (let n = 2; ; n++) {
    const label = `${today}.${n}`;
    if (!taken.includes(label)) return label;
  }
}
