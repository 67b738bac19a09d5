import { useEffect } from 'react';

/**
 * A dialog gives focus back to what opened it when it closes (Esc, Cancel, or done), unless
 * something else took focus on purpose meanwhile. Without this, removing the dialog would drop
 * focus to the top of the page.
 */
export function useReturnFocus(): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && opener?.isConnected) opener.focus();
      });
    };
  }, []);
}
