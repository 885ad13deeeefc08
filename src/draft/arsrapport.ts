/**
 * Årsrapport on FoU money (the shape of seed 001): FUM studies with the cost table, LUM and MUL
 * grants of the year. Every sentence has a source (source.ts).
 */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { longDate } from '../swedish/dates';
import { kronor, kronorInWords, numberWord, numberWordCapitalized } from '../swedish/numbers';
import { joinList } from '../swedish/text';
import {
  findDistrict,
  bulletsOf,
  callText,
  caseText,
  decisionMeetingText,
  facts,
  financingText,
  h4,
  heading,
  mulText,
  ownTextOrPlaceholder,
  recipients,
  section,
  shortOwner,
  std,
  sumSentence,
  sumVal,
  type DraftOptions,
  type Facts,
} from './common';
import { fouDocument } from './frame';
import { from, mapVal, para, placeholderSentence, s, type Val } from './source';
import type { Block, DraftDocument, DraftSection, Sentence, SourceRef } from './types';

export function title(C: Facts): { text: string; sources: SourceRef[] } {
  if (C.case.titel) return { text: C.case.titel, sources: ['case:titel'] };
  const t = s`Årsrapport om medel för forskning och utveckling ${C.c('ar.redovisning')}`;
  return { text: t.text, sources: t.sources };
}

/** The decisions: independent sentences, no att-satser. */
export function decisions(C: Facts): Sentence[] {
  const n = C.c('metadata.namnd');
  const forv = mapVal(C.c('metadata.forvaltning'), (t) => t.toLocaleLowerCase('sv-SE').replace(/en$/, 'ens'));
  return [
    s`${n} godkänner ${forv} årsrapport om medel för forskning och utveckling under ${C.c('ar.redovisning')}.`,
    s`${n} överlämnar rapporten till ${recipients(C)}.`,
  ];
}

const MONTH_FIRST = /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/i;

function klart(v: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? longDate(v) : v;
}

/** Districts and other owners that were granted LUM: "sex stadsdelsförvaltningar och socialförvaltningen". */
function grantees(c: Case): Val {
  const districts = new Set<string>();
  const others = new Set<string>();
  for (const x of c.lum) {
    const d = findDistrict(x.sdf);
    if (d) districts.add(d.namn);
    else others.add(x.sdf.split(',')[0].trim().toLocaleLowerCase('sv-SE'));
  }
  const parts: string[] = [];
  if (districts.size)
    parts.push(`${numberWord(districts.size, 'utrum')} ${districts.size === 1 ? 'stadsdelsförvaltning' : 'stadsdelsförvaltningar'}`);
  parts.push(...others);
  return { text: joinList(parts), sources: c.lum.map((_, i): SourceRef => `case:lum[${i}].sdf`) };
}

function sammanfattning(C: Facts, o: DraftOptions): DraftSection {
  const c = C.case;
  const R = C.c('ar.redovisning');
  const done = c.fum.filter((f) => f.status === 'avslutad').length;
  const ongoing = c.fum.length - done;
  const f: Sentence[] = [];
  if (c.fum.length) {
    const studie = (n: number) => (n === 1 ? 'studie' : 'studier');
    // "två stadsövergripande studier … avslutades och fyra pågår": the form the checker's count rule reads.
    f.push(
      s`${C.d(numberWordCapitalized(done, 'utrum'), 'fum')} stadsövergripande ${studie(done)} avslutades och ${C.d(numberWord(ongoing, 'utrum'), 'fum')} pågår under ${R}.`,
    );
  }
  const lumSum = c.summor.lumBeviljat !== undefined || c.lum.every((x) => x.belopp !== undefined) ? sumVal(C, 'lum') : undefined;
  if (c.lum.length) {
    const sumWords = lumSum ? { ...lumSum, text: lumGrantedInWords(c) } : undefined;
    // "beviljade … inom sex stadsdelsförvaltningar": the grant sentence the checker's count rule reads.
    const namnd = C.c('metadata.namnd');
    f.push(
      sumWords
        ? s`${namnd} beviljade ${C.t('lum.medel')} på totalt ${sumWords} till verksamheter inom ${grantees(c)}.`
        : s`${namnd} beviljade ${C.t('lum.medel')} till verksamheter inom ${grantees(c)}.`,
    );
  }
  const own = ownTextOrPlaceholder(
    c,
    'texter.sammanfattning',
    c.texter.sammanfattning,
    'sammanfattning-resultat',
    'Skriv årets viktigaste resultat här: två eller tre meningar om vad studierna och projekten har gett.',
  );
  return section('sammanfattning', [...own, ...(f.length ? [para(f)] : [])], undefined, o.style);
}

function bakgrund(C: Facts, o: DraftOptions): DraftSection {
  const c = C.case;
  const opening = [...std(o.style, 'fou-syfte'), ...std(o.style, 'fou-praktik')];
  return section(
    'bakgrund',
    [
      ...(opening.length ? [para(opening)] : []),
      ...ownTextOrPlaceholder(
        c,
        'texter.bakgrund',
        c.texter.bakgrund,
        'bakgrund',
        'Skriv bakgrunden här: hur nämnden fördelar medlen och vad som har hänt under året.',
      ),
    ],
    undefined,
    o.style,
  );
}

function fum(C: Facts, o: DraftOptions): Block[] {
  const c = C.case;
  const R = C.c('ar.redovisning');
  if (!c.fum.length) return [];
  const out: Block[] = [fundHeading(C.t('fum.medel'), C.t('fum.forkortning'))];
  const intro = std(o.style, 'fum-syfte');
  if (intro.length) out.push(para(intro));
  out.push(para([s`Följande studier med ${C.t('fum.forkortning')} har pågått eller avslutats under ${R}.`]));
  c.fum.forEach((f, i) => {
    out.push(h4(f.namn, `case:fum[${i}].namn`));
    const who = C.c(`fum[${i}].utforare`);
    const first = f.status === 'avslutad' ? s`${who} har genomfört studien.` : s`${who} genomför studien.`;
    const sentences = [from(first, `case:fum[${i}].status`)];
    if (f.klart) {
      const when = C.c(`fum[${i}].klart`, (v: string) => klart(v).replace(/^\p{Lu}/u, (m) => m.toLocaleLowerCase('sv-SE')));
      // "den 31 maj 2020", "i januari 2021", "våren 2020".
      const prep = /^\d/.test(klart(f.klart)) ? 'den ' : MONTH_FIRST.test(f.klart) ? 'i ' : '';
      sentences.push(f.status === 'avslutad' ? s`Den blev klar ${prep}${when}.` : s`Den ska vara klar ${prep}${when}.`);
    } else if (f.status === 'pagar') {
      const ph = placeholderSentence(`fum-${i}-klart`, 'Skriv när studien ska vara klar');
      sentences.push(s`Den ska vara klar ${{ text: ph.text, sources: ph.sources }}.`);
    }
    out.push(para(sentences), ...caseText(c, `fum[${i}].beskrivning`, f.beskrivning));
  });
  const costed = c.fum.map((f, i) => ({ f, i })).filter(({ f }) => f.kostnad !== undefined);
  if (costed.length) {
    out.push({
      type: 'table',
      header: ['Studie', 'Genomförs av', 'Klart', 'Kostnad'],
      rows: costed.map(({ f }) => [f.kortnamn ?? f.namn, f.utforare, f.klart ? klart(f.klart) : '', kronor(f.kostnad ?? 0)]),
      sources: costed.flatMap(({ i }): SourceRef[] => [
        `case:fum[${i}].kortnamn`,
        `case:fum[${i}].namn`,
        `case:fum[${i}].klart`,
        `case:fum[${i}].kostnad`,
      ]),
    });
  }
  return out;
}

function lum(C: Facts): Block[] {
  const c = C.case;
  const cr = C.criteria;
  const R = C.c('ar.redovisning');
  const out: Block[] = [fundHeading(C.t('lum.medel'), C.t('lum.forkortning'))];
  out.push(
    para([
      s`${C.c('metadata.forvaltning')} utlyser och fördelar ${C.t('lum.medel')} (${C.t('lum.forkortning')}) och ${C.t('mul.medel')} (${C.t('mul.forkortning')}).`,
    ]),
  );
  if (cr) {
    const typ = C.k('kriterier.typ');
    out.push(para([s`${C.t('lum.projekt')} ${C.k('ar')} prioriterades efter hur väl de uppfyllde följande ${typ}:`].map(capFirst)));
    out.push(bulletsOf(cr.kriterier.lista, (i) => `criteria:kriterier.lista[${i}]`));
    const fin = financingText(C);
    if (fin.length) out.push(para(fin));
    const call = callText(C, 'rapport');
    const meeting = decisionMeetingText(C);
    if (call || meeting) out.push(h4('Beslutsgång', 'criteria:utlysning'), para([...(call ? [call] : []), ...(meeting ? [meeting] : [])]));
  }
  if (c.lum.length) {
    out.push(para([s`Under ${R} fick följande förvaltningar ${C.t('lum.medel')}:`]));
    // A Belopp column when any project has an amount (left empty for those without): an amount in the case is never dropped.
    const withAmount = c.lum.some((x) => x.belopp !== undefined);
    out.push({
      type: 'table',
      header: withAmount ? ['Förvaltning', 'Projekt', 'Belopp'] : ['Förvaltning', 'Projekt'],
      rows: c.lum.map((x) => {
        const who = [shortOwner(x.sdf), ...(x.medsokande.length ? [`(medsökande ${joinList(x.medsokande.map(shortOwner))})`] : [])].join(
          ' ',
        );
        return withAmount ? [who, x.namn, x.belopp !== undefined ? kronor(x.belopp) : ''] : [who, x.namn];
      }),
      sources: c.lum.flatMap((_, i): SourceRef[] => [
        `case:lum[${i}].sdf`,
        `case:lum[${i}].medsokande`,
        `case:lum[${i}].namn`,
        `case:lum[${i}].belopp`,
      ]),
    });
    const sum = sumVal(C, 'lum');
    if (sum) {
      const words = lumGrantedInWords(c);
      out.push(para([sumSentence(C, 'lum', { ...sum, text: words }, R, 'ansökan')]));
    }
  }
  return out;
}

const upperFirst = (t: string): string => t.charAt(0).toLocaleUpperCase('sv-SE') + t.slice(1);

function capFirst(x: Sentence): Sentence {
  return { ...x, text: upperFirst(x.text) };
}

/** "Lokala utvecklingsmedel (LUM)": a fund's name with a capital letter, and its abbreviation. */
function fundHeading(name: Val, abbr: Val): Block {
  return heading(3, s`${mapVal(name, upperFirst)} (${abbr})`);
}

/** The year's LUM grants in words: the sum the case gives, else the projects' amounts added up. */
function lumGrantedInWords(c: Case): string {
  return kronorInWords(c.summor.lumBeviljat ?? c.lum.reduce((a, x) => a + (x.belopp ?? 0), 0));
}

function mul(C: Facts): Block[] {
  const c = C.case;
  const R = C.c('ar.redovisning');
  if (!c.mul.length && !c.mulBeviljadeAntal) return [];
  const out: Block[] = [fundHeading(C.t('mul.resor'), C.t('mul.forkortning')), para(mulText(C))];
  if (c.mul.length) {
    out.push(para([s`Följande förvaltningar fick ${C.t('mul.medel')} under ${R}:`]));
    out.push({
      type: 'table',
      header: ['Förvaltning', 'Resmål och syfte'],
      rows: c.mul.map((m) => [shortOwner(m.sdf), [m.destination, m.syfte].filter(Boolean).join(' – ')]),
      sources: c.mul.flatMap((_, i): SourceRef[] => [`case:mul[${i}].sdf`, `case:mul[${i}].destination`, `case:mul[${i}].syfte`]),
    });
  } else {
    out.push(
      para([
        s`${C.c('metadata.namnd')} beviljade ${C.c('mulBeviljadeAntal', (v: number) => numberWord(v, 'utrum'))} ${c.mulBeviljadeAntal === 1 ? 'ansökan' : 'ansökningar'} om ${C.t('mul.medel')} under ${R}.`,
      ]),
    );
  }
  out.push(...caseText(c, 'texter.mulRedovisning', c.texter.mulRedovisning));
  const sum = sumVal(C, 'mul');
  if (sum) out.push(para([sumSentence(C, 'mul', sum, R, 'ansökan')]));
  return out;
}

function arendet(C: Facts, o: DraftOptions): DraftSection {
  const c = C.case;
  return section(
    'arendet',
    [...caseText(c, 'texter.arendetInledning', c.texter.arendetInledning), ...fum(C, o), ...lum(C), ...mul(C)],
    undefined,
    o.style,
  );
}

export function draftArsrapport(c: Case, cr: Criteria | undefined, o: DraftOptions = {}): DraftDocument {
  return fouDocument('arsrapport', facts(c, cr), o, {
    title,
    decisions,
    sammanfattning,
    bakgrund,
    arendet,
    synpunkterPrompt: 'Skriv förvaltningens synpunkter här: vad årets studier och projekt betyder för socialtjänsten.',
  });
}
