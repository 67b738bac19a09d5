import type { TimeWindow } from '../../../shared/order';

interface NarrowWindowProps {
  /** "IP addresses of @name", for the inputs' labels. */
  name: string;
  orderWindow: TimeWindow;
  /** The reviewer's narrower window; absent, the order's applies. */
  window: TimeWindow | undefined;
  disabled: boolean;
  onChange: (window: TimeWindow | undefined) => void;
}

/** "2026-02-01T00:00" in UTC, as a datetime-local input holds it. */
const toInput = (iso: string) => new Date(iso).toISOString().slice(0, 16);
const fromInput = (value: string) => `${value}:00Z`;

/**
 * The window of IP addresses to release for one target: the order's, or a narrower one within
 * it. The inputs cannot go outside the order's window, and the service refuses it if they do.
 */
export function NarrowWindow({ name, orderWindow, window, disabled, onChange }: NarrowWindowProps) {
  const current = window ?? orderWindow;
  const set = (patch: Partial<TimeWindow>) => {
    const next = { ...current, ...patch };
    const same = next.from === orderWindow.from && next.to === orderWindow.to;
    onChange(same ? undefined : next);
  };
  const input = (end: 'from' | 'to', label: string, description: string) => (
    <label>
      {label}
      <input
        type="datetime-local"
        aria-label={`${description} for ${name}`}
        value={toInput(current[end])}
        min={toInput(orderWindow.from)}
        max={toInput(orderWindow.to)}
        disabled={disabled}
        onChange={(e) => e.target.value && set({ [end]: fromInput(e.target.value) })}
      />
    </label>
  );
  return (
    <div className="narrow-window">
      {input('from', 'From (UTC)', 'Window start')}
      {input('to', 'To (UTC)', 'Window end')}
      {window && <p className="muted">Narrowed within the order’s window.</p>}
    </div>
  );
}
