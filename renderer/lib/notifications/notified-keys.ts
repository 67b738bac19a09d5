/** How many keys are kept: enough for a long day's events, bounded so storage never grows. */
const KEEP = 500;

function storageKey(userId: string): string {
  return `desk.notified.${userId}`;
}

/** What this user was already told on this workstation, so nothing is said twice. */
export function loadNotifiedKeys(userId: string): Set<string> {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(parsed) ? parsed.filter((k) => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberNotified(userId: string, keys: readonly string[]): void {
  if (keys.length === 0) return;
  const all = [...loadNotifiedKeys(userId), ...keys].slice(-KEEP);
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(all));
  } catch {
    // A full or blocked storage only means a notification may be repeated.
  }
}
