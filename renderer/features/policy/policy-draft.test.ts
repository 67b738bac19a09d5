import { describe, expect, it } from 'vitest';
import { seedPolicyRecord } from '../../lib/testing/policy-fixture';
import {
  checkDraft,
  draftPolicy,
  draftText,
  nextVersionLabel,
  withJurisdiction,
  withVersionLabel,
} from './policy-draft';

const record = seedPolicyRecord();

describe('the policy editor draft', () => {
  it('accepts the current version under a new label', () => {
    const text = withVersionLabel(draftText(record), '2026-11-28', '2026-11-28');
    const checked = checkDraft(text, record.version);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.policy.version).toBe('2026-11-28');
  });

  it('names the field path of each problem', () => {
    const text = draftText(record).replace('"format": "disclosure-desk/policy@1"', '"format": 1');
    const checked = checkDraft(text.replace(/"updatedOn": "[^"]+"/, '"updatedOn": "soon"'), 'x');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.issues.map((i) => i.path).sort()).toEqual([
        'authorityDirectory.updatedOn',
        'policy.format',
      ]);
    }
  });

  it('says so when the text is not JSON', () => {
    const checked = checkDraft('{"policy": ', 'x');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues[0]?.path).toBe('(root)');
  });

  it('marks a jurisdiction not answered with a reason, and restores it', () => {
    const original = record.policy.jurisdictions.find((j) => j.country === 'FR');
    if (!original) throw new Error('the seed policy profiles France');
    const marked = withJurisdiction(draftText(record), 'FR', {
      notAnswered: true,
      reason: 'Suspended pending review.',
    });
    const fr = draftPolicy(marked)?.jurisdictions.find((j) => j.country === 'FR');
    expect(fr).toMatchObject({ status: 'not_answered', reason: 'Suspended pending review.' });
    expect(checkDraft(withVersionLabel(marked, 'v2', '2026-11-28'), record.version).ok).toBe(true);
    const restored = withJurisdiction(marked, 'FR', { notAnswered: false, restore: original });
    expect(draftPolicy(restored)?.jurisdictions.find((j) => j.country === 'FR')).toEqual(original);
  });

  it('suggests a label not used before', () => {
    expect(nextVersionLabel('2026-11-28', ['2018'])).toBe('2026-11-28');
    expect(nextVersionLabel('2026-11-28', ['2026-11-28', '2026-11-28.2'])).toBe('2026-11-28.3');
  });
});
