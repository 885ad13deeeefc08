/**
 * Bench section 3b: the command line as whole processes (start-up included), as a user meets it.
 *  - tu draft of a case with 10 000 projects to a .docx: wall time and peak memory (goal ≤ 2 s, ≤ 300 MB);
 *  - tu draft of 100 000 projects: what happens (it must stop early with a Swedish limit message);
 *  - tu --help: the CLI's own start (goal < 0.15 s), beside `node -e 0`, Node's own start here;
 *  - tu check of a 12 000-paragraph .docx ÷ bench/scan-docx.js (fflate unzip + paragraph scan) of
 *    the same file, runs taken in turn and paired (goal ≤ 2).
 * Each process runs through bench/cli-peak.js, which reports its peak memory (maxRSS) on exit.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { draftCase } from '../src/draft';
import { writeDocx } from '../src/io/docx/write';
import type { Case } from '../src/model/case';

const ROOT = path.join(__dirname, '..');
const PEAK = path.join(__dirname, 'cli-peak.js');
const SCAN = path.join(__dirname, 'scan-docx.js');

interface Proc {
  ms: number;
  peakMb: number;
  code: number | null;
  stderr: string;
}

function run(args: string[], cwd: string): Proc {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const peak = /TU_PEAK_KB=(\d+)/.exec(r.stderr ?? '');
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN, code: r.status, stderr: (r.stderr ?? '').replace(/TU_PEAK_KB=\d+\n?/, '') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** lib/ (what bin/tu.js runs) built from the current sources. */
function ensureBuilt(): void {
  const lib = path.join(ROOT, 'lib', 'cli', 'main.js');
  if (existsSync(lib) && statSync(lib).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  console.log('\n3b. lib/ saknas eller är äldre än src/ – bygger först (npm run build:cli) …');
  const r = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build:cli misslyckades:\n${r.stdout}${r.stderr}`);
}

function caseWith(base: Case, n: number): Case {
  const src = base.lum[0];
  return { ...base, lum: Array.from({ length: n }, (_, i) => ({ ...src, namn: `${src.namn} ${i + 1}` })) };
}

export async function cliBench(base: Case, runs: number, table: (title: string, header: string[], rows: string[][]) => void) {
  ensureBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'tu-bench-'));
  try {
    writeFileSync(path.join(dir, 'p10000.json'), JSON.stringify(caseWith(base, 10_000)));
    const small = Array.from({ length: 100_000 }, (_, i) => ({
      namn: `Projekt ${i + 1}`,
      sdf: 'Farsta',
      ar: { fran: 2022, till: 2023 },
      status: 'slutredovisas',
    }));
    writeFileSync(path.join(dir, 'p100000.json'), JSON.stringify({ ...base, lum: small }));
    // A document of about 12 000 paragraphs (1.7 MB of text), as in issue 13.
    const doc = draftCase({ ...base, lum: base.lum.slice(0, 3) });
    const arendet = doc.sections.find((s) => s.id === 'arendet')!;
    const filler =
      'Projektet har genomförts i samverkan med stadsdelsförvaltningarna och har följts av forskare. Resultaten redovisas i bilagan och i ärendet.';
    for (let i = 0; i < 12_000; i++) arendet.blocks.push({ type: 'paragraph', text: `${filler} (${i})` });
    writeFileSync(path.join(dir, 'lang.docx'), await writeDocx(doc, base));

    const tu = (...a: string[]) => run([PEAK, ...a], dir);
    tu('--help'); // warm-up (file cache)
    const draft: Proc[] = [];
    for (let i = 0; i < runs; i++) draft.push(tu('draft', 'p10000.json', '-o', 'ut.docx', '--force'));
    const big = tu('draft', 'p100000.json', '-o', 'ut100k.docx', '--force');
    const help: number[] = [];
    const node: number[] = [];
    const check: number[] = [];
    const scan: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      help.push(tu('--help').ms);
      node.push(run(['-e', '0'], dir).ms);
      const c = tu('check', 'lang.docx').ms;
      const s = run([SCAN, 'lang.docx'], dir).ms;
      check.push(c);
      scan.push(s);
      ratios.push(c / s);
    }
    const results = {
      draft10000: {
        ms: median(draft.map((p) => p.ms)),
        msAll: draft.map((p) => Math.round(p.ms)),
        peakMb: Math.round(median(draft.map((p) => p.peakMb))),
        exit: draft[0].code,
        bytes: existsSync(path.join(dir, 'ut.docx')) ? readFileSync(path.join(dir, 'ut.docx')).length : 0,
        goal: '≤ 2000 ms, ≤ 300 MB',
      },
      draft100000: {
        ms: Math.round(big.ms),
        peakMb: Math.round(big.peakMb),
        exit: big.code,
        message: big.stderr.trim().split('\n')[0] ?? '',
      },
      startMs: { tuHelp: median(help), nodeOnly: median(node), goal: '< 150 ms' },
      checkVsScan: { checkMs: median(check), scanMs: median(scan), ratio: Number(median(ratios).toFixed(2)), goal: '≤ 2' },
    };
    table(
      '3b. Kommandoraden, hela processer (median av ' + runs + ')',
      ['mätning', 'tid', 'minne', 'mål / utfall'],
      [
        [
          'tu draft, 10 000 projekt → .docx',
          range(draft.map((p) => p.ms)),
          `${results.draft10000.peakMb} MB`,
          `≤ 2 000 ms, ≤ 300 MB; slutkod ${draft[0].code}`,
        ],
        [
          'tu draft, 100 000 projekt',
          `${big.ms.toFixed(0)} ms`,
          `${results.draft100000.peakMb} MB`,
          `slutkod ${big.code}: ${results.draft100000.message.slice(0, 60)}…`,
        ],
        ['tu --help (start)', range(help), '', `< 150 ms (node -e 0: ${median(node).toFixed(0)} ms)`],
        ['tu check, 12 000 stycken', range(check), '', `÷ skanning ${median(scan).toFixed(0)} ms = ${results.checkVsScan.ratio} (mål ≤ 2)`],
      ],
    );
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
