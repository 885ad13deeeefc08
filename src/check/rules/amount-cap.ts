import type { Rule } from '../rule';
import { findAmounts, fundAt, paragraphNaming } from '../amounts';
import { sentences, q } from '../text';
import { kronor } from '../../swedish/numbers';
import { builtInCriteria } from '../../model/criteria/index';
import type { Criteria } from '../../model/criteria';

export const rule: Rule = {
  meta: { id: 'amount-cap', severity: 'error', description: 'Belopp över årets högsta belopp, eller ett högsta belopp i texten som inte stämmer med årets kriterier.' },
  check(ctx) {
    const { structure } = ctx;
    const cr = ctx.criteria;
    // 1. Caps stated in the text against the year's criteria.
    if (cr) {
      for (const p of structure.body) {
        // A sentence naming a cap needs a paragraph with one of these (a cheaper, wider test).
        if (!/maximalt|högst|max/i.test(p.text)) continue;
        for (const s of sentences(p.text)) {
          if (!/maximalt|högst|högsta belopp|högsta beloppet|\bmax\b|maxbelopp/i.test(s.text)) continue;
          if (/\btotalt\b|\bsammanlagt\b|omfattar/i.test(s.text)) continue;
          const amounts = findAmounts(s.text);
          if (amounts.length !== 1) continue;
          const a = amounts[0];
          const fund = fundAt(structure, p.index, s.text);
          const cap = fund === 'lum' ? cr.lum.maxBelopp : fund === 'mul' ? cr.mul.maxBelopp : undefined;
          if (cap === undefined || a.value === cap) continue;
          const what = fund === 'lum' ? 'ett lokalt utvecklingsprojekt' : 'en studieresa';
          ctx.report({
            paragraph: p.index,
            start: s.start + a.start,
            end: s.start + a.end,
            message: `Texten anger att ${what} kan beviljas högst ${kronor(a.value)}, men kriterierna för ${cr.ar} säger ${kronor(cap)}. Rätta beloppet${ctx.criteriaFromCase ? ' eller ärendets kriterier' : ''}.`,
          });
        }
      }
    }
    // 2. The case's grants against the caps of the year they were granted.
    const c = ctx.case;
    if (!c) return;
    const grantYear = c.ar.redovisning;
    const grantCriteria: Criteria | undefined = cr && cr.ar === grantYear ? cr : builtInCriteria(grantYear);
    if (!grantCriteria) return;
    c.lum.forEach((p, i) => {
      if (p.belopp !== undefined && p.belopp > grantCriteria.lum.maxBelopp) {
        const at = paragraphNaming(structure, p.namn);
        ctx.report({
          paragraph: at ? at.index : -1,
          start: 0,
          end: at ? at.text.length : 0,
          message: `Projektet ${q(p.namn)} (lum[${i}].belopp) har ${kronor(p.belopp)}, mer än högsta beloppet ${kronor(grantCriteria.lum.maxBelopp)} ${grantCriteria.lum.beloppPer === 'ar' ? 'per år' : 'per projekt'} för ${grantCriteria.ar}. Kontrollera beloppet.`,
        });
      }
      const years = p.ar.till - p.ar.fran + 1;
      if (years > grantCriteria.lum.maxAr) {
        const at = paragraphNaming(structure, p.namn);
        ctx.report({
          paragraph: at ? at.index : -1,
          start: 0,
          end: at ? at.text.length : 0,
          severity: 'warning',
          message: `Projektet ${q(p.namn)} (lum[${i}].ar) pågår ${years} år, men kriterierna för ${grantCriteria.ar} tillåter högst ${grantCriteria.lum.maxAr} år. Kontrollera projektåren.`,
        });
      }
    });
    const mulCap = grantCriteria.mul.maxBelopp;
    if (mulCap !== undefined) {
      c.mul.forEach((t, i) => {
        if (t.belopp !== undefined && t.belopp > mulCap) {
          const at = paragraphNaming(structure, t.destination);
          ctx.report({
            paragraph: at ? at.index : -1,
            start: 0,
            end: at ? at.text.length : 0,
            message: `Studieresan till ${t.destination} (mul[${i}].belopp) har ${kronor(t.belopp)}, mer än högsta beloppet ${kronor(mulCap)} för ${grantCriteria.ar}. Kontrollera beloppet.`,
          });
        }
      });
    }
  },
};
