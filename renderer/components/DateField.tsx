import { TextField } from './TextField';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** A date and time (the default), or a calendar date alone. */
  withTime?: boolean;
  className?: string;
}

/**
 * A date typed the way the app shows it, day first ("30 Nov 2026 09:14"): a native date
 * picker would show the operating system's order, which is the US one on many workstations.
 */
export function DateField({ withTime = true, ...field }: DateFieldProps) {
  const hint = withTime
    ? `Day, month, year and time, such as 30 Nov 2026 09:14 (${ZONE} time)`
    : 'Day, month and year, such as 30 Nov 2026';
  return <TextField {...field} hint={hint} autoComplete="off" spellCheck={false} />;
}
