/**
 * The task pane's entry. office.js is loaded by taskpane.html from Office's CDN; if it could not be
 * loaded (offline, blocked) the pane still renders and says so. In a plain browser Office.onReady
 * gives host null and the pane works on the case alone ("Ladda ner .docx").
 * zod is not loaded here: the chunks that need it load ./zodConfig first (the pane's CSP forbids eval).
 * boot.js (plain ES5, before this bundle) shows a Swedish message if the bundle cannot run or does
 * not start; `window.__tuStarted` tells it that the pane started.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hostMode, type HostMode } from './state/host';
import { mark } from './perf';

// Marks for the bench's first-render measure (bench/pane.ts): bundle running, Office ready, rendered.
mark('tu:bundle');
let started = false;

const boot = window as unknown as { __tuStarted?: boolean; __tuUnsupported?: boolean };

function start(mode: HostMode): void {
  if (started || boot.__tuUnsupported) return;
  started = true;
  boot.__tuStarted = true;
  document.getElementById('tu-boot-message')?.remove();
  const root = document.getElementById('root');
  if (!root) return;
  mark('tu:office-ready');
  createRoot(root).render(<App mode={mode} />);
}

const officeLoaded = typeof Office !== 'undefined' && typeof Office.onReady === 'function';
if (!officeLoaded) {
  start('no-office');
} else {
  // Office.onReady resolves at once outside Office; inside Word once the host has answered.
  const fallback = window.setTimeout(() => start('browser'), 10_000);
  Office.onReady()
    .then((info) => {
      window.clearTimeout(fallback);
      start(hostMode(true, (info?.host as unknown as string | null | undefined) ?? null));
    })
    .catch(() => {
      window.clearTimeout(fallback);
      start('no-office');
    });
}
