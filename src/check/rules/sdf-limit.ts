import type { Rule } from '../rule';
import { COUNT_WORD, WB, WE, parseCount, sentences } from '../text';
import { ownerKey } from '../facts';
import { builtInCriteria } from '../../model/criteria/index';
import type { Criteria } from '../../model/criteria';
import { numberWord } from '../../swedish/numbers';
import { blocks } from '../tables';
import { findYears } from '../text';
import { yearMentions } from '../facts';

const LIMIT = new RegExp(`${WB}${COUNT_WORD}\\s+(?:\\p{L}+\\s+)?(utvecklingsprojekt|studieresor|studiebesök|ansökningar)${WE}`, 'giu');

export const rule: Rule = {
  meta: {
    id: 'sdf-limit',
    severity: 'error',
    description:
      'Gränsen för antal projekt eller studieresor per stadsdelsförvaltning är bruten, eller texten anger en annan gräns än årets kriterier.',
  },
  check(ctx) {
    const { structure } = ctx;
    const cr = ctx.criteria;
    // 1. Limits stated in the text against the year's criteria.
    if (cr) {
      for (const p of structure.body) {
        // A sentence stating a limit needs a paragraph with both words (a cheaper, wider test).
        if (!/stadsdelsförvaltning|sdf/i.test(p.text) || !/högst|maximalt|max/i.test(p.text)) continue;
        for (const s of sentences(p.text)) {
          if (!/stadsdelsförvaltning|\bsdf\b/i.test(s.text) || !/högst|maximalt|\bmax/i.test(s.text)) continue;
          LIMIT.lastIndex = 0;
          for (let m = LIMIT.exec(s.text); m !== null; m = LIMIT.exec(s.text)) {
            const n = parseCount(m[1]);
            if (n === undefined) continue;
            const kind = m[2].toLowerCase();
            const limit =
              kind === 'utvecklingsprojekt'
                ? cr.perSdf.maxLumPerAr
                : kind === 'ansökningar'
                  ? cr.perSdf.maxAnsokningarTotalt
                  : cr.perSdf.maxMulPerAr;
            if (limit === undefined || limit === n) continue;
            ctx.report({
              paragraph: p.index,
              start: s.start + m.index,
              end: s.start + m.index + m[0].length,
              message: `Texten säger högst ${m[0]} per stadsdelsförvaltning, men kriterierna för ${cr.ar} säger ${numberWord(limit)}. Rätta antalet.`,
            });
          }
        }
      }
    }
    // 2. The districts in the document's tables of grants against the limits of that year.
    const c = ctx.case;
    const caseCount = (fund: 'lum' | 'mul', district: string): number =>
      c ? (fund === 'lum' ? c.lum.map((p) => p.sdf) : c.mul.map((t) => t.sdf)).filter((x) => ownerKey(x) === district).length : 0;
    let titleYear: number | undefined;
    if (structure.title) titleYear = yearMentions(structure.title).find((m) => m.kind !== 'inriktning')?.year;
    for (const b of blocks(structure)) {
      if (b.kind !== 'table' || (b.fund !== 'lum' && b.fund !== 'mul') || b.districts.length < 2) continue;
      const year = (b.intro ? findYears(b.intro.text)[0]?.year : undefined) ?? c?.ar.redovisning ?? titleYear;
      if (year === undefined) continue;
      const tc: Criteria | undefined = cr && cr.ar === year ? cr : builtInCriteria(year);
      const limit = b.fund === 'lum' ? tc?.perSdf.maxLumPerAr : tc?.perSdf.maxMulPerAr;
      if (limit === undefined) continue;
      const counts = new Map<string, number>();
      for (const d of b.districts) {
        const n = (counts.get(d.district.namn) ?? 0) + 1;
        counts.set(d.district.namn, n);
        // Once per district, at the row that goes over the limit; the case's own check covers a case that is over too.
        if (n !== limit + 1 || caseCount(b.fund, d.district.namn) > limit) continue;
        const what = b.fund === 'lum' ? 'lokala utvecklingsprojekt' : 'studieresor';
        ctx.report({
          paragraph: d.paragraph.index,
          start: 0,
          end: d.paragraph.text.length,
          message: `Tabellen över beviljade ${what} ${year} har ${n} rader för ${d.district.namn}, men kriterierna för ${year} tillåter högst ${numberWord(limit)} ${what} per stadsdelsförvaltning och år. Kontrollera tabellen.`,
        });
      }
    }

    // 3. The case's grants per district against the limits of the year they were granted.
    if (!c) return;
    const year = c.ar.redovisning;
    const gc: Criteria | undefined = cr && cr.ar === year ? cr : builtInCriteria(year);
    if (!gc) return;
    const lum = new Map<string, number>();
    const mul = new Map<string, number>();
    for (const p of c.lum) lum.set(ownerKey(p.sdf), (lum.get(ownerKey(p.sdf)) ?? 0) + 1);
    for (const t of c.mul) mul.set(ownerKey(t.sdf), (mul.get(ownerKey(t.sdf)) ?? 0) + 1);
    const where = { paragraph: structure.byId.arendet?.heading.index ?? -1, start: 0, end: 0 };
    const check = (map: Map<string, number>, limit: number | undefined, what: string, field: string) => {
      if (limit === undefined) return;
      for (const [sdf, n] of map) {
        if (/socialförvaltning/i.test(sdf)) continue;
        if (n > limit) {
          ctx.report({
            ...where,
            message: `${sdf} har ${n} ${what} ${year} (${field}), men kriterierna tillåter högst ${limit} per stadsdelsförvaltning och år. Kontrollera ärendets ${field}.`,
          });
        }
      }
    };
    check(lum, gc.perSdf.maxLumPerAr, 'lokala utvecklingsprojekt', 'lum');
    check(mul, gc.perSdf.maxMulPerAr, 'studieresor', 'mul');
    if (gc.perSdf.maxAnsokningarTotalt !== undefined) {
      const total = new Map<string, number>(lum);
      for (const [k, v] of mul) total.set(k, (total.get(k) ?? 0) + v);
      check(total, gc.perSdf.maxAnsokningarTotalt, 'beviljade ansökningar (projekt och studieresor)', 'lum och mul');
    }
  },
};
