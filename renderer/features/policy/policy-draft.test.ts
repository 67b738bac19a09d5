import { describe, expect, it } from 'vitest';
import { seedPolicyRecord } from '../../lib/testing/policy-fixture';
import {
  appendAt,
  checkDraft,
  draftOf,
  draftText,
  formCanShow,
  getIn,
  nextVersionLabel,
  readDraftText,
  removeAt,
  setIn,
} from './policy-draft';

const record = seedPolicyRecord();
const TODAY = '2026-11-28';

describe('the policy editor draft', () => {
  it('accepts the current version under a new label', () => {
    const checked = checkDraft(draftOf(record, TODAY, TODAY), record.version, TODAY);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.policy.version).toBe(TODAY);
  });

  it('changes one field without touching the version it came from', () => {
    const draft = draftOf(record, TODAY, TODAY);
    const changed = setIn(draft, ['authorityDirectory', 'entries', 0, 'name'], 'Another name');
    expect(getIn(changed, ['authorityDirectory', 'entries', 0, 'name'])).toBe('Another name');
    expect(record.authorityDirectory.entries[0]?.name).not.toBe('Another name');
    expect(getIn(draft, ['authorityDirectory', 'entries', 0, 'name'])).toBe(
      record.authorityDirectory.entries[0]?.name,
    );
    const withoutNote = setIn(setIn(draft, ['policy', 'note'], 'x'), ['policy', 'note'], undefined);
    expect('note' in withoutNote.policy).toBe(false);
    const count = record.authorityDirectory.entries.length;
    const longer = appendAt(draft, ['authorityDirectory', 'entries'], { id: 'new' });
    expect(getIn(longer, ['authorityDirectory', 'entries', count, 'id'])).toBe('new');
    const shorter = removeAt(longer, ['authorityDirectory', 'entries'], 0);
    expect((getIn(shorter, ['authorityDirectory', 'entries']) as unknown[]).length).toBe(count);
  });

  it('names the field path of each problem, and refuses a day that has passed', () => {
    let draft = draftOf(record, TODAY, '2026-11-27');
    draft = setIn(draft, ['authorityDirectory', 'entries', 0, 'contact', 'phone'], '12');
    draft = setIn(draft, ['policy', 'jurisdictions', 0, 'id'], '');
    const checked = checkDraft(draft, record.version, TODAY);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.issues.map((i) => i.path).sort()).toEqual([
        'authorityDirectory.entries.0.contact.phone',
        'policy.effectiveFrom',
        'policy.jurisdictions.0.id',
      ]);
      // Worded for a lawyer: no library wording.
      expect(checked.issues.map((i) => i.message).join(' ')).not.toMatch(
        /Invalid input|Too small|regex|string/,
      );
    }
  });

  it('reads the advanced view’s text back, or says what is wrong with it in words', () => {
    const draft = draftOf(record, TODAY, TODAY);
    const read = readDraftText(draftText(draft));
    expect(read).toEqual({ ok: true, draft });
    const broken = readDraftText('{"policy": ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).not.toMatch(/JSON|token|position/);
    expect(readDraftText('[1]').ok).toBe(false);
    expect(formCanShow(draft)).toBe(true);
    expect(formCanShow(setIn(draft, ['policy', 'jurisdictions'], 'none'))).toBe(false);
  });

  it('suggests a label not used before', () => {
    expect(nextVersionLabel('2026-11-28', ['2018'])).toBe('2026-11-28');
    expect(nextVersionLabel('2026-11-28', ['2026-11-28', '2026-11-28.2'])).toBe('2026-11-28.3');
  });
});
