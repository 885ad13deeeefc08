/**
 * The BUILT task pane inside a Word-like host, in headless Chromium: the strict fake of Word
 * (test/fakes/word.ts, bundled by word-host/host.ts) is served in place of office.js, so
 * Office.onReady reports host Word and the pane's Word code (src/word/adapter.ts) runs against the
 * fake document, which the test reads and edits as a user in Word would.
 *
 * Every journey, on two hosts — the strict fake as Word (WordApi 1.4) at 320 and 350 px, light and
 * dark; Microsoft's real Word library answered by the host simulator (WordApi 1.3) at 320 px dark
 * and 350 px light: first open; a file; a spreadsheet; the example; insert all; a section edited in
 * the document, then update → the conflict dialog (keep, then replace); a project at the cursor;
 * Granska and navigation (a clicked finding selects its text in the document); a broken file; a
 * project's error fixed in the project editor, a study trip added, removed and put back with the
 * keyboard; the case read back from the document by a newly opened pane. After each step: axe-core
 * finds no violations, nothing scrolls sideways, the page threw nothing; after loading, inserting,
 * the conflict dialog, Granska and a failed file, keyboard focus is still on a control (not
 * dropped to the page body).
 *
 * Screenshots of the main states go to test-output/screenshots/; with UPDATE_SCREENSHOTS=1 also to
 * docs/screenshots/ (shown in the README).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import type { FakeWord, FakeWordOptions, SnapNode, FakeNodeInit } from '../fakes/word';
import {
  AXE_PATH,
  axeViolations,
  bundleWordHost,
  ensureBuilt,
  launch,
  requireChromium,
  BUILD_ROOT,
  ROOT,
  serveDistCopy,
  type AxeViolation,
  type HostKind,
  type Server,
} from './helpers';
import type { HostOptions } from './word-host/office';

jest.setTimeout(300_000);

const OUT = path.join(ROOT, 'test-output/screenshots');
const DOCS = path.join(ROOT, 'docs/screenshots');
const UPDATE_DOCS = process.env.UPDATE_SCREENSHOTS === '1';

type Theme = 'light' | 'dark';
interface Config {
  /** 'fake': the strict fake as Word (WordApi 1.4, case in a custom XML part); 'officejs': Microsoft's
   * real Word library answered by the host simulator (WordApi 1.3, case in Office settings). */
  host: HostKind;
  width: number;
  theme: Theme;
}
const CONFIGS: Config[] = [
  { host: 'fake', width: 320, theme: 'light' },
  { host: 'fake', width: 320, theme: 'dark' },
  { host: 'fake', width: 350, theme: 'light' },
  { host: 'fake', width: 350, theme: 'dark' },
  { host: 'officejs', width: 320, theme: 'dark' },
  { host: 'officejs', width: 350, theme: 'light' },
];
const API: Record<HostKind, '1.3' | '1.4'> = { fake: '1.4', officejs: '1.3' };
const HEIGHT = 800;

let server: Server;
let context: BrowserContext;
const hostScripts: Partial<Record<HostKind, string>> = {};
const dirs: string[] = [];
/** Every axe violation, by state, for the summary at the end. */
const found: { state: string; violations: AxeViolation[] }[] = [];

beforeAll(async () => {
  requireChromium();
  const dist = await ensureBuilt();
  hostScripts.fake = await bundleWordHost('fake');
  hostScripts.officejs = await bundleWordHost('officejs');
  fs.mkdirSync(OUT, { recursive: true });
  server = await serveDistCopy(dirs, dist);
  context = await launch(dirs, { width: 350, height: HEIGHT });
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' && url.port === String(server.port)) {
      if (url.pathname === '/__test/axe.min.js') await route.fulfill({ path: AXE_PATH, contentType: 'text/javascript' });
      else await route.continue();
      return;
    }
    await route.abort('blockedbyclient');
  });
});

afterAll(async () => {
  if (found.some((f) => f.violations.length)) {
    console.log(
      'axe-core, alla överträdelser:\n' +
        found
          .filter((f) => f.violations.length)
          .map((f) => `${f.state}: ${f.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×)`).join(', ')}`)
          .join('\n'),
    );
  }
  await context?.close();
  await server?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// The pane and the fake document

interface Pane {
  page: Page;
  errors: string[];
  cfg: Config;
}

/** The pane of the running journey (for the text in a failure message). */
let current: Pane | undefined;

async function openPane(cfg: Config, word?: FakeWordOptions): Promise<Pane> {
  const page = await context.newPage();
  await page.setViewportSize({ width: cfg.width, height: HEIGHT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // office.js: the Word-like host of this journey answers instead.
  await page.route('https://appsforoffice.microsoft.com/**', async (route) => {
    if (/\/office\.js$/.test(new URL(route.request().url()).pathname))
      await route.fulfill({ body: hostScripts[cfg.host], contentType: 'text/javascript' });
    else await route.abort('blockedbyclient');
  });
  const options: HostOptions = { theme: cfg.theme, word };
  await page.addInitScript((o) => {
    (window as unknown as { __tuHost: unknown }).__tuHost = o;
  }, options);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'Tjänsteutlåtande FoU' }).waitFor();
  current = { page, errors, cfg };
  return current;
}

/** The fake's inspection and simulated-user methods the test calls in the page. */
type FakeCalls = Pick<
  FakeWord,
  | 'snapshot'
  | 'paragraphs'
  | 'outsideTu'
  | 'customXmlParts'
  | 'savedSettings'
  | 'selection'
  | 'editParagraph'
  | 'setCursor'
  | 'contentControls'
>;

/** Calls a method of the fake Word (window.__fakeWord) in the page. */
async function word<K extends keyof FakeCalls>(
  page: Page,
  method: K,
  ...args: Parameters<FakeCalls[K]>
): Promise<Awaited<ReturnType<FakeCalls[K]>>> {
  const result: unknown = await page.evaluate(
    ([m, a]) => {
      const fake = (window as unknown as { __fakeWord: Record<string, (...x: unknown[]) => unknown> }).__fakeWord;
      return fake[m](...a);
    },
    [method as string, args as unknown[]] as const,
  );
  return result as Awaited<ReturnType<FakeCalls[K]>>;
}

/** Waits until a condition on the fake document holds (Word actions are asynchronous). */
async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > end) {
      const shown = current ? ((await current.page.locator('main').textContent()) ?? '').slice(0, 1500) : '';
      throw new Error(`Väntade förgäves på: ${what}. Senast: ${JSON.stringify(last).slice(0, 500)}\nFönstret visar: ${shown}`);
    }
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

interface StateCheck {
  state: string;
  violations: AxeViolation[];
  horizontalScroll: boolean;
  pageErrors: string[];
  /** After an action: keyboard focus fell to the page body (the user must start over from the top). */
  focusLost?: boolean;
}
/** The states checked in the running test; asserted at its end, so that the journey goes on past a violation. */
let checks: StateCheck[] = [];

/** After each step: axe-core, the page's width and its errors (asserted by expectCleanStates); a screenshot. */
async function checkState(pane: Pane, state: string, shot?: string, opts: { focusKept?: boolean } = {}): Promise<void> {
  const { page, cfg } = pane;
  const label = `${state} (${cfg.host === 'officejs' ? 'office.js, ' : ''}${cfg.width} px, ${cfg.theme === 'dark' ? 'mörkt' : 'ljust'})`;
  // Let transitions and toasts settle (reducedMotion is on, so this is short).
  await page.waitForTimeout(100);
  const violations = await axeViolations(page, server.port);
  found.push({ state: label, violations });
  const scroll = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // The innermost visible elements that reach past the pane's right edge, to say what scrolls.
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > client + 1 && el.getClientRects().length > 0)
      .filter((el, _, all) => !all.some((o) => o !== el && el.contains(o)))
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()}> ${Math.round(el.getBoundingClientRect().right)} px: ${(el.textContent ?? '').trim().slice(0, 80)}`,
      );
    return { scroll: document.documentElement.scrollWidth, client, wide };
  });
  if (shot && cfg.host === 'fake') {
    const name = `${shot}-${cfg.width}-${cfg.theme}.png`;
    await page.screenshot({ path: path.join(OUT, name), fullPage: false });
    if (UPDATE_DOCS && cfg.width === 350) {
      fs.mkdirSync(DOCS, { recursive: true });
      fs.copyFileSync(path.join(OUT, name), path.join(DOCS, name));
    }
  }
  if (violations.length)
    console.log(`axe-core (${label}):\n${violations.map((v) => `  ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes[0]}`).join('\n')}`);
  const horizontalScroll = scroll.scroll > scroll.client;
  if (horizontalScroll) console.log(`Vågrät rullning (${label}): ${scroll.scroll} > ${scroll.client} px:\n  ${scroll.wide.join('\n  ')}`);
  const check: StateCheck = { state: label, violations, horizontalScroll, pageErrors: [...pane.errors] };
  if (opts.focusKept) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return !el || el === document.body
        ? 'body'
        : `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? ''}`;
    });
    if (focused === 'body') check.focusLost = true;
  }
  checks.push(check);
}

/** Every state of the test: zero axe violations, no sideways scrolling, no page errors. */
function expectCleanStates(): void {
  const seen = checks;
  checks = [];
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((c) => c.violations.length || c.horizontalScroll || c.pageErrors.length || c.focusLost)).toEqual([]);
}

/** The "Inläst: …" line under the case actions. */
async function caseSource(page: Page, contains: string): Promise<string> {
  const loc = page.getByTestId('case-source');
  await loc.filter({ hasText: contains }).waitFor({ timeout: 15_000 });
  return (await loc.textContent()) ?? '';
}

/** Opens a fund's group in the project list ("LUM – lokala utvecklingsprojekt (10)") unless it is open. */
async function openFund(page: Page, fund: 'LUM' | 'MUL' | 'FUM'): Promise<void> {
  const header = page.getByRole('button', { name: new RegExp(`^${fund} – `) }).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

/** A dialog left open by a failed step would block the next journey: close it. */
async function closeDialogs(page: Page): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: 'Avbryt' }).click();
}

/** Some actions ask before the current case is replaced: agree when asked. */
async function confirmReplaceIfAsked(page: Page): Promise<void> {
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  if (await dialog.isVisible().catch(() => false)) {
    await dialog
      .getByRole('button', { name: /^(Ersätt|Fortsätt|Ja|Byt)/ })
      .first()
      .click();
  }
}

function tagged(nodes: SnapNode[], prefix = 'tu:'): string[] {
  return nodes.flatMap((n) =>
    n.type === 'contentControl' ? [n.tag, ...tagged(n.children, prefix)].filter((t) => t.startsWith(prefix)) : [],
  );
}

/** The fake document as it stands, as the initial content of a newly opened one (text, styles, controls, tables). */
function reopen(nodes: SnapNode[]): FakeNodeInit[] {
  return nodes.map((n): FakeNodeInit => {
    if (n.type === 'paragraph') return { text: n.text, styleBuiltIn: n.styleBuiltIn, italic: n.italic };
    if (n.type === 'table') return { type: 'table', rows: n.rows };
    return { type: 'contentControl', tag: n.tag, title: n.title, children: reopen(n.children) };
  });
}

const SECTION_TAGS = [
  'tu:huvud',
  'tu:titel',
  'tu:forslag',
  'tu:sammanfattning',
  'tu:bakgrund',
  'tu:beredning',
  'tu:arendet',
  'tu:synpunkter',
  'tu:bilagor',
];

// ---------------------------------------------------------------------------------------------
// The journeys, for each width and theme

describe.each(CONFIGS)('i Word ($host), $width px, $theme', (cfg) => {
  let pane: Pane;
  /** The document and its stored case after the journeys, for the pane that reads it back. */
  let saved: { nodes: SnapNode[]; parts: { xml: string }[]; settings: Record<string, unknown> } | undefined;

  beforeEach(async () => {
    checks = [];
    if (pane) await closeDialogs(pane.page);
  });

  afterAll(async () => {
    await pane?.page.close();
  });

  test('första öppning: Word-läge, inget meddelande om att tillägget körs utanför Word', async () => {
    pane = await openPane(cfg, { paragraphs: ['Min egen inledning.', ''], apiVersion: API[cfg.host] });
    const { page } = pane;
    await page.getByRole('button', { name: 'Läs in ärendet från dokumentet' }).waitFor();
    expect(await page.getByText('Du använder tillägget utanför Word.').count()).toBe(0);
    expect(await page.getByText('Office kunde inte laddas.').count()).toBe(0);
    // The theme follows Office's: a dark page in Word's dark theme.
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
    expect({ theme: cfg.theme, dark: 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 }).toEqual({
      theme: cfg.theme,
      dark: cfg.theme === 'dark',
    });
    await checkState(pane, 'första öppning', 'forsta-oppning');
    expectCleanStates();
  });

  test('en fil: seed-000.json läses in och visar sina projekt', async () => {
    const { page } = pane;
    await page.getByTestId('case-file').setInputFiles(path.join(BUILD_ROOT, 'examples/seed-000.json'));
    await confirmReplaceIfAsked(page);
    expect(await caseSource(page, 'seed-000.json')).toContain('inga fel');
    await checkState(pane, 'fil inläst');
    expectCleanStates();
  });

  test('ett kalkylblad: projekten i arende-mall.xlsx läses in', async () => {
    const { page } = pane;
    await page.getByTestId('case-file').setInputFiles(path.join(BUILD_ROOT, 'examples/mall/arende-mall.xlsx'));
    await confirmReplaceIfAsked(page);
    await caseSource(page, 'arende-mall.xlsx');
    await checkState(pane, 'kalkylblad inläst');
    expectCleanStates();
  });

  test('exemplet läses in', async () => {
    const { page } = pane;
    await page.getByRole('button', { name: 'Använd exemplet' }).click();
    await confirmReplaceIfAsked(page);
    expect(await caseSource(page, 'exemplet')).toContain('inga fel');
    await checkState(pane, 'exemplet inläst', 'exemplet', { focusKept: true });
    expectCleanStates();
  });

  test('infoga alla: varje avsnitt blir en innehållskontroll i dokumentet, egen text orörd', async () => {
    const { page } = pane;
    await page.getByRole('button', { name: /^Infoga alla/ }).click();
    const nodes = await until(
      'alla avsnitt i dokumentet',
      () => word(page, 'snapshot'),
      (n) => SECTION_TAGS.every((t) => tagged(n).includes(t)),
    );
    expect(tagged(nodes).filter((t) => SECTION_TAGS.includes(t))).toEqual(SECTION_TAGS);
    const outside = await word(page, 'outsideTu');
    expect(outside.map((p) => p.text)).toContain('Min egen inledning.');
    const headings = (await word(page, 'paragraphs')).filter((p) => /^Heading\d$/.test(p.styleBuiltIn)).map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(['Sammanfattning', 'Bakgrund', 'Ärendet', 'Bilagor']));
    // The case is stored in the document: a custom XML part on WordApi 1.4, Office settings on 1.3.
    const parts = await word(page, 'customXmlParts');
    const settings = await word(page, 'savedSettings');
    if (cfg.host === 'officejs') {
      // What reached the document went through Microsoft's library as requests to the host.
      const requests = await page.evaluate(() => (window as unknown as { __officeJsRequests: { actions: number }[] }).__officeJsRequests);
      expect(requests.filter((r) => r.actions > 0).length).toBeGreaterThan(1);
    }
    if (API[cfg.host] === '1.4') expect(parts).toHaveLength(1);
    else expect({ parts: parts.length, settings: Object.keys(settings).length }).toEqual({ parts: 0, settings: 1 });
    await page
      .getByText(/infogade|infogat|uppdaterade/i)
      .first()
      .waitFor();
    await checkState(pane, 'alla avsnitt infogade', 'infogat', { focusKept: true });
    expectCleanStates();
  });

  test('ändra ett avsnitt i dokumentet, uppdatera: dialogen frågar; "Behåll min text" behåller, "Ersätt" ersätter', async () => {
    const { page } = pane;
    const paras = await word(page, 'paragraphs');
    const body = paras.find((p) => p.tags.includes('tu:sammanfattning') && p.styleBuiltIn === 'Normal' && p.text.length > 20);
    expect(body).toBeDefined();
    const mine = 'Min egen sammanfattning, skriven direkt i Word.';
    await word(page, 'editParagraph', body!.index, mine);

    // The pane's main action (not a single section's "Uppdatera …" button).
    const update = page.getByRole('button', { name: /^(Infoga alla|Uppdatera alla|Uppdatera)( \(\d+\))?$/ }).first();
    await update.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Sammanfattning');
    // The diff shows the user's own text: its unchanged and struck-out words, in order.
    const current = await dialog.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('ins, .visually-hidden, h2, p[id]').forEach((n) => n.remove());
      return (copy.querySelector('[role="region"]')?.textContent ?? copy.textContent ?? '').replace(/\s+/g, ' ');
    });
    expect(current).toContain(mine);
    await checkState(pane, 'konfliktdialogen', 'konflikt');

    await dialog.getByRole('button', { name: 'Behåll min text' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await word(page, 'paragraphs'))[body!.index].text).toBe(mine);
    await checkState(pane, 'dialogen stängd med "Behåll min text"', undefined, { focusKept: true });

    await update.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ersätt', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await until(
      'att sammanfattningen ersätts',
      () => word(page, 'paragraphs'),
      (ps) => !ps.some((p) => p.text === mine) && ps.some((p) => p.tags.includes('tu:sammanfattning')),
    );
    await checkState(pane, 'efter konfliktdialogen', undefined, { focusKept: true });
    expectCleanStates();
  });

  test('ett projekt vid markören: blocket hamnar efter markörens stycke, utanför avsnitten', async () => {
    const { page } = pane;
    // The user's own paragraph at the start of the document; the cursor at its end.
    const before = await word(page, 'paragraphs');
    const own = before.find((p) => p.text === 'Min egen inledning.');
    expect(own).toBeDefined();
    await word(page, 'setCursor', own!.index);
    await openFund(page, 'LUM');
    const button = page.getByRole('button', { name: /vid markören/ }).first();
    const label = (await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '';
    const name = /vid markören: (.+)$/.exec(label)?.[1];
    expect(name).toBeTruthy();
    await button.click();
    const after = await until(
      'projektets block vid markören',
      () => word(page, 'paragraphs'),
      (ps) => ps.length > before.length,
    );
    const next = after[own!.index + 1];
    expect(next.tags.filter((t) => t.startsWith('tu:'))).toEqual([]);
    expect(after.slice(own!.index + 1, own!.index + 4).some((p) => p.text.includes(name!))).toBe(true);
    await checkState(pane, 'projekt vid markören');
    expectCleanStates();
  });

  test('Granska: fynden visas, ett klickat fynd markerar sin text i dokumentet', async () => {
    const { page } = pane;
    // A personnummer in the user's own text: the checker must flag it.
    const ps = await word(page, 'paragraphs');
    const own = ps.find((p) => p.text === 'Min egen inledning.');
    await word(page, 'editParagraph', own!.index, 'Min egen inledning. Kontakt 19121212-1212 vid frågor.');
    await page.getByRole('tab', { name: 'Granska' }).click();
    await page.getByRole('button', { name: 'Granska dokumentet' }).click();
    await page.getByTestId('findings-summary').waitFor();
    await checkState(pane, 'granskning klar', 'granska', { focusKept: true });

    const next = page.getByRole('button', { name: 'Nästa anmärkning' });
    let selected: Awaited<ReturnType<FakeWord['selection']>> = null;
    // Step through the findings until the one about the personnummer is selected in the document.
    for (let i = 0; i < 40; i++) {
      await next.click();
      selected = await until(
        'en markering i dokumentet',
        () => word(page, 'selection'),
        (s) => s !== null && s.end > s.start,
      );
      if (selected!.text.includes('19121212-1212')) break;
    }
    expect(selected?.text).toContain('19121212-1212');
    expect(selected?.paragraph).toBe(own!.index);
    await checkState(pane, 'fynd markerat');
    await page.getByRole('tab', { name: 'Skriv' }).click();
    // For the pane that reads it back.
    saved = {
      nodes: await word(page, 'snapshot'),
      parts: (await word(page, 'customXmlParts')).map((p) => ({ xml: p.xml })),
      settings: await word(page, 'savedSettings'),
    };
    expectCleanStates();
  });

  test('en trasig fil: felet säger vilken fil och vad, ärendet finns kvar', async () => {
    const { page } = pane;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tu-e2e-')), 'trasig.json');
    dirs.push(path.dirname(file));
    fs.writeFileSync(file, '{ "dokumenttyp": "inriktning-redovisning", "metadata": { "dnr": ');
    await page.getByTestId('case-file').setInputFiles(file);
    await confirmReplaceIfAsked(page);
    const error = page.getByText(/trasig\.json/).first();
    await error.waitFor();
    // The example is still the case.
    expect(await caseSource(page, 'exemplet')).toContain('inga fel');
    await checkState(pane, 'trasig fil', 'trasig-fil', { focusKept: true });
    expectCleanStates();
  });

  test('projekt med fel rättas i fönstret: "Rätta felen" öppnar projektet, felet står vid fältet; en studieresa läggs till med tangentbordet', async () => {
    const { page } = pane;
    const c = JSON.parse(fs.readFileSync(path.join(BUILD_ROOT, 'examples/seed-002.json'), 'utf8')) as { lum: Record<string, unknown>[] };
    c.lum[1].belopp = 'femtio tusen';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tu-e2e-')), 'med-fel.json');
    dirs.push(path.dirname(file));
    fs.writeFileSync(file, JSON.stringify(c));
    await page.getByTestId('case-file').setInputFiles(file);
    await confirmReplaceIfAsked(page);
    expect(await caseSource(page, 'med-fel.json')).toContain('1 fel');
    await openFund(page, 'LUM');
    await page
      .getByRole('button', { name: /^Rätta felen: / })
      .first()
      .click();
    const project = page.getByRole('group', { name: /^LUM-projekt 2: / });
    const belopp = project.getByLabel('Belopp');
    await belopp.waitFor();
    expect(await belopp.getAttribute('aria-invalid')).toBe('true');
    expect(await project.textContent()).toMatch(/Ska vara ett belopp i kronor/);
    await belopp.scrollIntoViewIfNeeded();
    await checkState(pane, 'projekt med fel i redigeraren', 'redigera-projekt');
    await belopp.fill('450 000');
    expect(await caseSource(page, 'med-fel.json')).toContain('inga fel');

    // A new study trip: focus lands in its first field; filled in with the keyboard only.
    await page.getByRole('button', { name: 'Lägg till studieresa' }).click();
    const where = () => page.evaluate(() => document.activeElement?.closest('[role="group"]')?.getAttribute('aria-label') ?? '');
    expect(await where()).toMatch(/^Studieresa \d+: \(resmål saknas\)$/);
    expect(await caseSource(page, 'med-fel.json')).toMatch(/\d+ fel att rätta/);
    await page.keyboard.type('Oslo, Norge');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Farsta');
    expect(await caseSource(page, 'med-fel.json')).toContain('inga fel');
    await checkState(pane, 'ny studieresa i redigeraren');
    const trips = async () => page.getByRole('button', { name: /^\d+\. Oslo, Norge$/ }).count();
    expect(await trips()).toBe(1);

    // Removed with the keyboard, then put back with Ångra (where focus lands).
    const trip = page.getByRole('group', { name: /^Studieresa \d+: Oslo, Norge$/ });
    await trip.getByRole('button', { name: 'Ta bort' }).focus();
    await page.keyboard.press('Enter');
    expect(await trips()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ångra');
    await checkState(pane, 'studieresan borttagen, med Ångra');
    await page.keyboard.press('Enter');
    expect(await trips()).toBe(1);
    await page.getByRole('button', { name: 'Klar med projekten' }).first().click();
    expectCleanStates();
  });

  test('ärendet läses tillbaka från dokumentet i ett nytt fönster', async () => {
    expect(saved).toBeDefined();
    const second = await openPane(cfg, {
      nodes: reopen(saved!.nodes),
      customXmlParts: saved!.parts,
      settings: saved!.settings,
      apiVersion: API[cfg.host],
    });
    try {
      const { page } = second;
      await page.getByRole('button', { name: 'Läs in ärendet från dokumentet' }).click();
      expect(await caseSource(page, 'dokumentet')).toContain('inga fel');
      await page.getByRole('button', { name: 'Ändra uppgifterna' }).click();
      expect(
        await page
          .getByLabel(/Diarienummer/)
          .first()
          .inputValue(),
      ).toBe('3.2.1-0000/2024');
      await checkState(second, 'ärendet från dokumentet');
      expectCleanStates();
    } finally {
      await second.page.close();
    }
  });
});
