/**
 * npm run bench — measures what makes add-ins slow and prints a table; writes bench/results.json.
 *  1. round trips to Word per user action (bench/word.ts): syncs on the strict fake, and the
 *     requests (bytes, actions per sync) Microsoft's real office.js library sends
 *  2. the checker on generated documents of 100, 1 000 and 10 000 paragraphs: time, memory,
 *     and check time ÷ time to merely read the same .docx
 *  3. drafting + writing a .docx for 10, 100 and 1 000 projects
 *  4. the task pane's production bundle (bytes, gzip) and time to first render in Chromium
 * Figures are medians with min and max over several runs. Targets are printed beside them.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { checkDocument } from '../src/check/index';
import { draftCase } from '../src/draft';
import type { DraftDocument } from '../src/draft/types';
import { readDocx } from '../src/io/docx/read';
import { writeDocx } from '../src/io/docx/write';
import type { Case, LumProject } from '../src/model/case';
import { parseCaseJson } from '../src/model/validate';
import { wordRoundTrips } from './word';

const ROOT = path.join(__dirname, '..');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 3 : 5;

interface Stat {
  median: number;
  min: number;
  max: number;
}
function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
}
async function time(fn: () => Promise<unknown> | unknown, runs = RUNS): Promise<Stat> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stat(xs);
}
const ms = (s: Stat) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
function table(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  console.log(`\n${title}`);
  console.log(header.map((h, i) => pad(h, widths[i])).join('  '));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(r.map((c, i) => pad(c, widths[i])).join('  '));
}

const baseCase = parseCaseJson(readFileSync(path.join(ROOT, 'examples/seed-002.json'), 'utf8'), 'seed-002.json');

/** The example case with n LUM projects (cloned and renamed), all reported. */
function caseWithProjects(n: number): Case {
  const src = baseCase.lum[0];
  const lum: LumProject[] = Array.from({ length: n }, (_, i) => ({
    ...src,
    namn: `${src.namn} ${i + 1}`,
    status: i % 10 === 9 ? 'fortgar' : 'slutredovisas',
  }));
  return { ...baseCase, lum };
}

/** A drafted document padded with body paragraphs to about n paragraphs in all. */
function documentOfParagraphs(n: number): DraftDocument {
  const doc = draftCase(caseWithProjects(Math.max(1, Math.floor(n / 20))));
  const count = doc.sections.reduce((s, sec) => s + sec.blocks.length + 1, 0);
  const arendet = doc.sections.find((s) => s.id === 'arendet')!;
  const filler =
    'Projektet har genomförts i samverkan med stadsdelsförvaltningarna och har följts av forskare. Resultaten redovisas i bilagan och i ärendet.';
  for (let i = count; i < n; i++) arendet.blocks.push({ type: 'paragraph', text: `${filler} (${i})` });
  return doc;
}

async function checker() {
  const rows: string[][] = [];
  const results: Record<string, unknown> = {};
  const medians: number[] = [];
  for (const n of [100, 1000, 10000]) {
    const doc = documentOfParagraphs(n);
    const bytes = await writeDocx(doc, baseCase);
    const text = await readDocx(bytes, 'bench.docx');
    const read = await time(() => readDocx(bytes, 'bench.docx'));
    const check = await time(() => checkDocument(text, baseCase));
    (global as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const findings = checkDocument(text, baseCase);
    const heapAfter = process.memoryUsage().heapUsed;
    const ratio = check.median / read.median;
    medians.push(check.median);
    results[String(n)] = {
      paragraphs: text.paragraphs.length,
      bytes: bytes.length,
      readMs: read,
      checkMs: check,
      ratio,
      heapDeltaMB: (heapAfter - heapBefore) / 1048576,
      findings: findings.length,
    };
    rows.push([
      String(text.paragraphs.length),
      `${(bytes.length / 1024).toFixed(0)} kB`,
      ms(read),
      ms(check),
      `${ratio.toFixed(2)} ${ratio <= 1.5 ? '✓' : '✗ (mål ≤ 1,5)'}`,
      `${((heapAfter - heapBefore) / 1048576).toFixed(1)} MB`,
      String(findings.length),
    ]);
  }
  const growth = medians[2] / medians[0];
  results.growth100x = growth;
  table(
    `2. Granskning av genererade dokument — mål: granska ≤ 1,5 × läsa, linjär tillväxt (×100 storlek → ≤ ×120 tid); uppmätt ×${growth.toFixed(1)} ${growth <= 120 ? '✓' : '✗'}`,
    ['stycken', '.docx', 'läsa .docx', 'granska', 'granska/läsa', 'minne (heap)', 'fynd'],
    rows,
  );
  return results;
}

async function drafting() {
  const rows: string[][] = [];
  const results: Record<string, unknown> = {};
  for (const n of [10, 100, 1000]) {
    const c = caseWithProjects(n);
    const draft = await time(() => draftCase(c));
    let bytes = 0;
    const write = await time(async () => {
      bytes = (await writeDocx(draftCase(c), c)).length;
    });
    results[String(n)] = { draftMs: draft, draftAndWriteMs: write, bytes };
    rows.push([String(n), ms(draft), ms(write), `${(bytes / 1024).toFixed(0)} kB`]);
  }
  table('3. Utkast och .docx-skrivning', ['projekt', 'utkast (DraftDocument)', 'utkast + .docx', 'filstorlek'], rows);
  return results;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function bundle() {
  const dist = path.join(ROOT, 'dist');
  if (
    !existsSync(path.join(dist, 'taskpane.html')) ||
    newestMtime(path.join(ROOT, 'src')) > statSync(path.join(dist, 'taskpane.html')).mtimeMs
  ) {
    console.log('\n4. Paketet: dist/ saknas eller är äldre än src/ – bygger först (npm run build) …');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s))
    .map((s) => s.replace(/^\.?\//, ''));
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const rows: string[][] = [];
  const results: Record<string, unknown> = {};
  let initialGzip = 0;
  for (const f of files.sort()) {
    const data = readFileSync(path.join(dist, f));
    const gz = gzipSync(data, { level: 9 }).length;
    const isInitial = initial.includes(f);
    if (isInitial) initialGzip += gz;
    results[f] = { bytes: statSync(path.join(dist, f)).size, gzip: gz, initial: isInitial };
    rows.push([f, String(data.length), String(gz), isInitial ? 'ja' : 'nej (laddas vid behov)']);
  }
  results.initialGzip = initialGzip;
  table(
    `4a. Fönstrets paket — mål: ≤ 250 KB gzip JavaScript före första visning; uppmätt ${(initialGzip / 1024).toFixed(0)} KB ${initialGzip <= 250 * 1024 ? '✓' : '✗'}`,
    ['fil', 'byte', 'gzip', 'före första visning'],
    rows,
  );
  return results;
}

async function firstRender() {
  // Lazy: playwright-core and the static server are only needed here.
  const { chromium } = await import('playwright-core');
  const { startStaticServer } = await import('./static-server');
  const server = await startStaticServer(path.join(ROOT, 'dist'));
  const officeDist = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const xs: number[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await browser.newPage();
      await page.route('https://appsforoffice.microsoft.com/**', (route) => {
        const file = path.join(officeDist, new URL(route.request().url()).pathname.split('/').pop() ?? 'office.js');
        return existsSync(file)
          ? route.fulfill({ path: file, contentType: 'application/javascript' })
          : route.fulfill({ status: 404, body: '' });
      });
      const t = Date.now();
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForSelector('[data-testid="pane-ready"], main, [role="main"]', { timeout: 30000 });
      if (i > 0) xs.push(Date.now() - t); // the first run warms the disk cache
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const s = stat(xs);
  table(
    '4b. Tid från navigering till första visning i headless Chromium',
    ['median', 'min', 'max', 'körningar'],
    [[`${s.median} ms`, `${s.min} ms`, `${s.max} ms`, String(xs.length)]],
  );
  return s;
}

async function main() {
  const started = Date.now();
  console.log(`npm run bench — ${new Date().toISOString()} — Node ${process.version}, ${RUNS} körningar per mätning (median, min–max)`);
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, runs: RUNS };
  Object.assign(results, await wordRoundTrips(caseWithProjects, table));
  results.checker = await checker();
  results.drafting = await drafting();
  results.bundle = bundle();
  try {
    results.firstRenderMs = existsSync('/usr/bin/chromium') ? await firstRender() : 'ingen Chromium i /usr/bin/chromium';
  } catch (e) {
    results.firstRenderMs = `misslyckades: ${e instanceof Error ? e.message : String(e)}`;
    console.log(`\n4b. Första visning kunde inte mätas: ${results.firstRenderMs}`);
  }
  results.totalSeconds = (Date.now() - started) / 1000;
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nKlart på ${results.totalSeconds} s. Resultaten finns i bench/results.json.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
