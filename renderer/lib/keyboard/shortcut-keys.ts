/**
 * The desk's keyboard shortcuts, as the `?` dialog lists them. Single letters act only when the
 * user is not typing, so a reviewer writing a justification never triggers one.
 */
export type ShortcutId =
  | 'next'
  | 'previous'
  | 'open'
  | 'search'
  | 'go-queue'
  | 'go-approvals'
  | 'confirm-checks'
  | 'sign-off'
  | 'help';

export interface ShortcutDescription {
  id: ShortcutId;
  /** The keys as pressed, one after the other: `['g', 'q']`. */
  keys: readonly string[];
  description: string;
}

export const SHORTCUTS: readonly ShortcutDescription[] = [
  { id: 'next', keys: ['j'], description: 'Next case in the queue' },
  { id: 'previous', keys: ['k'], description: 'Previous case in the queue' },
  { id: 'open', keys: ['Enter'], description: 'Open the case in focus' },
  { id: 'search', keys: ['/'], description: 'Search the queue' },
  { id: 'go-queue', keys: ['g', 'q'], description: 'Go to the queue' },
  { id: 'go-approvals', keys: ['g', 'a'], description: 'Go to approvals' },
  {
    id: 'confirm-checks',
    keys: ['c'],
    description: 'Confirm every check the policy engine passed',
  },
  { id: 'sign-off', keys: ['s'], description: 'Sign off the case' },
  { id: 'help', keys: ['?'], description: 'Show these shortcuts' },
];

/**
 * The value for `aria-keyshortcuts`, so assistive technology can announce the key too. That
 * attribute cannot express a sequence (a space separates alternatives), so `g q` has none.
 */
export function ariaKeys(id: ShortcutId): string | undefined {
  const shortcut = SHORTCUTS.find((s) => s.id === id);
  return shortcut?.keys.length === 1 ? shortcut.keys[0] : undefined;
}

/** The keys a sequence may start with that are not shortcuts of their own. */
const PREFIXES = new Set(SHORTCUTS.filter((s) => s.keys.length > 1).map((s) => s.keys[0]!));

export type SequenceStep =
  { kind: 'shortcut'; id: ShortcutId } | { kind: 'prefix'; key: string } | { kind: 'none' };

/**
 * Turns one key press into a shortcut, given the prefix pressed before it (`g`, or null).
 * Enter is absent on purpose: it is the browser's own key for following a link or pressing a
 * button, and the queue's grid gives it the meaning "open".
 */
export function stepShortcut(prefix: string | null, key: string): SequenceStep {
  if (prefix !== null) {
    const match = SHORTCUTS.find(
      (s) => s.keys.length === 2 && s.keys[0] === prefix && s.keys[1] === key,
    );
    return match ? { kind: 'shortcut', id: match.id } : { kind: 'none' };
  }
  if (PREFIXES.has(key)) return { kind: 'prefix', key };
  const match = SHORTCUTS.find((s) => s.keys.length === 1 && s.keys[0] === key && key !== 'Enter');
  return match ? { kind: 'shortcut', id: match.id } : { kind: 'none' };
}

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether a key press at this element is someone typing, which no shortcut may take. */
export function isTypingInto(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    return !NON_TEXT_INPUTS.has(type);
  }
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
