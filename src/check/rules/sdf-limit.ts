import type { Rule, RuleContext } from '../rule';
import { COUNT_WORD, findYears, matchAt, parseCount, sentences, twin, WB, WE } from '../text';
import { ownerKey, yearMentions } from '../facts';
import { builtInCriteria } from '../../model/criteria/index';
import type { Criteria } from '../../model/criteria';
import { numberWord } from '../../swedish/numbers';
import { blocks, type Block } from '../tables';
import { mayMatch } from '../scan';

const LIMIT = twin(
  new RegExp(`${WB}${COUNT_WORD}\\s+(?:\\p{L}+\\s+)?(utvecklingsprojekt|studieresor|studiebesök|ansökningar)${WE}`, 'giu'),
);

/** The year's limit for one kind of grant per district ("utvecklingsprojekt", "ansökningar", else study trips). */
function limitFor(cr: Criteria, kind: string): number | undefined {
  if (kind === 'utvecklingsprojekt') return cr.perSdf.maxLumPerAr;
  if (kind === 'ansökningar') return cr.perSdf.maxAnsokningarTotalt;
  return cr.perSdf.maxMulPerAr;
}

/** 1. A limit stated in the text ("högst två lokala utvecklingsprojekt per stadsdelsförvaltning") against the year's criteria. */
function statedLimits(ctx: RuleContext, cr: Criteria): void {
  for (const p of mayMatch(ctx.structure.body, /högst|maximalt|max/i)) {
    // A sentence stating a limit needs a paragraph with both words (a cheaper, wider test).
    if (!/stadsdelsförvaltning|sdf/i.test(p.text) || !/högst|maximalt|max/i.test(p.text)) continue;
    for (const s of sentences(p.text)) {
      if (!/stadsdelsförvaltning|\bsdf\b/i.test(s.text) || !/högst|maximalt|\bmax/i.test(s.text)) continue;
      const limitRe = LIMIT.for(p.text);
      limitRe.lastIndex = 0;
      for (let m = limitRe.exec(s.text); m !== null; m = limitRe.exec(s.text)) {
        const n = parseCount(m[1]);
        const limit = limitFor(cr, m[2].toLowerCase());
        if (n === undefined || limit === undefined || limit === n) continue;
        ctx.report({
          ...matchAt(p, m, s.start),
          messageId: 'statedLimit',
          data: { stated: m[0], year: cr.ar, limit: numberWord(limit) },
        });
      }
    }
  }
}

/** How many of the case's grants of a fund a district has. */
function caseCount(ctx: RuleContext, fund: 'lum' | 'mul', district: string): number {
  const c = ctx.case;
  if (!c) return 0;
  return (fund === 'lum' ? c.lum.map((p) => p.sdf) : c.mul.map((t) => t.sdf)).filter((x) => ownerKey(x) === district).length;
}

/** 2. The districts in one of the document's tables of grants against the limit of that year. */
function tableOverLimit(ctx: RuleContext, b: Block, titleYear: number | undefined): void {
  if (b.kind !== 'table' || (b.fund !== 'lum' && b.fund !== 'mul') || b.districts.length < 2) return;
  const year = (b.intro ? findYears(b.intro.text)[0]?.year : undefined) ?? ctx.case?.ar.redovisning ?? titleYear;
  if (year === undefined) return;
  const cr = ctx.criteria && ctx.criteria.ar === year ? ctx.criteria : builtInCriteria(year);
  const limit = b.fund === 'lum' ? cr?.perSdf.maxLumPerAr : cr?.perSdf.maxMulPerAr;
  if (limit === undefined) return;
  const counts = new Map<string, number>();
  for (const d of b.districts) {
    const n = (counts.get(d.district.namn) ?? 0) + 1;
    counts.set(d.district.namn, n);
    // Once per district, at the row that goes over the limit; the case's own check covers a case that is over too.
    if (n !== limit + 1 || caseCount(ctx, b.fund, d.district.namn) > limit) continue;
    ctx.report({
      paragraph: d.paragraph.index,
      start: 0,
      end: d.paragraph.text.length,
      messageId: 'table',
      data: {
        what: b.fund === 'lum' ? 'lokala utvecklingsprojekt' : 'studieresor',
        year,
        rows: n,
        district: d.district.namn,
        limit: numberWord(limit),
      },
    });
  }
}

/** 3. The case's grants per district against the limits of the year they were granted. */
function caseOverLimit(ctx: RuleContext): void {
  const c = ctx.case;
  if (!c) return;
  const year = c.ar.redovisning;
  const cr = ctx.criteria && ctx.criteria.ar === year ? ctx.criteria : builtInCriteria(year);
  if (!cr) return;
  const count = (sdfs: string[]) => {
    const m = new Map<string, number>();
    for (const s of sdfs) m.set(ownerKey(s), (m.get(ownerKey(s)) ?? 0) + 1);
    return m;
  };
  const lum = count(c.lum.map((p) => p.sdf));
  const mul = count(c.mul.map((t) => t.sdf));
  const where = { paragraph: ctx.structure.byId.arendet?.heading.index ?? -1, start: 0, end: 0 };
  const check = (map: Map<string, number>, limit: number | undefined, what: string, field: string) => {
    if (limit === undefined) return;
    for (const [sdf, n] of map) {
      if (/socialförvaltning/i.test(sdf) || n <= limit) continue;
      ctx.report({ ...where, messageId: 'case', data: { district: sdf, count: n, what, year, field, limit } });
    }
  };
  check(lum, cr.perSdf.maxLumPerAr, 'lokala utvecklingsprojekt', 'lum');
  check(mul, cr.perSdf.maxMulPerAr, 'studieresor', 'mul');
  if (cr.perSdf.maxAnsokningarTotalt !== undefined) {
    const total = new Map<string, number>(lum);
    for (const [k, v] of mul) total.set(k, (total.get(k) ?? 0) + v);
    check(total, cr.perSdf.maxAnsokningarTotalt, 'beviljade ansökningar (projekt och studieresor)', 'lum och mul');
  }
}

export const rule: Rule = {
  meta: {
    id: 'sdf-limit',
    title: 'För många ansökningar per stadsdelsförvaltning',
    severity: 'error',
    docs: {
      description:
        'Gränsen för antal projekt eller studieresor per stadsdelsförvaltning är bruten, eller texten anger en annan gräns än årets kriterier.',
    },
    messages: {
      statedLimit: 'Texten säger högst {stated} per stadsdelsförvaltning, men kriterierna för {year} säger {limit}. Rätta antalet.',
      table:
        'Tabellen över beviljade {what} {year} har {rows} rader för {district}, men kriterierna för {year} tillåter högst {limit} {what} per stadsdelsförvaltning och år. Kontrollera tabellen.',
      case: '{district} har {count} {what} {year} ({field}), men kriterierna tillåter högst {limit} per stadsdelsförvaltning och år. Kontrollera ärendets {field}.',
    },
  },
  check(ctx) {
    const { structure } = ctx;
    if (ctx.criteria) statedLimits(ctx, ctx.criteria);
    const titleYear = structure.title ? yearMentions(structure.title).find((m) => m.kind !== 'inriktning')?.year : undefined;
    for (const b of blocks(structure)) tableOverLimit(ctx, b, titleYear);
    caseOverLimit(ctx);
  },
};
