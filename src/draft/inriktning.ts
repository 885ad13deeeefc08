/**
 * Inriktning och redovisning of LUM/MUL (the shape of seeds 000 and 002): the next year's call
 * and the report of the projects that finished their last year. Every sentence has a source
 * (source.ts); the fund names and terms are the year's (criteria.termer).
 */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { longDate } from '../swedish/dates';
import { kronor, numberWord, numberWordCapitalized } from '../swedish/numbers';
import {
  attachmentLine,
  attachmentRange,
  callText,
  caseText,
  criteriaBlocks,
  decisionMeetingText,
  facts,
  financingText,
  h3,
  h4,
  heading,
  mulText,
  ownTextOrPlaceholder,
  owners,
  projectBody,
  projectLine,
  recipients,
  repaymentText,
  section,
  std,
  sumSentence,
  sumVal,
  type DraftOptions,
  type Facts,
} from './common';
import { fouDocument } from './frame';
import { from, item, para, placeholderSentence, s, type Val } from './source';
import type { Block, DraftDocument, DraftSection, Sentence, SourceRef } from './types';

/** The FUM studies that finished, and those still under way (status "pagar"). */
function studies(c: Case): { done: number[]; ongoing: number[] } {
  const done: number[] = [];
  const ongoing: number[] = [];
  c.fum.forEach((f, i) => (f.status === 'avslutad' ? done : ongoing).push(i));
  return { done, ongoing };
}

/** " och en forskningsstudie" for the finished studies the ärende reports. */
function studiesPhrase(C: Facts): Val {
  const n = studies(C.case).done.length;
  const text = n === 0 ? '' : n === 1 ? ' och en forskningsstudie' : ` och ${numberWord(n, 'utrum')} forskningsstudier`;
  return { text, sources: ['case:fum'], own: true };
}

export function title(C: Facts): { text: string; sources: SourceRef[] } {
  const c = C.case;
  if (c.titel) return { text: c.titel, sources: ['case:titel'] };
  const t = s`Inriktning av medel för ${C.t('lum.projekt')} och ${C.t('mul.resor')} ${C.c('ar.inriktning')} (${C.t('mul.forkortning')}) samt redovisning av ${C.t('lum.projekt')} genomförda under ${C.c('ar.redovisning')} (${C.t('lum.forkortning')})${studiesPhrase(C)}`;
  return { text: t.text, sources: t.sources };
}

/** The decisions, shared word for word by the förslag and the synpunkter: independent sentences, no att-satser. */
export function decisions(C: Facts): Sentence[] {
  const namnd = C.c('metadata.namnd');
  return [
    s`${namnd} godkänner redovisningen av ${C.t('lum.projekt')} ${C.c('ar.redovisning')}${studiesPhrase(C)}.`,
    s`${namnd} godkänner inriktningen av medel för ${C.t('lum.projekt')} och ${C.t('mul.resor')} ${C.c('ar.inriktning')}.`,
    s`Ärendet delges ${recipients(C)}.`,
  ];
}

function counts(c: Case): { total: number; reported: number[]; ongoing: number[] } {
  const reported: number[] = [];
  const ongoing: number[] = [];
  c.lum.forEach((x, i) => (x.status === 'slutredovisas' ? reported : ongoing).push(i));
  return { total: c.lum.length, reported, ongoing };
}

/** The grant facts in a few short sentences: how many projects, how many are reported now. */
function grantSentences(C: Facts): Sentence[] {
  const c = C.case;
  const { total, reported } = counts(c);
  const R = C.c('ar.redovisning');
  const namnd = C.c('metadata.namnd');
  if (total === 0) return [s`${namnd} beviljade inga ${C.t('lum.medel')} för ${R}.`];
  // "tio projekt … varav sju": the form the checker's count rule reads (count-mismatch).
  const n = C.d(numberWord(total), 'lum');
  const r = C.d(numberWord(reported.length), ...reported.map((i) => `lum[${i}].status`));
  const out: Sentence[] = [];
  if (reported.length === total) {
    out.push(s`${namnd} beviljade ${n} projekt ${C.t('lum.medel')} för ${R}.`);
    out.push(s`${total === 1 ? 'Det' : 'Alla'} har haft sitt sista projektår och slutredovisas nu.`);
  } else if (reported.length === 0) {
    out.push(s`${namnd} beviljade ${n} projekt ${C.t('lum.medel')} för ${R}.`);
    out.push(s`Inget av dem har haft sitt sista projektår, så inget slutredovisas i år.`);
  } else
    out.push(
      s`${namnd} beviljade ${n} projekt ${C.t('lum.medel')} för ${R}, varav ${r} har haft sitt sista projektår och slutredovisas nu.`,
    );
  return out.map((x) => from(x, 'case:lum'));
}

function sammanfattning(C: Facts, o: DraftOptions): DraftSection {
  const c = C.case;
  const own = ownTextOrPlaceholder(
    c,
    'texter.sammanfattning',
    c.texter.sammanfattning,
    'sammanfattning-resultat',
    'Skriv årets viktigaste resultat här: två eller tre meningar om vad projekten har gett.',
  );
  const { reported } = counts(c);
  const { done, ongoing } = studies(c);
  const f: Sentence[] = [...grantSentences(C)];
  if (reported.length && c.slutrapporterSomBilagor)
    f.push(
      from(
        reported.length === 1 ? s`Dess slutrapport finns som bilaga.` : s`Deras slutrapporter finns som bilagor.`,
        'case:slutrapporterSomBilagor',
      ),
    );
  if (done.length)
    f.push(
      s`Här redovisas också ${C.d(done.length === 1 ? 'en forskningsstudie' : `${numberWord(done.length, 'utrum')} forskningsstudier`, 'fum')} som är klar${done.length === 1 ? '' : 'a'}.`,
    );
  if (ongoing.length)
    f.push(
      s`${C.d(ongoing.length === 1 ? 'En forskningsstudie' : `${numberWordCapitalized(ongoing.length, 'utrum')} forskningsstudier`, 'fum')} pågår fortfarande.`,
    );
  f.push(s`I ärendet finns också ett förslag till inriktning för ${C.t('lum.medel')} och ${C.t('mul.resor')} ${C.c('ar.inriktning')}.`);
  return section('sammanfattning', [...own, para(f)], undefined, o.style);
}

function bakgrund(C: Facts, o: DraftOptions): DraftSection {
  const c = C.case;
  // The FoU sentence opens Bakgrund: it explains the abbreviation FoU before later sections use it.
  const opening = [
    ...std(o.style, 'fou-syfte'),
    ...std(o.style, 'fou-praktik'),
    // "medel för studiebesök" (2017) already says what the money is for: not "… till studiebesök" again.
    C.terms.mul.medel.includes(C.terms.mul.resor)
      ? s`${C.c('metadata.forvaltning')} fördelar ${C.t('lum.medel')} till ${C.t('lum.projekt')} och ${C.t('mul.medel')}.`
      : s`${C.c('metadata.forvaltning')} fördelar ${C.t('lum.medel')} till ${C.t('lum.projekt')} och ${C.t('mul.medel')} till ${C.t('mul.resor')}.`,
  ];
  return section(
    'bakgrund',
    [
      para(opening),
      ...ownTextOrPlaceholder(
        c,
        'texter.bakgrund',
        c.texter.bakgrund,
        'bakgrund',
        'Skriv bakgrunden här: varför nämnden fördelar medlen och vad som har hänt sedan förra året.',
      ),
    ],
    undefined,
    o.style,
  );
}

function lumReport(C: Facts): Block[] {
  const c = C.case;
  const R = C.c('ar.redovisning');
  const { total, reported, ongoing } = counts(c);
  const out: Block[] = [heading(3, s`Redovisning av ${C.t('lum.medel')} år ${R}`)];
  const namnd = C.c('metadata.namnd');
  if (!total) {
    out.push(para([from(s`${namnd} beviljade inga ${C.t('lum.projekt')} (${C.t('lum.forkortning')}) medel för ${R}.`, 'case:lum')]));
    return out;
  }
  const n = C.d(numberWord(total), 'lum');
  const r = C.d(numberWord(reported.length), ...reported.map((i) => `lum[${i}].status`));
  const lum = C.t('lum.medel');
  const abbr = C.t('lum.forkortning');
  const intro: Sentence[] = [];
  if (reported.length === total)
    intro.push(
      from(s`${namnd} beviljade ${n} projekt ${lum} (${abbr}) för ${R}.`, 'case:lum'),
      from(s`${total === 1 ? 'Projektet' : 'Alla'} avslutade sitt sista projektår och slutredovisas därför.`, 'case:lum'),
    );
  else if (reported.length === 0)
    intro.push(
      from(s`${namnd} beviljade ${n} projekt ${lum} (${abbr}) för ${R}.`, 'case:lum'),
      from(s`Inget av dem avslutade sitt sista projektår under året.`, 'case:lum'),
    );
  else
    intro.push(
      from(
        s`${namnd} beviljade ${n} projekt ${lum} (${abbr}) för ${R}, varav ${r} projekt avslutade sitt sista projektår och därför slutredovisas.`,
        'case:lum',
      ),
    );
  if (reported.length && c.slutrapporterSomBilagor)
    intro.push(
      from(
        s`I bilaga ${C.d(attachmentRange(reported.length), ...reported.map((i) => `lum[${i}].status`))} finns resultaten från följande projekt:`,
        'case:slutrapporterSomBilagor',
      ),
    );
  else if (reported.length) intro.push(from(s`Följande projekt slutredovisas:`, 'case:lum'));
  out.push(para(intro));
  if (reported.length) {
    out.push({ type: 'list', ordered: true, items: reported.map((i) => ({ ...item([projectLine(C, i)]), ...projectBody(C, i) })) });
  }
  if (ongoing.length) {
    const n = ongoing.length;
    const next = C.d(String(c.ar.redovisning + 1), 'ar.redovisning', ...ongoing.map((i) => `lum[${i}].status`));
    out.push(
      para([
        n === 1
          ? s`Följande projekt fick också medel men pågår under ${next}.`
          : s`Följande ${C.d(numberWord(n), ...ongoing.map((i) => `lum[${i}].status`))} projekt fick också medel men pågår under ${next}.`,
        from(s`De slutredovisas därför inte:`, ...ongoing.map((i): SourceRef => `case:lum[${i}].status`)),
      ]),
    );
    out.push({
      type: 'list',
      ordered: true,
      items: ongoing.map((i) => ({ ...item([projectLine(C, i)], { italic: true }), ...projectBody(C, i) })),
    });
  }
  const sum = sumVal(C, 'lum');
  if (sum) out.push(para([sumSentence(C, 'lum', sum, R, 'projekt')]));
  return out;
}

function mulReport(C: Facts, o: DraftOptions): Block[] {
  const c = C.case;
  const R = C.c('ar.redovisning');
  const n = c.mul.length || c.mulBeviljadeAntal;
  if (!n) return [];
  const out: Block[] = [heading(3, s`Redovisning av ${C.t('mul.medel')} år ${R}`)];
  const count = c.mul.length ? C.d(numberWord(n, 'utrum'), 'mul') : C.c('mulBeviljadeAntal', (v: number) => numberWord(v, 'utrum'));
  // "beviljade sju ansökningar": the grant sentence the checker's count rule reads.
  out.push(
    para([
      s`${C.c('metadata.namnd')} beviljade ${count} ${n === 1 ? 'ansökan' : 'ansökningar'} om ${C.t('mul.medel')} (${C.t('mul.forkortning')}) för ${C.t('mul.resor')} under ${R}.`,
    ]),
  );
  out.push(...caseText(c, 'texter.mulRedovisning', c.texter.mulRedovisning));
  if (c.mul.length) {
    out.push({
      type: 'table',
      header: ['Förvaltning', 'Resmål och syfte', 'Belopp'],
      rows: c.mul.map((m, i) => [
        owners(C, `mul[${i}]`).text,
        [m.destination, m.syfte].filter(Boolean).join('. '),
        m.belopp !== undefined ? kronor(m.belopp) : '',
      ]),
      sources: c.mul.flatMap((_, i): SourceRef[] => [
        `case:mul[${i}].sdf`,
        `case:mul[${i}].destination`,
        `case:mul[${i}].syfte`,
        `case:mul[${i}].belopp`,
      ]),
    });
  }
  const sum = sumVal(C, 'mul');
  const tail: Sentence[] = [];
  if (sum) tail.push(sumSentence(C, 'mul', sum, R, 'ansökan'));
  // Only when the case says the reports are there: the fixed sentence states a fact.
  if (c.mulRapporterPaKunskapsbanken)
    tail.push(...std(o.style, 'mul-kunskapsbanken').map((x) => from(x, 'case:mulRapporterPaKunskapsbanken')));
  if (tail.length) out.push(para(tail));
  return out;
}

/** A study's description: paragraphs, with bulleted lists kept as lists. */
function studyText(C: Facts, i: number): Block[] {
  return caseText(C.case, `fum[${i}].beskrivning`, C.case.fum[i].beskrivning);
}

function fumReport(C: Facts): Block[] {
  const c = C.case;
  const { done, ongoing } = studies(c);
  const out: Block[] = [];
  const fumTerm = C.t('fum.medel');
  if (done.length) {
    out.push(
      heading(
        3,
        done.length === 1
          ? s`Avslutad studie med ${fumTerm} (${C.t('fum.forkortning')})`
          : s`Avslutade studier med ${fumTerm} (${C.t('fum.forkortning')})`,
      ),
    );
    for (const i of done) {
      const f = c.fum[i];
      out.push(h4(f.namn, `case:fum[${i}].namn`));
      const first =
        f.kostnad !== undefined
          ? s`${C.c(`fum[${i}].utforare`)} har genomfört studien för ${C.c(`fum[${i}].kostnad`, kronor)}.`
          : s`${C.c(`fum[${i}].utforare`)} har genomfört studien.`;
      out.push(para([from(first, `case:fum[${i}].status`)]), ...studyText(C, i));
    }
  }
  if (ongoing.length) {
    out.push(heading(3, ongoing.length === 1 ? s`Pågående studie med ${fumTerm}` : s`Pågående studier med ${fumTerm}`));
    for (const i of ongoing) {
      const f = c.fum[i];
      out.push(h4(f.namn, `case:fum[${i}].namn`));
      const first = from(s`${C.c(`fum[${i}].utforare`)} genomför studien.`, `case:fum[${i}].status`);
      const sentences = [
        first,
        f.klart
          ? s`Den ska vara klar ${C.c(`fum[${i}].klart`, (v: string) => klartText(v))}.`
          : s`Den ska vara klar ${placeholderVal(`fum-${i}-klart`, 'Skriv när studien ska vara klar')}.`,
      ];
      if (f.kostnad !== undefined) sentences.push(s`Den kostar ${C.c(`fum[${i}].kostnad`, kronor)}.`);
      out.push(para(sentences), ...studyText(C, i));
    }
  }
  return out;
}

/** An inline placeholder as a value inside a sentence. */
function placeholderVal(id: string, prompt: string): Val {
  const x = placeholderSentence(id, prompt);
  return { text: x.text, sources: x.sources };
}

/** "den 31 maj 2020" for a date, the text as written otherwise ("i januari 2021"). */
function klartText(v: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `den ${longDate(v)}`;
  const t = v.charAt(0).toLocaleLowerCase('sv-SE') + v.slice(1);
  // "i januari 2021"; "våren 2020" and other phrases as written.
  return /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/.test(t) ? `i ${t}` : t;
}

function inriktning(C: Facts, o: DraftOptions): Block[] {
  const c = C.case;
  const I = C.c('ar.inriktning');
  const out: Block[] = [heading(3, s`Förslag på inriktning för ${C.t('lum.medel')} ${I}`)];
  if (!C.criteria) {
    out.push(
      para([
        placeholderSentence(
          'inriktning-kriterier',
          `Skriv årets teman och kriterier för ${c.ar.inriktning ?? ''} här, eller lägg till kriterierna för året och skriv utkastet igen`,
        ),
      ]),
    );
    out.push(...caseText(c, 'texter.inriktning', c.texter.inriktning));
    return out;
  }
  out.push(...criteriaBlocks(C, o.style), ...caseText(c, 'texter.inriktning', c.texter.inriktning));
  const call = callText(C);
  const meeting = decisionMeetingText(C);
  if (call || meeting) {
    out.push(h3('Utlysning och beslut', 'criteria:utlysning'), para([...(call ? [call] : []), ...(meeting ? [meeting] : [])]));
  }
  out.push(heading(3, s`Finansiering av ${C.t('lum.projekt')}`), para(financingText(C)));
  out.push(heading(3, s`Medel för ${C.t('mul.resor')}`), para(mulText(C)));
  const repay = repaymentText(C);
  if (repay.length) out.push(para(repay));
  return out;
}

function arendet(C: Facts, o: DraftOptions): DraftSection {
  const c = C.case;
  return section(
    'arendet',
    [
      ...caseText(c, 'texter.arendetInledning', c.texter.arendetInledning),
      ...lumReport(C),
      ...mulReport(C, o),
      ...fumReport(C),
      ...inriktning(C, o),
    ],
    undefined,
    o.style,
  );
}

export function draftInriktning(c: Case, cr: Criteria | undefined, o: DraftOptions = {}): DraftDocument {
  const C = facts(c, cr);
  const warnings: string[] = [];
  if (!cr)
    warnings.push(
      `Det finns inga kriterier för ${c.ar.inriktning ?? 'inriktningsåret'}${o.otherYearCriteria !== undefined ? ` (${o.otherYearCriteriaFrom ?? 'kriterierna i ärendet gäller'} ${o.otherYearCriteria} och används inte för ett annat år)` : ''}. Avsnittet om inriktningen är en platshållare, och fondernas namn är de senaste (${C.terms.mul.forkortning}, ${C.terms.mul.resor}); kontrollera dem.`,
    );
  return fouDocument(
    'inriktning-redovisning',
    C,
    o,
    {
      title,
      decisions,
      sammanfattning,
      bakgrund,
      arendet,
      synpunkterPrompt: 'Skriv förvaltningens synpunkter här: hur projekten och inriktningen bidrar till socialtjänstens mål.',
      leadingAttachments: () => (c.slutrapporterSomBilagor ? counts(c).reported.map((i) => attachmentLine(C, i)) : []),
    },
    warnings,
  );
}
