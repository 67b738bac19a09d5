import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerShellWorker } from './lib/shell-worker';
import { applyTheme, storedTheme } from './lib/theme';
import './styles/app.css';

// Before the first paint, so a dark choice does not flash white.
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerShellWorker();
