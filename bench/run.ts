/**
 * npm run bench — measures what makes add-ins slow and prints a table; writes bench/results.json.
 *  1. round trips to Word per user action (bench/word.ts): syncs on the strict fake, and the
 *     requests (bytes, actions per sync) Microsoft's real office.js library sends
 *  2. the checker on generated documents of 100, 1 000 and 10 000 paragraphs: time, memory,
 *     and check time ÷ time to merely read the same .docx
 *  3. drafting + writing a .docx for 10, 100 and 1 000 projects; 3b (bench/cli.ts) the CLI as whole
 *     processes: tu draft of 10 000 and 100 000 projects, tu --help, tu check ÷ an fflate scan
 *  4. the task pane (bench/pane.ts): its bundle before the first view, time to first render in
 *     Chromium, and its height and keyboard path in a Word-like host after loading the example
 * Figures are medians with min and max over several runs. Targets are printed beside them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { checkDocument } from '../src/check/index';
import { draftCase } from '../src/draft';
import type { DraftDocument } from '../src/draft/types';
import { readDocx } from '../src/io/docx/read';
import { writeDocx } from '../src/io/docx/write';
import type { Case, LumProject } from '../src/model/case';
import { parseCaseJson } from '../src/model/validate';
import { wordRoundTrips } from './word';
import { paneBundle, paneFirstRender, paneLayout } from './pane';
import { cliBench } from './cli';

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
async function time(fn: () => unknown, runs = RUNS): Promise<Stat> {
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

async function main() {
  const started = Date.now();
  console.log(`npm run bench — ${new Date().toISOString()} — Node ${process.version}, ${RUNS} körningar per mätning (median, min–max)`);
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, runs: RUNS };
  Object.assign(results, await wordRoundTrips(caseWithProjects, table));
  results.checker = await checker();
  results.drafting = await drafting();
  results.cli = await cliBench(baseCase, RUNS, table);
  // 4. The task pane (bench/pane.ts).
  results.bundle = paneBundle(table);
  try {
    results.firstRenderMs = await paneFirstRender(table, RUNS);
  } catch (e) {
    const why = `misslyckades: ${e instanceof Error ? e.message : String(e)}`;
    results.firstRenderMs = why;
    console.log(`\n4b. Första visning kunde inte mätas: ${why}`);
  }
  try {
    results.paneLayout = await paneLayout(table);
  } catch (e) {
    const why = `misslyckades: ${e instanceof Error ? e.message : String(e)}`;
    results.paneLayout = why;
    console.log(`\n4c. Fönstret i Word kunde inte mätas: ${why}`);
  }
  const totalSeconds = (Date.now() - started) / 1000;
  results.totalSeconds = totalSeconds;
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nKlart på ${totalSeconds} s. Resultaten finns i bench/results.json.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
