/**
 * The task pane's entry. office.js is loaded by taskpane.html from Office's CDN; if it could not be
 * loaded (offline, blocked) the pane still renders and says so. In a plain browser Office.onReady
 * gives host null and the pane works on the case alone ("Ladda ner .docx").
 */
import './zodConfig'; // must stay first: no eval under the CSP
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hostMode, type HostMode } from './state/host';

let started = false;

function start(mode: HostMode): void {
  if (started) return;
  started = true;
  const root = document.getElementById('root');
  if (!root) return;
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
