/** Building blocks shared by both document kinds. Every sentence is built with its sources (source.ts). */
import type { Case } from '../model/case';
import { findDistrict as findDistrictUncached, ownerName as ownerNameUncached, type District } from '../model/districts';
import { memoize } from '../model/memo';
import { SECTION_TITLES, type SectionId, type StandardSectionId } from '../model/sections';
import { dayMonth, longDate, yearOf } from '../swedish/dates';
import { kronor, numberWord } from '../swedish/numbers';
import { sentence as endSentence } from '../swedish/text';
import { allows, type DraftStyle, type WordingId, WORDING } from './wording';
import {
  facts,
  from,
  item,
  joinVals,
  mapVal,
  own,
  para,
  placeholderPara,
  s,
  textPieces,
  verbatim,
  wording,
  type Facts,
  type Val,
} from './source';
import type { Block, DraftSection, HeaderInfo, ListItem, Sentence, SignaturesBlock, SourceRef } from './types';

export { facts, type Facts };

// A case names the same few förvaltningar again and again: look each name up once (drafting 1 000
// projects spent most of its time normalizing district names).
export const findDistrict: (name: string) => District | undefined = memoize(findDistrictUncached, 10_000);
export const ownerName: (sdf: string) => string = memoize(ownerNameUncached, 10_000);

export interface DraftOptions {
  /** The house-style profile's choices (order, headings, standard wording). */
  style?: DraftStyle;
  /** The year of criteria that were given but set aside because they are another year's (set by draftCase). */
  otherYearCriteria?: number;
  /** Where those criteria came from, for the warning ("kriteriefilen (kriterier-2026.csv) gäller"); see criteriaOrigin(). */
  otherYearCriteriaFrom?: string;
  /** The file the criteria were read from (tu draft --kriterier FIL), so that messages can name it. */
  criteriaFile?: string;
}

export function section(id: SectionId, blocks: Block[], heading: string | null = SECTION_TITLES[id], style?: DraftStyle): DraftSection {
  const own = id !== 'huvud' && id !== 'titel' ? style?.headings?.[id] : undefined;
  const headingSources: SourceRef[] = own ? [`wording:profil-rubrik-${id}`] : [`wording:rubrik-${id}`];
  return { id, heading: own ?? heading, headingLevel: id === 'titel' ? 1 : 2, headingSources, blocks };
}

/** The standard sections in the profile's order (the header block and the title first). */
export function ordered(sections: DraftSection[], style?: DraftStyle): DraftSection[] {
  const order = style?.order;
  if (!order?.length) return sections;
  const head = sections.filter((x) => x.id === 'huvud' || x.id === 'titel');
  const rest = sections.filter((x) => x.id !== 'huvud' && x.id !== 'titel');
  const rank = (id: SectionId) => {
    const i = order.indexOf(id as StandardSectionId);
    return i < 0 ? order.length : i;
  };
  return [...head, ...[...rest].sort((a, b) => rank(a.id) - rank(b.id))];
}

export const h3 = (text: string, ...sources: SourceRef[]): Block => ({ type: 'heading', level: 3, text, sources });
export const h4 = (text: string, ...sources: SourceRef[]): Block => ({ type: 'heading', level: 4, text, sources });

/** A heading from a template, with the sources of its values. */
export function heading(level: 3 | 4, x: Sentence): Block {
  return { type: 'heading', level, text: x.text, sources: x.sources.length ? x.sources : [`wording:rubrik`] };
}

/** A bulleted list of values copied as written (criteria lists, bullets in the case's text). */
export function bulletsOf(texts: readonly string[], sourceOf: (i: number) => SourceRef): Block {
  return { type: 'list', ordered: false, items: texts.map((t, i) => item([verbatim(t, sourceOf(i))])) };
}

/** A standard-wording sentence when the profile uses it, else nothing. */
export function std(style: DraftStyle | undefined, id: WordingId): Sentence[] {
  return allows(style, id) && WORDING[id] ? [wording(id, WORDING[id])] : [];
}

/**
 * The case's own free text at a path, as blocks: paragraphs, and bulleted lists where the text has
 * lines starting with "- " or "• ". Nothing when the text is empty.
 */
export function caseText(c: Case, path: string, text: string | undefined): Block[] {
  const src: SourceRef = `case:${path}`;
  return textPieces(text).map((piece) =>
    piece.kind === 'paragraph' ? para([verbatim(piece.text, src)]) : bulletsOf(piece.items, () => src),
  );
}

/**
 * Prose only a person can write: the case's text when it has some; a placeholder with the prompt
 * when the field is missing; nothing when the field is deliberately empty ("").
 */
export function ownTextOrPlaceholder(c: Case, path: string, text: string | undefined, id: string, prompt: string): Block[] {
  if (text === undefined) return [placeholderPara(id, prompt)];
  return caseText(c, path, text);
}

export function headerInfo(c: Case): HeaderInfo {
  const m = c.metadata;
  return {
    forvaltning: m.forvaltning,
    avdelning: m.avdelning,
    dokumentnamn: 'Tjänsteutlåtande',
    dnr: m.dnr,
    datum: m.datum,
    handlaggare: m.handlaggare.namn,
    telefon: m.handlaggare.telefon,
    till: m.namnd,
    sammantradesdatum: m.sammantradesdatum,
  };
}

/** The case fields the header block shows (HeaderInfo). */
export const HEADER_SOURCES: SourceRef[] = [
  'case:metadata.forvaltning',
  'case:metadata.avdelning',
  'case:metadata.dnr',
  'case:metadata.datum',
  'case:metadata.handlaggare.namn',
  'case:metadata.handlaggare.telefon',
  'case:metadata.namnd',
  'case:metadata.sammantradesdatum',
];

/** The header block as body text: Handläggare … Telefon … Till … (the page header is the writer's job). */
export function headerSection(c: Case): DraftSection {
  const h = headerInfo(c);
  return {
    ...section(
      'huvud',
      [
        {
          type: 'table',
          header: ['Handläggare', 'Till'],
          rows: [
            [h.handlaggare, h.till],
            [`Telefon: ${h.telefon}`, h.sammantradesdatum],
          ],
          sources: HEADER_SOURCES,
        },
      ],
      null,
    ),
    headingSources: [],
  };
}

export function signatures(c: Case): SignaturesBlock {
  return {
    type: 'signatures',
    people: c.metadata.underskrifter.map((u) => ({ namn: u.namn, titel: u.titel, forvaltning: u.forvaltning })),
    sources: ['case:metadata.underskrifter', 'case:metadata.underskrifterPlacering'],
  };
}

/** "samtliga stadsdelsnämnder och kommunstyrelsen". */
export function recipients(C: Facts): Val {
  return joinVals(C.case.metadata.delges.map((_, i) => C.c(`metadata.delges[${i}]`)));
}

/** Dates in the beredning: day and month when in the document's year, else the full date. */
function berDate(iso: string, docYear: number): string {
  return yearOf(iso) === docYear ? dayMonth(iso) : longDate(iso);
}

export function beredningSection(C: Facts, style?: DraftStyle): DraftSection {
  const c = C.case;
  const b = c.metadata.beredning;
  const docYear = yearOf(c.metadata.datum);
  const out: Sentence[] = [
    b.fouRadet
      ? s`Ärendet har beretts ${C.c('metadata.beredning.beretts')} i samarbete med FoU-rådet.`
      : s`Ärendet har beretts ${C.c('metadata.beredning.beretts')}.`,
  ];
  if (b.fouRadet) out[0] = from(out[0], 'case:metadata.beredning.fouRadet');
  if (b.forvaltningsgrupp)
    out.push(
      s`Förvaltningsgruppen tog upp ärendet den ${C.c('metadata.beredning.forvaltningsgrupp', (v: string) => berDate(v, docYear))}.`,
    );
  if (b.funktionshinderradet)
    out.push(
      s`Funktionshinderrådet fick ta del av det den ${C.c('metadata.beredning.funktionshinderradet', (v: string) => berDate(v, docYear))}.`,
    );
  return section('beredning', [para(out), ...caseText(c, 'texter.beredning', c.texter.beredning)], undefined, style);
}

/**
 * The owners of a project or trip at a path ("lum[2]"): "Farsta stadsdelsförvaltning",
 * "Farsta stadsdelsförvaltning tillsammans med Skarpnäcks stadsdelsförvaltning", or, when they own
 * it on equal terms, "Norrmalms och Östermalms stadsdelsförvaltningar".
 */
export function owners(C: Facts, path: string): Val {
  const p = C.case.lum[Number(/^lum\[(\d+)\]$/.exec(path)?.[1] ?? -1)] as Case['lum'][number] | undefined;
  const main = C.c(`${path}.sdf`, (v: string) => ownerName(v));
  if (!p || !p.medsokande.length) return main;
  const co = p.medsokande.map((_, i) => C.c(`${path}.medsokande[${i}]`, (v: string) => ownerName(v)));
  if (p.gemensamtAgande) {
    const owners = [p.sdf, ...p.medsokande];
    const all = owners.flatMap((x) => findDistrict(x) ?? []);
    const srcs: SourceRef[] = [`case:${path}.sdf`, `case:${path}.medsokande`, `case:${path}.gemensamtAgande`];
    if (all.length === owners.length) {
      // "Norrmalms och Östermalms stadsdelsförvaltningar": each förvaltning's own genitive form.
      const names = all.map((d) => d.forvaltning.replace(/\s+stadsdelsförvaltning$/, ''));
      return { text: `${joinVals(names.map((n) => own(n))).text} stadsdelsförvaltningar`, sources: srcs };
    }
    return { ...joinVals([main, ...co]), sources: srcs };
  }
  const coAll = joinVals(co);
  return { text: `${main.text} tillsammans med ${coAll.text}`, sources: [...main.sources, `case:${path}.medsokande`] };
}

/** "2021–2023" or "2023". */
export function yearSpan(project: { ar: { fran: number; till: number } }): string {
  return project.ar.fran === project.ar.till ? String(project.ar.fran) : `${project.ar.fran}–${project.ar.till}`;
}

/** Short district names when the owner is a district ("Farsta"), else the owner as given. */
export function shortOwner(sdf: string): string {
  return findDistrict(sdf)?.namn ?? sdf.trim();
}

/** The body paragraphs of one LUM project block: years and amount, syfte, resultat (lists kept), partner. */
export function projectBody(C: Facts, i: number): Pick<ListItem, 'body' | 'bodySentences' | 'bodyBullets'> {
  const project = C.case.lum[i];
  const path = `lum[${i}]`;
  const R = C.c('ar.redovisning');
  const years: Val =
    project.ar.fran === project.ar.till
      ? { text: `under ${project.ar.fran}`, sources: [`case:${path}.ar`] }
      : { text: `under åren ${yearSpan(project)}`, sources: [`case:${path}.ar`] };
  const done = project.status === 'slutredovisas';
  const first: Sentence[] = [done ? s`Projektet pågick ${years}.` : s`Projektet pågår ${years}.`];
  first[0] = from(first[0], `case:${path}.status`);
  if (project.belopp !== undefined) first.push(s`Det fick ${C.c(`${path}.belopp`, kronor)} för ${R}.`);
  const paras: { sentences: Sentence[]; bullet?: boolean }[] = [{ sentences: first }];
  for (const key of ['syfte', 'resultat'] as const) {
    for (const piece of textPieces(project[key])) {
      if (piece.kind === 'paragraph') paras.push({ sentences: [verbatim(piece.text, `case:${path}.${key}`)] });
      else for (const t of piece.items) paras.push({ sentences: [verbatim(t, `case:${path}.${key}`)], bullet: true });
    }
  }
  if (project.forskningspartner) {
    const partner = C.c(`${path}.forskningspartner`);
    paras.push({ sentences: [done ? s`Projektet samarbetade med ${partner}.` : s`Projektet samarbetar med ${partner}.`] });
  }
  const bullets = paras.flatMap((x, k) => (x.bullet ? [k] : []));
  return {
    body: paras.map((x) => x.sentences.map((y) => y.text).join(' ')),
    bodySentences: paras.map((x) => x.sentences),
    ...(bullets.length ? { bodyBullets: bullets } : {}),
  };
}

/** The list line of a project: "Våga anmäla våga vittna, Farsta stadsdelsförvaltning." */
export function projectLine(C: Facts, i: number): Sentence {
  const name = C.c(`lum[${i}].namn`);
  const x = s`${name}, ${owners(C, `lum[${i}]`)}`;
  return { ...x, text: endSentence(x.text) };
}

/** Sum of amounts when every item has one; undefined otherwise. */
export function sumIfComplete(items: { belopp?: number }[]): number | undefined {
  if (!items.length || items.some((i) => i.belopp === undefined)) return undefined;
  return items.reduce((sum, i) => sum + (i.belopp ?? 0), 0);
}

/** A sum from the case: the stated summa, else the sum of every item's belopp. */
export function sumVal(C: Facts, fund: 'lum' | 'mul'): Val | undefined {
  const stated = fund === 'lum' ? C.case.summor.lumBeviljat : C.case.summor.mulBeviljat;
  if (stated !== undefined) return C.c(`summor.${fund}Beviljat`, kronor);
  const sum = sumIfComplete(C.case[fund]);
  if (sum === undefined) return undefined;
  return { text: kronor(sum), sources: C.case[fund].map((_, i): SourceRef => `case:${fund}[${i}].belopp`) };
}

/**
 * The year's sum for a fund: "MUL-ansökningarna fick sammanlagt 40 000 kronor för 2023.", or for a
 * single trip or project "MUL-ansökan fick 20 000 kronor för 2023." (no plural, no "sammanlagt").
 */
export function sumSentence(C: Facts, fund: 'lum' | 'mul', sum: Val, year: Val, noun: 'ansökan' | 'projekt'): Sentence {
  const n = C.case[fund].length || (fund === 'mul' ? (C.case.mulBeviljadeAntal ?? 0) : 0);
  const abbr = C.t(`${fund}.forkortning`);
  if (n === 1) return s`${abbr}-${noun === 'projekt' ? 'projektet' : 'ansökan'} fick ${sum} för ${year}.`;
  return s`${abbr}-${noun === 'projekt' ? 'projekten' : 'ansökningarna'} fick sammanlagt ${sum} för ${year}.`;
}

/** Criteria text for the inriktning: themes, criteria, priorities. */
export function criteriaBlocks(C: Facts, style?: DraftStyle): Block[] {
  const cr = C.criteria;
  if (!cr) return [];
  const out: Block[] = [];
  const I = C.k('ar');
  const huvud = cr.kriterier.typ === 'huvudkriterier';
  if (huvud) {
    const intro = [
      ...std(style, 'huvudkriterier-krav').map((x) => from(x, 'criteria:kriterier.typ')),
      ...(cr.prioriteradeOmraden.length ? std(style, 'prioriterade-omraden').map((x) => from(x, 'criteria:prioriteradeOmraden')) : []),
    ];
    if (intro.length) out.push(para(intro));
  }
  if (cr.teman.length) {
    const teman = joinVals(cr.teman.map((_, i) => C.k(`teman[${i}]`)));
    out.push(
      para([
        cr.verksamhetsomraden.length
          ? // A theme that names the areas itself ("… inom alla verksamhetsområden", 2017) leads straight into the list.
            /områden?\s*$/i.test(cr.teman[cr.teman.length - 1])
            ? s`Teman för nya ${C.t('lum.projekt')} ${I} är ${teman}:`
            : s`Teman för nya ${C.t('lum.projekt')} ${I} är ${teman} inom dessa områden:`
          : s`Teman för nya ${C.t('lum.projekt')} ${I} är ${teman}.`,
      ]),
    );
    if (cr.verksamhetsomraden.length) out.push(bulletsOf(cr.verksamhetsomraden, (i) => `criteria:verksamhetsomraden[${i}]`));
  }
  if (huvud) {
    out.push(
      h4('Huvudkriterier', 'criteria:kriterier.typ'),
      bulletsOf(cr.kriterier.lista, (i) => `criteria:kriterier.lista[${i}]`),
    );
  } else {
    out.push(para([s`Kriterier för nya ${C.t('lum.projekt')} ${I}:`]));
    out.push(bulletsOf(cr.kriterier.lista, (i) => `criteria:kriterier.lista[${i}]`));
    const prio = std(style, 'kriterier-prioritering').map((x) => from(x, 'criteria:kriterier.typ'));
    if (prio.length) out.push(para(prio));
  }
  if (cr.prioriteradeOmraden.length) {
    out.push(
      h4('Prioriterade områden', 'criteria:prioriteradeOmraden'),
      bulletsOf(cr.prioriteradeOmraden, (i) => `criteria:prioriteradeOmraden[${i}]`),
    );
  }
  return out;
}

/** The financing rules: caps per project and year, years, per-SDF limits. */
export function financingText(C: Facts): Sentence[] {
  const cr = C.criteria;
  if (!cr) return [];
  const out: Sentence[] = [];
  const l = cr.lum;
  const max = C.k('lum.maxBelopp', kronor);
  const years = C.k('lum.maxAr', (n: number) => (n === 1 ? 'ett år' : `1–${n} år`));
  if (l.beloppPer === 'ar') {
    out.push(from(s`Ett projekt kan få högst ${max} per år.`, 'criteria:lum.beloppPer'));
    out.push(s`${C.t('lum.forkortning')} kan gå till projekt som pågår ${years}.`);
    if (l.ansokanArligen) out.push(from(s`Projektet måste söka medel varje år.`, 'criteria:lum.ansokanArligen'));
  } else {
    out.push(from(s`Ett projekt kan få högst ${max}.`, 'criteria:lum.beloppPer'));
    out.push(
      l.maxAr === 1
        ? from(s`Medlen gäller det år de beviljas, och en ansökan kan gälla högst ett år.`, 'criteria:lum.maxAr')
        : s`En ansökan kan gälla högst ${C.k('lum.maxAr', (n: number) => numberWord(n))} år.`,
    );
  }
  const p = cr.perSdf;
  if (p.maxLumPerAr !== undefined || p.maxMulPerAr !== undefined) {
    const parts: Val[] = [];
    if (p.maxLumPerAr !== undefined) {
      const n = C.k('perSdf.maxLumPerAr', (v: number) => numberWord(v));
      parts.push({ text: `${n.text} ${C.t('lum.projekt').text}`, sources: [...n.sources, ...C.t('lum.projekt').sources] });
    }
    if (p.maxMulPerAr !== undefined) {
      const n = C.k('perSdf.maxMulPerAr', (v: number) => numberWord(v, 'utrum'));
      const word = C.t(p.maxMulPerAr === 1 ? 'mul.resa' : 'mul.resor');
      parts.push({ text: `${n.text} ${word.text}`, sources: [...n.sources, ...word.sources] });
    }
    out.push(s`Varje stadsdelsförvaltning kan få medel för högst ${joinVals(parts)} per år.`);
  }
  if (p.maxAnsokningarTotalt !== undefined) {
    out.push(
      s`Varje stadsdelsförvaltning kan få medel för högst ${C.k('perSdf.maxAnsokningarTotalt', (v: number) => numberWord(v, 'utrum'))} ansökningar, för både ${C.t('lum.projekt')} och ${C.t('mul.resor')}.`,
    );
  }
  return out.filter((x) => x.text !== '');
}

/** The call dates, when the criteria give them. */
export function callText(C: Facts, kind: 'forslag' | 'rapport' = 'forslag'): Sentence | undefined {
  const cr = C.criteria;
  if (!cr) return undefined;
  const u = cr.utlysning;
  const open = u.oppnar
    ? C.k('utlysning.oppnar', (v: string) => `den ${longDate(v)}`)
    : u.oppnarText
      ? C.k('utlysning.oppnarText')
      : undefined;
  const close = u.stanger
    ? C.k('utlysning.stanger', (v: string) => `den ${longDate(v)}`)
    : u.stangerText
      ? C.k('utlysning.stangerText')
      : undefined;
  const I = C.k('ar');
  // An årsrapport tells how the call works; an inriktning proposes the dates.
  if (kind === 'rapport') {
    if (open && close) return s`Ansökningsperioden öppnar ${open} och avslutas ${close}.`;
    if (open) return s`Ansökningsperioden öppnar ${open}.`;
    if (close) return s`Ansökningsperioden avslutas ${close}.`;
    return undefined;
  }
  // Active voice: the förvaltning proposes the dates.
  const forv = C.c('metadata.forvaltning');
  if (open && close) return s`${forv} föreslår att utlysningen av ${I} års medel öppnar ${open} och pågår till ${close}.`;
  if (open) return s`${forv} föreslår att utlysningen av ${I} års medel öppnar ${open}.`;
  if (close) return s`${forv} föreslår att utlysningen av ${I} års medel stänger ${close}.`;
  return undefined;
}

/** The decision sentence: which meeting decides the grants, when the criteria say so. */
export function decisionMeetingText(C: Facts): Sentence | undefined {
  if (!C.criteria?.beslutsmanad) return undefined;
  const month = C.k('beslutsmanad');
  const forv = C.c('metadata.forvaltning');
  return s`${forv} föreslår vilka projekt som ska få medel till nämndens sammanträde i ${month}.`;
}

/** The MUL text: what the fund is, the year's purpose, the cap. */
export function mulText(C: Facts): Sentence[] {
  const out: Sentence[] = [s`${C.c('metadata.forvaltning')} utlyser också ${C.t('mul.medel')} (${C.t('mul.forkortning')}).`];
  if (C.criteria?.mul.syfte) out.push(verbatim(C.criteria.mul.syfte, 'criteria:mul.syfte'));
  if (C.criteria?.mul.maxBelopp !== undefined) out.push(s`Varje ${C.t('mul.resa')} kan få högst ${C.k('mul.maxBelopp', kronor)}.`);
  return out;
}

/** The repayment rule, only when the criteria give its deadline. */
export function repaymentText(C: Facts): Sentence[] {
  if (!C.criteria?.aterbetalningSenast) return [];
  return [
    from(
      s`Medel som inte kan användas ska betalas tillbaka till ${mapVal(C.c('metadata.forvaltning'), (t) => t.toLocaleLowerCase('sv-SE'))}.`,
      'criteria:aterbetalningSenast',
    ),
    s`Meddela det så snart som möjligt och senast den ${C.k('aterbetalningSenast', longDate)}.`,
  ];
}

/** The attachment line of a reported project: "Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning." */
export function attachmentLine(C: Facts, i: number): Sentence {
  const p = C.case.lum[i];
  if (p.bilaga) return verbatim(endSentence(p.bilaga), `case:lum[${i}].bilaga`);
  const line = projectLine(C, i);
  return from(
    { ...line, text: `${WORDING['bilaga-slutredovisning']} ${line.text}`, own: '' },
    'case:slutrapporterSomBilagor',
    'wording:bilaga-slutredovisning',
  );
}

/** "1–7", "1", "1 och 2". */
export function attachmentRange(n: number): string {
  if (n === 1) return '1';
  if (n === 2) return '1 och 2';
  return `1–${n}`;
}
