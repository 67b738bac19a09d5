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
  const min = toInput(orderWindow.from);
  const max = toInput(orderWindow.to);
  return (
    <div className="narrow-window">
      <label>
        From (UTC)
        <input
          type="datetime-local"
          aria-label={`Window start for ${name}`}
          value={toInput(current.from)}
          min={min}
          max={max}
          disabled={disabled}
          onChange={(e) => e.target.value && set({ from: fromInput(e.target.value) })}
        />
      </label>
      <label>
        To (UTC)
        <input
          type="datetime-local"
          aria-label={`Window end for ${name}`}
          value={toInput(current.to)}
          min={min}
          max={max}
          disabled={disabled}
          onChange={(e) => e.target.value && set({ to: fromInput(e.target.value) })}
        />
      </label>
      {window && <p className="muted">Narrowed within the order’s window.</p>}
    </div>
  );
}
