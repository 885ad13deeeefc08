import type { Rule } from '../rule';
import { findAmounts, fundAt, paragraphNaming } from '../amounts';
import { sentences, q } from '../text';
import { kronor } from '../../swedish/numbers';
import { builtInCriteria } from '../../model/criteria/index';
import type { Criteria } from '../../model/criteria';
import { BUILT_IN_CRITERIA } from '../../model/criteria/index';
import { findYears } from '../text';
import { yearMentions } from '../facts';

/**
 * The criteria in force for a grant year: that year's, else the latest earlier year we have
 * (criteria hold until new ones are decided), else the document's. `exact` tells which.
 */
function criteriaInForce(year: number | undefined, docCriteria: Criteria | undefined): { cr: Criteria; exact: boolean } | undefined {
  if (year === undefined) return docCriteria ? { cr: docCriteria, exact: false } : undefined;
  if (docCriteria && docCriteria.ar === year) return { cr: docCriteria, exact: true };
  const own = builtInCriteria(year);
  if (own) return { cr: own, exact: true };
  const earlier = BUILT_IN_CRITERIA.filter((c) => c.ar < year).sort((a, b) => b.ar - a.ar)[0];
  if (earlier) return { cr: earlier, exact: false };
  return docCriteria ? { cr: docCriteria, exact: false } : undefined;
}

/** A sentence saying what a project was granted: "Projektet beviljades 520 000 kronor för 2023." */
const GRANTED = /(?<![\p{L}])(beviljades|beviljats)(?![\p{L}])/iu;
/** Money from another funder ("beviljades 600 000 kronor från Allmänna arvsfonden") is not LUM. */
const OTHER_FUNDER = /(?<![\p{L}])(från|av|via)\s+\p{Lu}/u;
const NOT_ONE_GRANT =
  /(?<![\p{L}])(totalt|sammanlagt|omfattar|maximalt|högst|högsta|max|maxbelopp|upp till|ansökningarna|projekten|förvaltningarna|studieresor|studiebesök)(?![\p{L}])/iu;

export const rule: Rule = {
  meta: {
    id: 'amount-cap',
    severity: 'error',
    description: 'Belopp över årets högsta belopp, eller ett högsta belopp i texten som inte stämmer med årets kriterier.',
  },
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
    // 2. An amount the text says one project was granted, against the cap of the year it was granted.
    const c = ctx.case;
    let reportYear = c?.ar.redovisning;
    if (reportYear === undefined && structure.title) reportYear = yearMentions(structure.title).find((m) => m.kind !== 'inriktning')?.year;
    const arendet = structure.byId.arendet;
    for (const p of arendet?.content ?? []) {
      if (p.inTable || !/bevilja/i.test(p.text)) continue;
      for (const s of sentences(p.text)) {
        if (!GRANTED.test(s.text) || NOT_ONE_GRANT.test(s.text) || OTHER_FUNDER.test(s.text)) continue;
        const amounts = findAmounts(s.text);
        if (amounts.length !== 1) continue;
        if (fundAt(structure, p.index, s.text) !== 'lum') continue;
        const a = amounts[0];
        // "för 2023": one year named (not a range "2021–2023") is the year of the grant.
        const ys = findYears(s.text).filter((y) => !/[–-]\s*$/.test(s.text.slice(0, y.start)) && !/^\s*[–-]/.test(s.text.slice(y.end)));
        const forYear = /(?<![\p{L}])(för|under|år)\s+$/iu.test(s.text.slice(0, ys[ys.length - 1]?.start ?? 0))
          ? ys[ys.length - 1]?.year
          : undefined;
        const grantYear = forYear ?? reportYear;
        const inForce = criteriaInForce(grantYear, cr);
        if (!inForce) continue;
        const lum = inForce.cr.lum;
        const perYear = lum.beloppPer === 'ar';
        // Per year: an amount for one named year (or "per år") is one year's; else it may cover every year.
        const oneYear = forYear !== undefined || /per år|årligen/i.test(s.text);
        const cap = perYear && !oneYear ? lum.maxBelopp * lum.maxAr : lum.maxBelopp;
        if (a.value <= cap) continue;
        ctx.report({
          paragraph: p.index,
          start: s.start + a.start,
          end: s.start + a.end,
          severity: inForce.exact ? 'error' : 'warning',
          message:
            `Texten säger att ett projekt beviljades ${kronor(a.value)}${forYear ? ` för ${forYear}` : ''}, men högsta beloppet är ` +
            `${kronor(lum.maxBelopp)} ${perYear ? 'per år' : 'per projekt'}${perYear && !oneYear ? ` i högst ${lum.maxAr} år` : ''} ` +
            `(kriterierna för ${inForce.cr.ar}${inForce.exact || grantYear === undefined ? '' : `; för ${grantYear} finns inga inbyggda kriterier, så de närmaste används`}). Kontrollera beloppet.`,
        });
      }
    }

    // 3. The case's grants against the caps of the year they were granted.
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
