import type { Rule, RuleContext } from '../rule';
import { findAmounts, fundAt, paragraphNaming } from '../amounts';
import { findYears, sentences, q, twin } from '../text';
import { kronor } from '../../swedish/numbers';
import { BUILT_IN_CRITERIA, builtInCriteria } from '../../model/criteria/index';
import type { Criteria } from '../../model/criteria';
import { yearMentions } from '../facts';
import { describePath } from '../../model/fields';
import type { DocParagraph } from '../types';
import { mayMatch, mayMatchIn } from '../scan';

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
const GRANTED = twin(/(?<![\p{L}])(beviljades|beviljats)(?![\p{L}])/iu);
/** Money from another funder ("beviljades 600 000 kronor från Allmänna arvsfonden") is not LUM. */
const OTHER_FUNDER = twin(/(?<![\p{L}])(från|av|via)\s+\p{Lu}/u);
const NOT_ONE_GRANT = twin(
  /(?<![\p{L}])(totalt|sammanlagt|omfattar|maximalt|högst|högsta|max|maxbelopp|upp till|ansökningarna|projekten|förvaltningarna|studieresor|studiebesök)(?![\p{L}])/iu,
);
const FOR_YEAR = twin(/(?<![\p{L}])(för|under|år)\s+$/iu);
const CAP_WORDS = /maximalt|högst|högsta belopp|högsta beloppet|\bmax\b|maxbelopp/i;
const CAP_HINT = /maximalt|högst|max/i;
const GRANT_HINT = /bevilja/i;

/** 1. A cap stated in the text ("kan maximalt beviljas 500 000 kr") against the year's criteria. */
function statedCaps(ctx: RuleContext, cr: Criteria): void {
  const { structure } = ctx;
  for (const p of mayMatch(structure.body, CAP_HINT)) {
    // A sentence naming a cap needs a paragraph with one of these (a cheaper, wider test).
    if (!CAP_HINT.test(p.text)) continue;
    for (const s of sentences(p.text)) {
      if (!CAP_WORDS.test(s.text) || /\btotalt\b|\bsammanlagt\b|omfattar/i.test(s.text)) continue;
      const amounts = findAmounts(s.text);
      if (amounts.length !== 1) continue;
      const a = amounts[0];
      const fund = fundAt(structure, p.index, s.text);
      const cap = fund === 'lum' ? cr.lum.maxBelopp : fund === 'mul' ? cr.mul.maxBelopp : undefined;
      if (cap === undefined || a.value === cap) continue;
      ctx.report({
        paragraph: p.index,
        start: s.start + a.start,
        end: s.start + a.end,
        messageId: ctx.criteriaFromCase ? 'statedCapCase' : 'statedCap',
        data: {
          what: fund === 'lum' ? 'ett lokalt utvecklingsprojekt' : 'en studieresa',
          stated: kronor(a.value),
          year: cr.ar,
          cap: kronor(cap),
        },
      });
    }
  }
}

/** The year a grant sentence names ("för 2023"; not a range "2021–2023"), if any. */
function namedGrantYear(sentence: string): number | undefined {
  const ys = findYears(sentence).filter((y) => !/[–-]\s*$/.test(sentence.slice(0, y.start)) && !/^\s*[–-]/.test(sentence.slice(y.end)));
  const last = ys[ys.length - 1];
  return last && FOR_YEAR.for(sentence).test(sentence.slice(0, last.start)) ? last.year : undefined;
}

/** 2. An amount the text says one project was granted, against the cap of the year it was granted. */
function grantedInText(ctx: RuleContext, p: DocParagraph, reportYear: number | undefined): void {
  for (const s of sentences(p.text)) {
    if (!GRANTED.for(p.text).test(s.text) || NOT_ONE_GRANT.for(p.text).test(s.text) || OTHER_FUNDER.for(p.text).test(s.text)) continue;
    const amounts = findAmounts(s.text);
    if (amounts.length !== 1 || fundAt(ctx.structure, p.index, s.text) !== 'lum') continue;
    const a = amounts[0];
    const forYear = namedGrantYear(s.text);
    const grantYear = forYear ?? reportYear;
    const inForce = criteriaInForce(grantYear, ctx.criteria);
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
      messageId: inForce.exact || grantYear === undefined ? 'granted' : 'grantedNearest',
      data: {
        stated: kronor(a.value),
        forYear: forYear ? ` för ${forYear}` : '',
        cap: kronor(lum.maxBelopp),
        per: perYear ? 'per år' : 'per projekt',
        years: perYear && !oneYear ? ` i högst ${lum.maxAr} år` : '',
        criteriaYear: inForce.cr.ar,
        grantYear: grantYear ?? '',
      },
    });
  }
}

/** 3. The case's grants against the caps of the year they were granted. */
function caseGrants(ctx: RuleContext): void {
  const { structure } = ctx;
  const c = ctx.case;
  if (!c) return;
  const grantYear = c.ar.redovisning;
  const cr = ctx.criteria && ctx.criteria.ar === grantYear ? ctx.criteria : builtInCriteria(grantYear);
  if (!cr) return;
  const at = (name: string) => {
    const p = paragraphNaming(structure, name);
    return { paragraph: p ? p.index : -1, start: 0, end: p ? p.text.length : 0 };
  };
  c.lum.forEach((p, i) => {
    if (p.belopp !== undefined && p.belopp > cr.lum.maxBelopp) {
      ctx.report({
        ...at(p.namn),
        messageId: 'caseAmount',
        data: {
          name: q(p.namn),
          field: describePath(['lum', i, 'belopp']),
          amount: kronor(p.belopp),
          cap: kronor(cr.lum.maxBelopp),
          per: cr.lum.beloppPer === 'ar' ? 'per år' : 'per projekt',
          year: cr.ar,
        },
      });
    }
    const years = p.ar.till - p.ar.fran + 1;
    if (years > cr.lum.maxAr) {
      ctx.report({
        ...at(p.namn),
        severity: 'warning',
        messageId: 'caseYears',
        data: { name: q(p.namn), field: describePath(['lum', i, 'ar']), years, year: cr.ar, maxYears: cr.lum.maxAr },
      });
    }
  });
  const mulCap = cr.mul.maxBelopp;
  if (mulCap === undefined) return;
  c.mul.forEach((t, i) => {
    if (t.belopp === undefined || t.belopp <= mulCap) return;
    ctx.report({
      ...at(t.destination),
      messageId: 'caseTrip',
      data: {
        destination: t.destination,
        field: describePath(['mul', i, 'belopp']),
        amount: kronor(t.belopp),
        cap: kronor(mulCap),
        year: cr.ar,
      },
    });
  });
}

export const rule: Rule = {
  meta: {
    id: 'amount-cap',
    title: 'Belopp över taket',
    severity: 'error',
    docs: { description: 'Belopp över årets högsta belopp, eller ett högsta belopp i texten som inte stämmer med årets kriterier.' },
    messages: {
      statedCap: 'Texten anger att {what} kan beviljas högst {stated}, men kriterierna för {year} säger {cap}. Rätta beloppet.',
      statedCapCase:
        'Texten anger att {what} kan beviljas högst {stated}, men kriterierna för {year} säger {cap}. Rätta beloppet eller ärendets kriterier.',
      granted:
        'Texten säger att ett projekt beviljades {stated}{forYear}, men högsta beloppet är {cap} {per}{years} (kriterierna för {criteriaYear}). Kontrollera beloppet.',
      grantedNearest:
        'Texten säger att ett projekt beviljades {stated}{forYear}, men högsta beloppet är {cap} {per}{years} (kriterierna för {criteriaYear}; för {grantYear} finns inga inbyggda kriterier, så de närmaste används). Kontrollera beloppet.',
      caseAmount:
        'Projektet {name} (ärendets uppgifter: {field}) har {amount}, mer än högsta beloppet {cap} {per} för {year}. Kontrollera beloppet.',
      caseYears:
        'Projektet {name} (ärendets uppgifter: {field}) pågår {years} år, men kriterierna för {year} tillåter högst {maxYears} år. Kontrollera projektåren.',
      caseTrip:
        'Studieresan till {destination} (ärendets uppgifter: {field}) har {amount}, mer än högsta beloppet {cap} för {year}. Kontrollera beloppet.',
    },
  },
  check(ctx) {
    const { structure } = ctx;
    if (ctx.criteria) statedCaps(ctx, ctx.criteria);
    let reportYear = ctx.case?.ar.redovisning;
    if (reportYear === undefined && structure.title) reportYear = yearMentions(structure.title).find((m) => m.kind !== 'inriktning')?.year;
    for (const p of mayMatchIn(structure.byId.arendet?.content ?? [], structure.body, GRANT_HINT)) {
      if (!p.inTable && GRANT_HINT.test(p.text)) grantedInText(ctx, p, reportYear);
    }
    caseGrants(ctx);
  },
};
