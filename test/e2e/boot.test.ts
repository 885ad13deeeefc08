/**
 * The built pane where it cannot start (src/taskpane/boot.js, plain ES5, runs before office.js and
 * the bundle), in headless Chromium:
 *   1. an engine without what the bundle needs (ES2020: Promise.allSettled missing, as in Internet
 *      Explorer 11 and the old Edge that Office 2016/2019 may use): a Swedish message, the pane
 *      does not start;
 *   2. the bundle cannot be parsed (a syntax error, as an old engine meets `?.`): the same message;
 *   3. office.js never arrives from Office's CDN: after the wait (shortened here), a message saying
 *      so instead of "Laddar …" for ever.
 */
import type { BrowserContext, Route } from 'playwright-core';
import { ensureBuilt, launch, OFFICE_DIST, requireChromium, serveDistCopy, type Server } from './helpers';
import * as fs from 'fs';
import * as path from 'path';

jest.setTimeout(240_000);

let server: Server;
let context: BrowserContext;
const dirs: string[] = [];

type OfficeMode = 'serve' | 'hang';
let office: OfficeMode = 'serve';
let breakBundle = false;
const hanging: Route[] = [];

beforeAll(async () => {
  requireChromium();
  const dist = await ensureBuilt();
  server = await serveDistCopy(dirs, dist);
  context = await launch(dirs, { width: 350, height: 800 });
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' && url.port === String(server.port)) {
      if (breakBundle && /\/taskpane\.[0-9a-f]+\.js$/.test(url.pathname)) {
        // What an old engine sees in a modern bundle: syntax it cannot parse.
        await route.fulfill({ body: 'var x = a?.b ?? @;', contentType: 'text/javascript' });
        return;
      }
      await route.continue();
      return;
    }
    if (url.hostname === 'appsforoffice.microsoft.com') {
      if (office === 'hang') {
        hanging.push(route); // never answered while the test looks
        return;
      }
      const file = path.join(OFFICE_DIST, url.pathname.replace(/^\/lib\/1\/hosted\//, ''));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) await route.fulfill({ path: file, contentType: 'text/javascript' });
      else await route.fulfill({ status: 404, body: '' });
      return;
    }
    await route.abort('blockedbyclient');
  });
});

afterAll(async () => {
  for (const r of hanging) await r.abort('timedout').catch(() => undefined);
  await context?.close();
  await server?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

afterEach(() => {
  office = 'serve';
  breakBundle = false;
});

test('an engine without ES2020: a Swedish message, and the pane does not start', async () => {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      // As in Internet Explorer 11 / the old Edge: no Promise.allSettled.
      delete (Promise as unknown as { allSettled?: unknown }).allSettled;
    });
    await page.goto(server.url);
    const alert = page.getByRole('alert');
    await alert.getByText('Tillägget kan inte köras i den här versionen av Office.').waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('Word i Microsoft 365 eller Office 2021');
    // Give the bundle time to run: it must not replace the message with a half-working pane.
    await page.waitForTimeout(1500);
    expect(await page.getByRole('heading', { level: 1, name: 'Tjänsteutlåtande FoU' }).count()).toBe(0);
    expect(await page.getByText('Laddar Tjänsteutlåtande FoU').count()).toBe(0);
  } finally {
    await page.close();
  }
});

test('a bundle the engine cannot parse: the same message instead of "Laddar …"', async () => {
  breakBundle = true;
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.getByRole('alert').getByText('Tillägget kan inte köras i den här versionen av Office.').waitFor({ timeout: 15_000 });
    expect(await page.getByText('Laddar Tjänsteutlåtande FoU').count()).toBe(0);
  } finally {
    await page.close();
  }
});

test('office.js never arrives: after the wait the pane says so', async () => {
  office = 'hang';
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      (window as unknown as { __tuBootTimeout: number }).__tuBootTimeout = 1500;
    });
    // The page never finishes loading (office.js is a blocking script): do not wait for it.
    await page.goto(server.url, { waitUntil: 'commit' });
    const alert = page.getByRole('alert');
    await alert.getByText('Tillägget har inte startat.').waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('office.js');
    expect(await alert.textContent()).toContain('Kontrollera nätverksanslutningen');
  } finally {
    await page.close();
  }
});

test('a normal start shows no boot message', async () => {
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Tjänsteutlåtande FoU' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('#tu-boot-message').count()).toBe(0);
  } finally {
    await page.close();
  }
});
