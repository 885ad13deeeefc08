/** Building blocks shared by both document kinds. */
import type { Case, LumProject } from '../model/case';
import type { Criteria } from '../model/criteria';
import { findDistrict, ownerName } from '../model/districts';
import { dayMonth, longDate, yearOf } from '../swedish/dates';
import { kronor, numberWord } from '../swedish/numbers';
import { capitalize, joinList, paragraphs, sentence } from '../swedish/text';
import { type Block, type DraftSection, type HeaderInfo, type SignaturesBlock } from './types';
import { SECTION_TITLES, type SectionId } from '../model/sections';

export function section(id: SectionId, blocks: Block[], heading: string | null = SECTION_TITLES[id]): DraftSection {
  return { id, heading, headingLevel: id === 'titel' ? 1 : 2, blocks };
}

export const p = (text: string): Block => ({ type: 'paragraph', text });
export const h3 = (text: string): Block => ({ type: 'heading', level: 3, text });
export const h4 = (text: string): Block => ({ type: 'heading', level: 4, text });
export const bullets = (items: string[]): Block => ({ type: 'list', ordered: false, items: items.map((text) => ({ text })) });

/** Custom text when the case gives it (split at blank lines), else the standard paragraphs. */
export function textOr(custom: string | undefined, standard: string[]): Block[] {
  const own = paragraphs(custom);
  return (own.length ? own : standard).map(p);
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

/** The header block as body text: Handläggare … Telefon … Till … (the page header is the writer's job). */
export function headerSection(c: Case): DraftSection {
  const h = headerInfo(c);
  return section(
    'huvud',
    [
      {
        type: 'table',
        header: ['Handläggare', 'Till'],
        rows: [
          [h.handlaggare, h.till],
          [`Telefon: ${h.telefon}`, h.sammantradesdatum],
        ],
      },
    ],
    null,
  );
}

export function signatures(c: Case): SignaturesBlock {
  return {
    type: 'signatures',
    people: c.metadata.underskrifter.map((u) => ({ namn: u.namn, titel: u.titel, forvaltning: u.forvaltning })),
  };
}

/** "samtliga stadsdelsnämnder och kommunstyrelsen". */
export function recipients(c: Case): string {
  return joinList(c.metadata.delges);
}

/** Dates in the beredning: day and month when in the document's year, else the full date. */
function berDate(iso: string, docYear: number): string {
  return yearOf(iso) === docYear ? dayMonth(iso) : longDate(iso);
}

export function beredningSection(c: Case): DraftSection {
  const b = c.metadata.beredning;
  const docYear = yearOf(c.metadata.datum);
  const first = `Ärendet har beretts ${b.beretts}${b.fouRadet ? ' i samarbete med FoU-rådet' : ''}.`;
  const steps: string[] = [];
  if (b.forvaltningsgrupp) steps.push(`Förvaltningsgruppen har behandlat ärendet den ${berDate(b.forvaltningsgrupp, docYear)}`);
  if (b.funktionshinderradet)
    steps.push(`funktionshinderrådet har haft möjlighet att ta del av ärendet den ${berDate(b.funktionshinderradet, docYear)}`);
  const text = steps.length ? `${first} ${capitalize(joinList(steps))}.` : first;
  return section('beredning', [p(text)]);
}

/** "Farsta stadsdelsförvaltning", or "Farsta stadsdelsförvaltning tillsammans med Skarpnäcks stadsdelsförvaltning". */
export function owners(project: Pick<LumProject, 'sdf' | 'medsokande'>): string {
  const main = ownerName(project.sdf);
  if (!project.medsokande.length) return main;
  return `${main} tillsammans med ${joinList(project.medsokande.map(ownerName))}`;
}

/** "2021–2023" or "2023". */
export function yearSpan(project: LumProject): string {
  return project.ar.fran === project.ar.till ? String(project.ar.fran) : `${project.ar.fran}–${project.ar.till}`;
}

/** Short district names when the owner is a district ("Farsta"), else the owner as given. */
export function shortOwner(sdf: string): string {
  return findDistrict(sdf)?.namn ?? sdf.trim();
}

/** The body paragraphs of one LUM project block. */
export function projectBody(project: LumProject, reportYear: number): string[] {
  const out: string[] = [];
  const years = project.ar.fran === project.ar.till ? `under ${project.ar.fran}` : `under åren ${yearSpan(project)}`;
  out.push(
    `Projektet har ${project.status === 'fortgar' ? 'beviljats medel' : 'pågått'} ${years}${project.belopp !== undefined ? ` och beviljades ${kronor(project.belopp)} för ${reportYear}` : ''}.`,
  );
  out.push(...paragraphs(project.syfte), ...paragraphs(project.resultat));
  if (project.forskningspartner) out.push(`Projektet har genomförts i samarbete med ${project.forskningspartner}.`);
  return out;
}

/** The list line of a project: "Våga anmäla våga vittna, Farsta stadsdelsförvaltning." */
export function projectLine(project: LumProject): string {
  return sentence(`${project.namn}, ${owners(project)}`);
}

/** Sum of amounts when every item has one; undefined otherwise. */
export function sumIfComplete(items: { belopp?: number }[]): number | undefined {
  if (!items.length || items.some((i) => i.belopp === undefined)) return undefined;
  return items.reduce((s, i) => s + (i.belopp ?? 0), 0);
}

/** Criteria text for the inriktning: themes, criteria, priorities. */
export function criteriaBlocks(cr: Criteria): Block[] {
  const out: Block[] = [];
  const y = cr.ar;
  if (cr.kriterier.typ === 'huvudkriterier') {
    out.push(
      p(
        'Huvudkriterier måste vara uppfyllda för att ansökan ska beviljas.' +
          (cr.prioriteradeOmraden.length
            ? ' Prioriterade områden är inte obligatoriska men projekt med någon av dessa inriktningar kan prioriteras i urvalsprocessen.'
            : ''),
      ),
    );
  }
  if (cr.teman.length) {
    out.push(
      p(`Teman för nya lokala utvecklingsprojekt i utlysningen ${y} är ${joinList(cr.teman)}${cr.verksamhetsomraden.length ? ':' : '.'}`),
    );
    if (cr.verksamhetsomraden.length) out.push(bullets(cr.verksamhetsomraden));
  }
  if (cr.kriterier.typ === 'huvudkriterier') {
    out.push(h4('Huvudkriterier'), bullets(cr.kriterier.lista));
  } else {
    out.push(p(`Kriterier för nya lokala utvecklingsprojekt ${y} är:`), bullets(cr.kriterier.lista));
    out.push(
      p(`Ansökningarna prioriteras utifrån hur väl de uppfyller ${cr.teman.length ? 'dessa teman och kriterier' : 'dessa kriterier'}.`),
    );
  }
  if (cr.prioriteradeOmraden.length) out.push(h4('Prioriterade områden'), bullets(cr.prioriteradeOmraden));
  return out;
}

/** The financing rules: caps per project and year, years, per-SDF limits. */
export function financingText(cr: Criteria): string[] {
  const out: string[] = [];
  const l = cr.lum;
  if (l.beloppPer === 'ar') {
    out.push(
      `Ett lokalt utvecklingsprojekt kan maximalt beviljas ${kronor(l.maxBelopp)} per år. LUM kan beviljas för projekt under ${l.maxAr === 1 ? 'ett år' : `1–${l.maxAr} år`}${l.ansokanArligen ? ' men ansökan om medel måste göras årligen' : ''}.`,
    );
  } else {
    out.push(
      `Maximalt belopp som ett lokalt utvecklingsprojekt kan beviljas är ${kronor(l.maxBelopp)}. ${l.maxAr === 1 ? 'Medlen avser det år de beviljas och ansökan kan maximalt omfatta ett år.' : `Ansökan kan omfatta högst ${numberWord(l.maxAr)} år.`}`,
    );
  }
  const s = cr.perSdf;
  if (s.maxLumPerAr !== undefined || s.maxMulPerAr !== undefined) {
    const parts: string[] = [];
    if (s.maxLumPerAr !== undefined) parts.push(`${numberWord(s.maxLumPerAr)} lokala utvecklingsprojekt`);
    if (s.maxMulPerAr !== undefined) parts.push(`${numberWord(s.maxMulPerAr, 'utrum')} studieresor`);
    out.push(`Varje stadsdelsförvaltning kan beviljas medel för högst ${joinList(parts)} per år.`);
  }
  if (s.maxAnsokningarTotalt !== undefined) {
    out.push(
      `Varje stadsdelsförvaltning kan beviljas medel till högst ${numberWord(s.maxAnsokningarTotalt, 'utrum')} ansökningar för både lokala utvecklingsprojekt och studieresor.`,
    );
  }
  return out;
}

/** The call dates sentence, when known. */
export function callText(cr: Criteria): string | undefined {
  const u = cr.utlysning;
  const open = u.oppnar ? `den ${longDate(u.oppnar)}` : u.oppnarText;
  const close = u.stanger ? `den ${longDate(u.stanger)}` : u.stangerText;
  if (!open && !close) return undefined;
  if (open && close) return `Utlysningen för ${cr.ar} års medel föreslås öppna ${open} och pågå till ${close}.`;
  return open
    ? `Utlysningen för ${cr.ar} års medel föreslås öppna ${open}.`
    : `Utlysningen för ${cr.ar} års medel föreslås stänga ${close}.`;
}

/** The MUL text: purpose and cap. */
export function mulText(cr: Criteria | undefined): string[] {
  const name = cr?.mul.namn ?? 'MUL';
  const out = [
    name === 'MUST'
      ? 'Socialförvaltningen utlyser även medel för studiebesök (MUST). Det ger en möjlighet till praktiskt lärande i dialog med kolleger, med jämförbara arbetsuppgifter eller positioner, i andra städer och länder.'
      : 'Socialförvaltningen utlyser även medel för utveckling och lärande (MUL) genom studieresor. MUL ska bidra till lärande genom erfarenhetsutbyte med kollegor inom liknande verksamheter och funktioner i andra städer eller länder.',
  ];
  if (cr?.mul.maxBelopp !== undefined) out.push(`Högsta belopp att söka för en studieresa är ${kronor(cr.mul.maxBelopp)}.`);
  return out;
}

/** The attachment line of a reported project: "Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning." */
export function attachmentLine(project: LumProject): string {
  return project.bilaga ? sentence(project.bilaga) : `Slutredovisning. ${projectLine(project)}`;
}

/** "1–7", "1", "1 och 2". */
export function attachmentRange(n: number): string {
  if (n === 1) return '1';
  if (n === 2) return '1 och 2';
  return `1–${n}`;
}
