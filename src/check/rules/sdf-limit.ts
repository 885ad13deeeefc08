import type { Rule } from '../rule';
import { COUNT_WORD, WB, WE, parseCount, sentences } from '../text';
import { ownerKey } from '../facts';
import { builtInCriteria } from '../../model/criteria/index';
import type { Criteria } from '../../model/criteria';
import { numberWord } from '../../swedish/numbers';

const LIMIT = new RegExp(`${WB}${COUNT_WORD}\\s+(?:\\p{L}+\\s+)?(utvecklingsprojekt|studieresor|studiebesök|ansökningar)${WE}`, 'giu');

export const rule: Rule = {
  meta: { id: 'sdf-limit', severity: 'error', description: 'Gränsen för antal projekt eller studieresor per stadsdelsförvaltning är bruten, eller texten anger en annan gräns än årets kriterier.' },
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
              kind === 'utvecklingsprojekt' ? cr.perSdf.maxLumPerAr : kind === 'ansökningar' ? cr.perSdf.maxAnsokningarTotalt : cr.perSdf.maxMulPerAr;
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
    // 2. The case's grants per district against the limits of the year they were granted.
    const c = ctx.case;
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
          ctx.report({ ...where, message: `${sdf} har ${n} ${what} ${year} (${field}), men kriterierna tillåter högst ${limit} per stadsdelsförvaltning och år. Kontrollera ärendets ${field}.` });
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
