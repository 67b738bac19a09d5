import { useEffect, useRef } from 'react';
import type { ShortcutId } from './shortcut-keys';

type Handler = () => boolean | void;

/**
 * What each screen does for a shortcut now. The latest registration wins, so a screen that
 * mounts inside another (a dialog over a case) takes the key while it is there.
 */
const handlers = new Map<ShortcutId, Handler[]>();

/** Runs the screen's action for a shortcut; false when no screen offers it now. */
export function runShortcut(id: ShortcutId): boolean {
  const stack = handlers.get(id);
  const handler = stack?.[stack.length - 1];
  if (!handler) return false;
  return handler() !== false;
}

/**
 * Offers an action for a shortcut while the component is mounted and `enabled` holds. The
 * handler may return false to say it did nothing (the key then stays with the browser).
 */
export function useShortcut(id: ShortcutId, handler: Handler, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const entry: Handler = () => latest.current();
    const stack = handlers.get(id) ?? [];
    stack.push(entry);
    handlers.set(id, stack);
    return () => {
      const current = handlers.get(id) ?? [];
      handlers.set(
        id,
        current.filter((h) => h !== entry),
      );
    };
  }, [id, enabled]);
}
