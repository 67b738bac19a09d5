import { describe, expect, it } from 'vitest';
import { ariaKeys, isTypingInto, stepShortcut } from './shortcut-keys';

function element(tag: string, attributes: Record<string, string> = {}): Element {
  return {
    tagName: tag.toUpperCase(),
    getAttribute: (name: string) => attributes[name] ?? null,
  } as unknown as Element;
}

describe('stepShortcut', () => {
  it('maps single keys to their shortcut', () => {
    expect(stepShortcut(null, 'j')).toEqual({ kind: 'shortcut', id: 'next' });
    expect(stepShortcut(null, 'k')).toEqual({ kind: 'shortcut', id: 'previous' });
    expect(stepShortcut(null, '/')).toEqual({ kind: 'shortcut', id: 'search' });
    expect(stepShortcut(null, 'c')).toEqual({ kind: 'shortcut', id: 'confirm-checks' });
    expect(stepShortcut(null, 's')).toEqual({ kind: 'shortcut', id: 'sign-off' });
    expect(stepShortcut(null, '?')).toEqual({ kind: 'shortcut', id: 'help' });
  });

  it('reads g q and g a as two-key sequences', () => {
    expect(stepShortcut(null, 'g')).toEqual({ kind: 'prefix', key: 'g' });
    expect(stepShortcut('g', 'q')).toEqual({ kind: 'shortcut', id: 'go-queue' });
    expect(stepShortcut('g', 'a')).toEqual({ kind: 'shortcut', id: 'go-approvals' });
    expect(stepShortcut('g', 'j')).toEqual({ kind: 'none' });
  });

  it('leaves Enter, capitals and other keys to the browser', () => {
    expect(stepShortcut(null, 'Enter')).toEqual({ kind: 'none' });
    expect(stepShortcut(null, 'J')).toEqual({ kind: 'none' });
    expect(stepShortcut(null, 'x')).toEqual({ kind: 'none' });
  });
});

describe('isTypingInto', () => {
  it('treats text fields, text areas, selects and editable content as typing', () => {
    expect(isTypingInto(element('input'))).toBe(true);
    expect(isTypingInto(element('input', { type: 'search' }))).toBe(true);
    expect(isTypingInto(element('input', { type: 'password' }))).toBe(true);
    expect(isTypingInto(element('textarea'))).toBe(true);
    expect(isTypingInto(element('select'))).toBe(true);
    expect(isTypingInto(element('div', { contenteditable: 'true' }))).toBe(true);
  });

  it('lets shortcuts act on buttons, links, radios and the page itself', () => {
    expect(isTypingInto(element('button'))).toBe(false);
    expect(isTypingInto(element('a'))).toBe(false);
    expect(isTypingInto(element('input', { type: 'radio' }))).toBe(false);
    expect(isTypingInto(element('div', { contenteditable: 'false' }))).toBe(false);
    expect(isTypingInto(null)).toBe(false);
  });
});

describe('ariaKeys', () => {
  it('names single keys, and no sequence, which the attribute cannot express', () => {
    expect(ariaKeys('go-queue')).toBeUndefined();
    expect(ariaKeys('sign-off')).toBe('s');
  });
});
