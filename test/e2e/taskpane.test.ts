/**
 * End to end: the production build of the task pane, served on 127.0.0.1 (scripts/serve-dist.js,
 * with the CSP header), driven in Debian's headless Chromium with playwright-core.
 *   1. Outside Word: load examples/seed-002.json through the file input, edit the dnr, "Ladda ner
 *      .docx", and read the downloaded file back (title, the edited dnr, standard headings, the
 *      stored case); check it in the Granska tab; axe-core finds no violations; every request the
 *      page makes goes to 127.0.0.1 or appsforoffice.microsoft.com (answered from
 *      node_modules/@microsoft/office-js/dist), and the CSP blocks any other origin.
 *   2. office.js blocked: the pane still renders, says "Office kunde inte laddas" and works.
 * Builds dist/ first when it is missing or older than the sources. Screenshots go to test-output/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { readDocx } from '../../src/io/docx/read';
import { SECTION_IDS, SECTION_TITLES } from '../../src/model/sections';
import { AXE_PATH, axeViolations, ensureBuilt, launch, OFFICE_DIST, requireChromium, ROOT, serveDistCopy, type Server } from './helpers';

const OUT = path.join(ROOT, 'test-output');

jest.setTimeout(240_000);

type OfficeMode = 'serve' | 'block';

interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  offOrigin: string[];
  pageErrors: string[];
  close: () => Promise<void>;
}

let server: Server;
const dirs: string[] = [];

beforeAll(async () => {
  requireChromium();
  const dist = await ensureBuilt();
  fs.mkdirSync(OUT, { recursive: true });
  server = await serveDistCopy(dirs, dist);
});

afterAll(async () => {
  await server?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function open(office: OfficeMode): Promise<Session> {
  const context = await launch(dirs);
  const requests: string[] = [];
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' && url.port === String(server.port)) {
      if (url.pathname === '/__test/axe.min.js') {
        await route.fulfill({ path: AXE_PATH, contentType: 'text/javascript' });
        return;
      }
      await route.continue();
      return;
    }
    if (url.hostname === 'appsforoffice.microsoft.com') {
      if (office === 'block') {
        await route.abort('blockedbyclient');
        return;
      }
      const rel = url.pathname.replace(/^\/lib\/1\/hosted\//, '');
      const file = path.join(OFFICE_DIST, rel);
      if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file)) {
        await route.fulfill({ status: 404, body: '' });
        return;
      }
      await route.fulfill({ path: file, contentType: 'text/javascript' });
      return;
    }
    offOrigin.push(url.href);
    await route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __cspWhere: string[] };
    if (w.__csp) return;
    w.__csp = [];
    w.__cspWhere = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      w.__cspWhere.push(`${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
    });
  });
  return { context, page, requests, offOrigin, pageErrors, close: () => context.close() };
}

/** Every request went to the test server, Office's CDN, or stayed inside the page (blob:, data:). */
function assertNoLeak(s: Session): void {
  const foreign = s.requests.filter((u) => {
    if (u.startsWith('blob:') || u.startsWith('data:')) return false;
    const h = new URL(u);
    return !(h.hostname === '127.0.0.1' && h.port === String(server.port)) && h.hostname !== 'appsforoffice.microsoft.com';
  });
  if (foreign.length) console.log('Anrop till andra adresser:', foreign);
  expect(foreign).toEqual([]);
  expect(s.offOrigin).toEqual([]);
}

async function runAxe(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page, server.port);
  if (violations.length) console.log(`axe-core (${label}):`, JSON.stringify(violations, null, 2));
  expect(violations).toEqual([]);
}

test('utanför Word: läs in exemplet, ändra dnr, ladda ner .docx och granska den – tillgängligt och utan läckor', async () => {
  const s = await open('serve');
  const { page } = s;
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Tjänsteutlåtande FoU' }).isVisible()).resolves.toBe(true);
    await page.getByText('Du använder tillägget utanför Word.').waitFor();
    // office.js was served from node_modules, through the route.
    expect(s.requests.some((u) => u.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/office.js'))).toBe(true);
    await runAxe(page, 'tom ruta');

    await page.getByTestId('case-file').setInputFiles(path.join(ROOT, 'examples/seed-002.json'));
    await page.getByTestId('case-source').waitFor();
    expect(await page.getByTestId('case-source').textContent()).toContain('seed-002.json · inga fel');

    // The metadata form is folded to a summary; "Ändra" opens it.
    await page.getByRole('button', { name: 'Ändra uppgifterna' }).click();
    const dnr = page.getByLabel('Diarienummer (dnr)');
    expect(await dnr.inputValue()).toBe('3.2.1-0000/2024');
    await dnr.fill('');
    // An emptied required field shows its problem next to it, in Swedish.
    await page.getByText('Får inte vara tomt.').first().waitFor();
    await dnr.fill('3.2.1-4711/2024');
    await page.getByText('seed-002.json · inga fel').waitFor();

    // Projects with a validation badge each, in their fund's group.
    await page.getByRole('button', { name: /^LUM – lokala utvecklingsprojekt/ }).click();
    const badges = await page.getByText('Giltigt', { exact: true }).count();
    expect(badges).toBe(10);

    await runAxe(page, 'ärendet inläst');
    await page.screenshot({ path: path.join(OUT, 'taskpane-browser.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('Tjänsteutlåtande 3.2.1-4711-2024.docx');
    const file = path.join(OUT, 'e2e-download.docx');
    await download.saveAs(file);
    const bytes = new Uint8Array(fs.readFileSync(file));
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const doc = await readDocx(bytes, 'e2e-download.docx');
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes('Inriktning av medel för lokala utvecklingsprojekt och studieresor 2025'))).toBe(true);
    expect(texts.some((t) => t.includes('3.2.1-4711/2024'))).toBe(true);
    expect(texts.some((t) => t.includes('3.2.1-0000/2024'))).toBe(false);
    const headings = doc.paragraphs.filter((p) => p.part === 'body' && p.headingLevel !== null).map((p) => p.text.trim());
    const order = SECTION_IDS.map((id) => headings.indexOf(SECTION_TITLES[id]));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect((doc.storedCase as { metadata: { dnr: string } } | undefined)?.metadata.dnr).toBe('3.2.1-4711/2024');

    // Granska: check the downloaded file in the pane.
    await page.getByRole('tab', { name: 'Granska' }).click();
    // Only the chosen tab's panel shows: the Skriv tab's cards are hidden.
    await page.getByRole('heading', { level: 2, name: 'Granska tjänsteutlåtandet' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Ärende', exact: true }).isVisible()).toBe(false);
    await page.getByTestId('check-file').setInputFiles(file);
    await page.getByTestId('findings-summary').waitFor();
    expect(await page.getByTestId('findings-summary').textContent()).toMatch(/e2e-download\.docx/);
    await page.getByText('Checklista: standardavsnitt').waitFor();
    expect(await page.getByText(/: finns$/).count()).toBe(SECTION_IDS.length);
    await runAxe(page, 'granska');
    await page.screenshot({ path: path.join(OUT, 'taskpane-granska.png'), fullPage: true });

    // The CSP blocks any other origin, before a request is made.
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/collect', { method: 'POST', body: 'x' }).then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
    // Unique: the policy is sent twice (HTTP header and <meta>), so each violation is reported twice.
    const violations = [...new Set(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
    console.log('Det som CSP:n stoppade:', violations);
    // Our own probe, and office.js's telemetry frame (it tries one even outside Office): both stopped.
    const expected = new Set(['connect-src https://example.com/collect', 'frame-src https://telemetryservice.firstpartyapps.oaspapps.com']);
    expect(violations).toContain('connect-src https://example.com/collect');
    expect(violations.filter((v) => !expected.has(v))).toEqual([]);

    expect(s.pageErrors).toEqual([]);
    assertNoLeak(s);
  } finally {
    await s.close();
  }
});

test('office.js kan inte laddas: rutan visas ändå, säger det och fungerar', async () => {
  const s = await open('block');
  const { page } = s;
  try {
    await page.goto(server.url);
    await page.getByText('Office kunde inte laddas.').waitFor({ timeout: 15_000 });
    expect(s.requests.some((u) => u.includes('appsforoffice.microsoft.com'))).toBe(true);
    await page.getByRole('button', { name: 'Använd exemplet' }).click();
    await page.getByTestId('case-source').waitFor();
    expect(await page.getByTestId('case-source').textContent()).toContain('inga fel');
    expect(await page.getByRole('button', { name: 'Ladda ner .docx' }).isEnabled()).toBe(true);
    await runAxe(page, 'utan office.js');
    await page.screenshot({ path: path.join(OUT, 'taskpane-no-office.png'), fullPage: true });
    expect(s.pageErrors).toEqual([]);
    assertNoLeak(s);
  } finally {
    await s.close();
  }
});
