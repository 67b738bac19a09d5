import { useEffect, useRef } from 'react';
import type { Role } from '../../shared/roles';
import { navigate, type AppRoute } from '../lib/hash-route';
import { isTypingInto, stepShortcut, type ShortcutId } from '../lib/keyboard/shortcut-keys';
import { runShortcut } from '../lib/keyboard/shortcut-registry';
import { isAllowed } from './navigation';
import { focusAfterNextNavigation } from './use-focus-on-navigation';
import { focusWhenReady } from '../lib/focus';

/** A `g` waits this long for its second key. */
const SEQUENCE_MS = 1500;

const searchField = () => document.querySelector<HTMLElement>('main input[type="search"]');

/**
 * The keyboard shortcuts: navigation and search here, the rest offered by the screen in view
 * (see useShortcut). No shortcut acts while the user types, holds a modifier, or has a dialog
 * open, so a password or a justification is never taken for a command.
 */
export function useGlobalShortcuts(role: Role, route: AppRoute, openHelp: () => void): void {
  const prefix = useRef<{ key: string; at: number } | null>(null);
  const current = useRef({ role, route, openHelp });
  useEffect(() => {
    current.current = { role, route, openHelp };
  });

  useEffect(() => {
    const go = (target: AppRoute, then?: () => HTMLElement | null) => {
      if (!isAllowed(current.current.role, target)) return false;
      if (current.current.route.screen === target.screen) {
        if (then) focusWhenReady(then);
        return true;
      }
      if (then) focusAfterNextNavigation(then);
      navigate(target);
      return true;
    };
    const act = (id: ShortcutId): boolean => {
      switch (id) {
        case 'help':
          current.current.openHelp();
          return true;
        case 'go-queue':
          return go({ screen: 'queue' });
        case 'go-approvals':
          return go({ screen: 'approvals' });
        case 'search':
          return runShortcut('search') || go({ screen: 'queue' }, searchField);
        default:
          return runShortcut(id);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingInto(event.target instanceof Element ? event.target : null)) return;
      if (document.querySelector('dialog[open]')) return;
      const pending = prefix.current;
      const live = pending && event.timeStamp - pending.at < SEQUENCE_MS ? pending.key : null;
      prefix.current = null;
      const step = stepShortcut(live, event.key);
      if (step.kind === 'prefix') {
        prefix.current = { key: step.key, at: event.timeStamp };
        return;
      }
      if (step.kind === 'shortcut' && act(step.id)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
