/**
 * Command-line entry points of the public corpus, run through scripts/corpus-to-docx.mjs and
 * scripts/corpus-report.mjs (plain Node scripts that load this file with tsx).
 */
import { buildDocx, buildItems, staleItems } from './corpus';
import { evaluateCorpus, formatFigures } from './evaluate';

/** Builds the .docx files whose text changed (all of them with --all). */
export function toDocx(args: string[]): void {
  const all = args.includes('--all');
  const items = all ? buildItems() : staleItems();
  if (items.length === 0) {
    console.log('Alla .docx-filer i test/corpus/public/docx är redan aktuella.');
    return;
  }
  const written = buildDocx(items);
  console.log(`Skrev ${written.length} .docx-filer till test/corpus/public/docx.`);
}

const LABEL = { true: 'SANT     ', false: 'FALSKT   ', ignored: 'ignorerad', info: 'info     ' } as const;

/** Prints every finding with its judgement, the variants and the figures (only the named documents when given). */
export async function report(args: string[]): Promise<void> {
  const only = args;
  const run = await evaluateCorpus();
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
  console.log(`\n${formatFigures(run.figures)}`);
}

