import { useTheme } from '../lib/theme';

export function ThemeToggle() {
  const { theme, toggle } = useTheme();
  return (
    <button type="button" aria-pressed={theme === 'dark'} onClick={toggle}>
      Dark mode
    </button>
  );
}
