/**
 * Command-line entry points of the public corpus, run through scripts/corpus-to-docx.mjs and
 * scripts/corpus-report.mjs (plain Node scripts that load this file with tsx).
 */
import * as path from 'node:path';
import { buildDocx, buildItems, corpusDir, staleItems } from './corpus';
import { evaluateCorpus, formatFigures } from './evaluate';

/**
 * Splits off `--corpus NAME|DIR` (public, the default, or holdout): the corpus folder and the other
 * arguments.
 */
export function corpusArgs(args: string[]): { dir: string; label: string; rest: string[] } {
  const i = args.indexOf('--corpus');
  if (i < 0) return { dir: corpusDir('public'), label: 'Offentliga korpusen', rest: args };
  const name = args[i + 1];
  if (!name) throw new Error('--corpus behöver ett namn (public eller holdout) eller en mapp.');
  const label = name === 'holdout' ? 'Hållna utanför' : name === 'public' ? 'Offentliga korpusen' : `Korpusen ${name}`;
  return { dir: corpusDir(name), label, rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}

/** Builds the .docx files whose text changed (all of them with --all); --corpus holdout for the held-out set. */
export function toDocx(args: string[]): void {
  const { dir, rest } = corpusArgs(args);
  const where = path.relative(process.cwd(), path.join(dir, 'docx'));
  const all = rest.includes('--all');
  const items = all ? buildItems(dir) : staleItems(undefined, dir);
  if (items.length === 0) {
    console.log(`Alla .docx-filer i ${where} är redan aktuella.`);
    return;
  }
  const written = buildDocx(items, undefined, dir);
  console.log(`Skrev ${written.length} .docx-filer till ${where}.`);
}

const LABEL = { true: 'SANT     ', false: 'FALSKT   ', ignored: 'ignorerad', info: 'info     ' } as const;

/** Prints every finding with its judgement, the variants and the figures (only the named documents when given). */
export async function report(args: string[]): Promise<void> {
  const { dir, label, rest: only } = corpusArgs(args);
  const run = await evaluateCorpus(undefined, dir);
  for (const d of run.docs) {
    if (only.length && !only.includes(d.id)) continue;
    const m = run.manifest.find((x) => x.id === d.id);
    const doc = run.texts.get(d.id);
    console.log(`\n=== ${d.id} — ${m?.organisation ?? ''}: ${m?.title ?? ''}`);
    const prof = run.profiles.get(d.id);
    if (prof) console.log(`    profil: ${prof.id} (${prof.why})`);
    console.log(`    ${d.truePositives} sanna, ${d.falseErrors} falska fel, ${d.falseWarnings} falska varningar`);
    for (const j of d.judged) {
      const f = j.finding;
      const where = f.paragraph >= 0 ? `stycke ${f.paragraph + 1}` : 'hela dokumentet';
      const para = f.paragraph >= 0 ? (doc?.paragraphs[f.paragraph]?.text ?? '') : '';
      console.log(`  ${LABEL[j.verdict]} ${f.severity.padEnd(7)} [${f.rule}] ${where}: ${f.message}`);
      if (f.excerpt || para) console.log(`             ”${(f.excerpt || para).slice(0, 100)}”`);
      if (j.reason) console.log(`             – ${j.reason}`);
    }
    for (const miss of d.missedDefects) console.log(`  EJ HITTAD [${miss.rules.join('|')}] ${miss.where ?? ''}: ${miss.why}`);
  }
  if (!only.length) {
    console.log('\n=== Varianter (en ändring var)');
    for (const v of run.variants) {
      const s = v.variant;
      console.log(`  ${v.detected ? 'hittad' : 'MISSAD'} ${s.id} (${s.kind}, väntar ${s.expect.rules.join('|')}): ${s.why}`);
      for (const f of v.hits) console.log(`      + [${f.rule}] ${f.message}`);
      for (const f of v.others) console.log(`      ~ annan ny anmärkning [${f.rule}] ${f.severity}: ${f.message}`);
    }
  }
  console.log(`\n${formatFigures(run.figures, label)}`);
}

