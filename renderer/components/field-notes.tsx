import type { ReactNode } from 'react';

/**
 * The hint and the error under a field, and the ids that tie them to the field so a screen
 * reader announces them with it.
 */
export function fieldNotes(
  id: string,
  hint: string | undefined,
  error: string | undefined,
): { describedBy: string | undefined; notes: ReactNode } {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return {
    describedBy: describedBy || undefined,
    notes: (
      <>
        {hint && (
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
        )}
        {error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </>
    ),
  };
}
