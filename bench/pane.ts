/**
 * Section 4 of `npm run bench`: the task pane as a user first meets it.
 *  4a. the production bundle: JavaScript loaded before the first view (gzip), and each lazy chunk;
 *  4b. time from navigation to the first render in headless Chromium (median of the runs);
 *  4c. in a Word-like host (the strict fake of Word served in place of office.js, as in
 *      test/e2e/word-host), at 350 × 800 after loading the example: the pane's height, the Tab
 *      presses from the top of the page to "Infoga alla", and sideways scrolling at 270–500 px.
 * PANE_DIST=<dir> measures another build (default dist/, built first when older than src/).
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, newestMtime } from '../test/helpers/chromium';

type Table = (title: string, header: string[], rows: string[][]) => void;

const ROOT = path.join(__dirname, '..');
const DIST = process.env.PANE_DIST ? path.resolve(process.env.PANE_DIST) : path.join(ROOT, 'dist');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const HOST_ENTRY = path.join(ROOT, 'test/e2e/word-host/host.ts');

/** Targets of issue 14. */
export const PANE_TARGETS = { initialGzipKB: 150, firstRenderMs: 500, heightPx: 1600 };

function ensureBuilt(): void {
  if (process.env.PANE_DIST) return;
  const html = path.join(DIST, 'taskpane.html');
  if (existsSync(html) && newestMtime(path.join(ROOT, 'src')) <= statSync(html).mtimeMs) return;
  console.log('\n4. Paketet: dist/ saknas eller är äldre än src/ – bygger först (npm run build) …');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}

export function paneBundle(table: Table) {
  ensureBuilt();
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s))
    .map((s) => s.replace(/^\.?\//, ''));
  const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const rows: string[][] = [];
  const results: Record<string, unknown> = {};
  let initialGzip = 0;
  for (const f of files.sort((a, b) => Number(initial.includes(b)) - Number(initial.includes(a)) || a.localeCompare(b))) {
    const data = readFileSync(path.join(DIST, f));
    const gz = gzipSync(data, { level: 9 }).length;
    const isInitial = initial.includes(f);
    if (isInitial) initialGzip += gz;
    results[f] = { bytes: data.length, gzip: gz, initial: isInitial };
    rows.push([f, String(data.length), String(gz), isInitial ? 'ja' : 'nej (laddas vid behov)']);
  }
  results.initialGzip = initialGzip;
  const kb = initialGzip / 1024;
  table(
    `4a. Fönstrets paket — mål: ≤ ${PANE_TARGETS.initialGzipKB} KB gzip JavaScript före första visning; uppmätt ${kb.toFixed(0)} KB ${kb <= PANE_TARGETS.initialGzipKB ? '✓' : '✗'}`,
    ['fil', 'byte', 'gzip', 'före första visning'],
    rows,
  );
  return results;
}

async function withChromium<T>(fn: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const { startStaticServer } = await import('./static-server');
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    return await fn(browser, `${server.url}/taskpane.html`);
  } finally {
    await browser.close();
    await server.close();
  }
}

function stat(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
}

/**
 * First render: from the start of navigation to React's first commit of the pane (the mark
 * 'tu:rendered' that App sets; performance.now() in the page), office.js served from node_modules.
 * Beside it, the wall-clock time the test driver saw from page.goto() to the pane in the DOM
 * (includes the driver's own round trips), and when the bundle started running ('tu:bundle').
 */
export async function paneFirstRender(table: Table, runs: number) {
  if (!existsSync(CHROMIUM)) return `ingen Chromium i ${CHROMIUM}`;
  ensureBuilt();
  const samples = await withChromium(async (browser, url) => {
    const out: { rendered: number; bundle: number; wall: number }[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage();
      await page.route('https://appsforoffice.microsoft.com/**', (route) => {
        const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.split('/').pop() ?? 'office.js');
        return existsSync(file)
          ? route.fulfill({ path: file, contentType: 'application/javascript' })
          : route.fulfill({ status: 404, body: '' });
      });
      const t = Date.now();
      await page.goto(url);
      await page.waitForSelector('[data-testid="pane-ready"]', { timeout: 30000 });
      const wall = Date.now() - t;
      await page.waitForFunction(() => performance.getEntriesByName('tu:rendered').length > 0);
      const marks = await page.evaluate(() => ({
        rendered: performance.getEntriesByName('tu:rendered')[0].startTime,
        bundle: performance.getEntriesByName('tu:bundle')[0]?.startTime ?? NaN,
      }));
      if (i > 0) out.push({ rendered: Math.round(marks.rendered), bundle: Math.round(marks.bundle), wall }); // the first run warms the disk cache
      await page.close();
    }
    return out;
  });
  const s = stat(samples.map((x) => x.rendered));
  const bundle = stat(samples.map((x) => x.bundle));
  const wall = stat(samples.map((x) => x.wall));
  table(
    `4b. Första visning i headless Chromium, från navigeringens start till fönstrets första rendering — mål: ≤ ${PANE_TARGETS.firstRenderMs} ms; uppmätt median ${s.median} ms ${s.median <= PANE_TARGETS.firstRenderMs ? '✓' : '✗'}`,
    ['', 'median', 'min', 'max', 'körningar'],
    [
      ['första rendering', `${s.median} ms`, `${s.min} ms`, `${s.max} ms`, String(samples.length)],
      ['paketet börjar köras', `${bundle.median} ms`, `${bundle.min} ms`, `${bundle.max} ms`, String(samples.length)],
      [
        'page.goto → fönstret i DOM (testdrivarens klocka)',
        `${wall.median} ms`,
        `${wall.min} ms`,
        `${wall.max} ms`,
        String(samples.length),
      ],
    ],
  );
  return { ...s, bundleStartMs: bundle, wallClockMs: wall };
}

async function hostScript(): Promise<string | undefined> {
  if (!existsSync(HOST_ENTRY)) return undefined;
  const { bundleWordHost } = await import('../test/e2e/helpers');
  return bundleWordHost('fake');
}

/** Presses Tab from the top of the page until the focus is on the button named `name`; null when never. */
async function tabsTo(page: Page, name: string, max = 150): Promise<number | null> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    if (text === name) return n;
  }
  return null;
}

/** The pane in a Word-like host after loading the example: height, Tab presses to "Infoga alla", sideways scrolling. */
export async function paneLayout(table: Table) {
  if (!existsSync(CHROMIUM)) return `ingen Chromium i ${CHROMIUM}`;
  const script = await hostScript();
  if (!script) return `ingen Word-värd för testerna (${path.relative(ROOT, HOST_ENTRY)})`;
  ensureBuilt();
  return withChromium(async (browser, url) => {
    const rows: string[][] = [];
    const results: Record<string, unknown> = {};
    for (const theme of ['light', 'dark'] as const) {
      for (const width of [270, 320, 350, 500]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.addInitScript((t) => {
          (window as unknown as { __tuHost: unknown }).__tuHost = { theme: t };
        }, theme);
        await page.route('https://appsforoffice.microsoft.com/**', (route) =>
          route.fulfill({ body: script, contentType: 'application/javascript' }),
        );
        await page.goto(url);
        await page.getByRole('button', { name: 'Använd exemplet' }).click();
        await page.getByTestId('case-source').filter({ hasText: 'inga fel' }).waitFor({ timeout: 30000 });
        await page.getByText('Inget av avsnitten finns i dokumentet ännu.').waitFor({ timeout: 30000 });
        const m = await page.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        const tabs = await tabsTo(page, 'Infoga alla');
        const sideways = m.scrollWidth > m.clientWidth;
        results[`${width}-${theme}`] = { heightPx: m.height, screens: m.height / 800, tabsToInsertAll: tabs, sideways };
        rows.push([
          `${width} px`,
          theme === 'light' ? 'ljust' : 'mörkt',
          `${m.height} px (${(m.height / 800).toFixed(2).replace('.', ',')} skärmar)`,
          tabs === null ? 'nås inte' : String(tabs),
          sideways ? `ja ✗ (${m.scrollWidth} > ${m.clientWidth})` : 'nej ✓',
        ]);
        await page.close();
      }
    }
    const at350 = results['350-light'] as { heightPx: number; tabsToInsertAll: number | null };
    table(
      `4c. Fönstret i Word efter "Använd exemplet" (800 px högt) — mål: ≤ ${PANE_TARGETS.heightPx} px (två skärmar) vid 350 px, ingen sidledes rullning; uppmätt ${at350.heightPx} px, ${at350.tabsToInsertAll ?? '–'} Tab till "Infoga alla" ${at350.heightPx <= PANE_TARGETS.heightPx ? '✓' : '✗'}`,
      ['bredd', 'tema', 'höjd', 'Tab till "Infoga alla"', 'rullar i sidled'],
      rows,
    );
    return results;
  });
}
