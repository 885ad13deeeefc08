/**
 * Inriktning och redovisning of LUM/MUL (the shape of seeds 000 and 002): the next year's call
 * and the report of the projects that finished their last year.
 */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { longDate } from '../swedish/dates';
import { kronor, numberWord, numberWordCapitalized } from '../swedish/numbers';
import { sentence } from '../swedish/text';
import {
  attachmentLine,
  attachmentRange,
  beredningSection,
  callText,
  criteriaBlocks,
  financingText,
  h3,
  h4,
  headerInfo,
  headerSection,
  mulText,
  owners,
  p,
  projectBody,
  projectLine,
  recipients,
  section,
  signatures,
  sumIfComplete,
  textOr,
} from './common';
import type { Block, DraftDocument, DraftSection } from './types';

const FOU_TEXT =
  'Socialförvaltningens arbete med forskning och utveckling (FoU) ska bidra till utveckling av socialtjänsten och till bättre resultat för brukarna. FoU-arbetet ska främja evidensbaserad praktik och insatser som bygger på bästa tillgängliga kunskap samt vara praktiknära, ha ett tydligt stockholmsperspektiv och vara ett komplement till statliga myndigheters forskning.';

export function title(c: Case): string {
  if (c.titel) return c.titel;
  const I = c.ar.inriktning;
  const R = c.ar.redovisning;
  return `Inriktning av medel för lokala utvecklingsprojekt och studieresor ${I} (MUL) samt redovisning av lokala utvecklingsprojekt genomförda under ${R} (LUM)${studiesPhrase(c)}`;
}

function studiesPhrase(c: Case): string {
  const n = c.fum.filter((f) => f.status === 'avslutad').length;
  return n === 0 ? '' : n === 1 ? ' och en forskningsstudie' : ` och ${numberWord(n, 'utrum')} forskningsstudier`;
}

/** The decisions, shared word for word by the förslag and the synpunkter. */
export function decisions(c: Case): { redovisning: string; inriktning: string; delges: string } {
  const namnd = c.metadata.namnd;
  return {
    redovisning: `${namnd} godkänner redovisning av lokala utvecklingsprojekt ${c.ar.redovisning}${studiesPhrase(c)}.`,
    inriktning: `${namnd} godkänner förslag till inriktning av medel för lokala utvecklingsprojekt och studieresor ${c.ar.inriktning}.`,
    delges: `Ärendet delges ${recipients(c)}.`,
  };
}

function forslag(c: Case): DraftSection {
  const d = decisions(c);
  const blocks: Block[] = [{ type: 'list', ordered: true, items: [d.redovisning, d.inriktning, d.delges].map((text) => ({ text })) }];
  if (c.metadata.underskrifterPlacering === 'efter-forslag') blocks.push(signatures(c));
  return section('forslag', blocks);
}

function counts(c: Case): { total: number; reported: number; ongoing: number } {
  const reported = c.lum.filter((x) => x.status === 'slutredovisas').length;
  return { total: c.lum.length, reported, ongoing: c.lum.length - reported };
}

/** "Lokala utvecklingsmedel har beviljats till tio projekt under 2023 varav sju har genomfört sitt sista projektår …" */
function grantSentence(c: Case): string {
  const { total, reported } = counts(c);
  const R = c.ar.redovisning;
  if (total === 0) return `Inga lokala utvecklingsprojekt har beviljats medel under ${R}.`;
  const head = `Lokala utvecklingsmedel har beviljats till ${numberWord(total)} projekt under ${R}`;
  if (reported === total)
    return `${head}. ${total === 1 ? 'Projektet har' : 'Samtliga har'} genomfört sitt sista projektår och slutredovisas nu.`;
  if (reported === 0) return `${head}. Inget av dem har genomfört sitt sista projektår, så inget projekt slutredovisas i år.`;
  return `${head} varav ${numberWord(reported)} har genomfört sitt sista projektår och slutredovisas nu.`;
}

function sammanfattning(c: Case): DraftSection {
  const I = c.ar.inriktning;
  const R = c.ar.redovisning;
  const standard = [
    'Socialförvaltningens arbete med forskning och utveckling ska bidra till utveckling av socialtjänsten och till bättre resultat för brukarna. Medel för forskning och utveckling inom socialtjänstens verksamhetsområde avsätts i förvaltningens budget enligt nämndens beslut. Förvaltningens medel för forskning och utveckling kan användas till satsningar på både stadsövergripande och lokal nivå.',
  ];
  const { reported } = counts(c);
  const facts = [
    grantSentence(c),
    reported > 0 ? 'Beskrivning av de avslutade projekten redovisas i ärendet och projektens slutrapporter finns i bilagorna.' : '',
    `I ärendet föreslås även inriktning för lokala utvecklingsmedel och studieresor ${I}.`,
    `Förvaltningen föreslår att nämnden godkänner ${R} års redovisning av lokala utvecklingsmedel samt inriktningen för ${I} års medel.`,
  ].filter(Boolean);
  return section('sammanfattning', [...textOr(c.texter.sammanfattning, standard), p(facts.join(' '))]);
}

function bakgrund(c: Case): DraftSection {
  // The FoU paragraph always opens Bakgrund: it explains the abbreviation FoU before later sections use it.
  return section('bakgrund', [
    p(
      `${FOU_TEXT} Medel för forskning och utveckling inom socialtjänstens verksamhetsområde avsätts i förvaltningens budget enligt nämndens beslut. Dessa medel kan användas till satsningar på både stadsövergripande och lokal nivå.`,
    ),
    ...textOr(c.texter.bakgrund, [
      'För att bidra till lokalt utvecklingsarbete inom socialtjänsten fördelar socialförvaltningen utvecklingsmedel till lokala projekt och studieresor.',
    ]),
  ]);
}

function lumReport(c: Case): Block[] {
  const R = c.ar.redovisning;
  const reported = c.lum.filter((x) => x.status === 'slutredovisas');
  const ongoing = c.lum.filter((x) => x.status === 'fortgar');
  const out: Block[] = [h3(`Redovisning av lokala utvecklingsmedel år ${R}`)];
  if (!c.lum.length) {
    out.push(p(`Inga lokala utvecklingsprojekt (LUM) beviljades medel för ${R}.`));
    return out;
  }
  const total = c.lum.length;
  let intro = `Totalt beviljades ${numberWord(total)} projekt inom socialtjänstens lokala utvecklingsmedel (LUM) för ${R}`;
  if (reported.length === total)
    intro += `. ${total === 1 ? 'Projektet' : 'Samtliga'} avslutade sitt sista projektår och ska därför slutredovisas.`;
  else if (reported.length === 0) intro += '. Inget av dem avslutade sitt sista projektår under året.';
  else intro += ` varav ${numberWord(reported.length)} projekt avslutade sitt sista projektår och ska därför slutredovisas.`;
  if (reported.length) intro += ` I bilaga ${attachmentRange(reported.length)} redovisas resultaten från följande projekt:`;
  out.push(p(intro));
  if (reported.length) {
    out.push({ type: 'list', ordered: true, items: reported.map((x) => ({ text: projectLine(x), body: projectBody(x, R) })) });
  }
  if (ongoing.length) {
    const n = ongoing.length;
    out.push(
      p(
        `${n === 1 ? 'Följande projekt' : `Följande ${numberWord(n)} projekt`} beviljades också medel men fortgår under ${R + 1} och slutredovisas därför inte:`,
      ),
    );
    out.push({
      type: 'list',
      ordered: true,
      items: ongoing.map((x) => ({ text: projectLine(x), italic: true, body: projectBody(x, R) })),
    });
  }
  const sum = c.summor.lumBeviljat ?? sumIfComplete(c.lum);
  if (sum !== undefined) out.push(p(`De beviljade projekten omfattar sammanlagt ${kronor(sum)} för ${R}.`));
  return out;
}

function mulReport(c: Case): Block[] {
  const R = c.ar.redovisning;
  const n = c.mul.length || c.mulBeviljadeAntal;
  if (!n) return [];
  const out: Block[] = [h3(`Redovisning av medel för utveckling och lärande år ${R}`)];
  out.push(
    p(
      `${numberWordCapitalized(n, 'utrum')} ${n === 1 ? 'ansökan' : 'ansökningar'} från socialtjänsten beviljades medel för att genomföra studieresor för utveckling och lärande (MUL) under ${R}.${paragraphsOrEmpty(c.texter.mulRedovisning)}`,
    ),
  );
  if (c.mul.length) {
    out.push({
      type: 'table',
      header: ['Förvaltning', 'Resmål och syfte', 'Belopp'],
      rows: c.mul.map((m) => [
        owners({ sdf: m.sdf, medsokande: [] }),
        [m.destination, m.syfte].filter(Boolean).join('. '),
        m.belopp !== undefined ? kronor(m.belopp) : '',
      ]),
    });
  }
  const sum = c.summor.mulBeviljat ?? sumIfComplete(c.mul);
  if (sum !== undefined) out.push(p(`De beviljade ansökningarna omfattar ${kronor(sum)} för år ${R}.`));
  out.push(p('Slutrapporterna går att ta del av på Kunskapsbanken.'));
  return out;
}

function paragraphsOrEmpty(s: string | undefined): string {
  return s && s.trim() ? ` ${s.trim()}` : '';
}

function fumReport(c: Case): Block[] {
  const done = c.fum.filter((f) => f.status === 'avslutad');
  if (!done.length) return [];
  const out: Block[] = [
    h3(done.length === 1 ? 'Avslutat forsknings- och utvecklingsprojekt' : 'Avslutade forsknings- och utvecklingsprojekt'),
  ];
  for (const f of done) {
    out.push(h4(f.namn));
    out.push(
      p(sentence(`Studien har genomförts av ${f.utforare}${f.kostnad !== undefined ? ` till en kostnad av ${kronor(f.kostnad)}` : ''}`)),
    );
    if (f.beskrivning) out.push(...textOr(f.beskrivning, []));
  }
  return out;
}

function inriktning(c: Case, cr: Criteria | undefined): Block[] {
  const I = c.ar.inriktning;
  const out: Block[] = [h3(`Förslag på inriktning för lokala utvecklingsmedel ${I}`)];
  if (!cr) {
    out.push(p(`Kriterierna för ${I} års utlysning är ännu inte fastställda.`));
    return out;
  }
  out.push(...criteriaBlocks(cr));
  const call = callText(cr);
  out.push(h3('Utlysning och beslut om lokala utvecklingsmedel'));
  out.push(
    p(
      `${call ? `${call} ` : ''}Förutsatt att medel för FoU avsätts i socialnämndens budget ${I} föreslår socialförvaltningen tillsammans med FoU-rådet, till socialnämndens sammanträde i december, vilka projekt som bör beviljas utvecklingsmedel.`,
    ),
  );
  out.push(h3('Finansiering lokala utvecklingsprojekt'), ...financingText(cr).map(p));
  out.push(h3(cr.mul.namn === 'MUST' ? 'Medel för studiebesök' : 'Medel för studieresor'), ...mulText(cr).map(p));
  out.push(
    p(
      `Beviljade LUM eller ${cr.mul.namn} som av någon anledning inte kan användas ska återbetalas till socialförvaltningen.${cr.aterbetalningSenast ? ` Detta ska meddelas så snart som möjligt men senast den ${longDate(cr.aterbetalningSenast)}.` : ''}`,
    ),
  );
  return out;
}

function arendet(c: Case, cr: Criteria | undefined): DraftSection {
  const intro = c.texter.arendetInledning ? textOr(c.texter.arendetInledning, []) : [];
  return section('arendet', [...intro, ...lumReport(c), ...mulReport(c), ...fumReport(c), ...inriktning(c, cr)]);
}

function synpunkter(c: Case): DraftSection {
  const own = textOr(c.texter.synpunkter, []);
  const proposal = `Förvaltningen föreslår att ${c.metadata.namnd.toLocaleLowerCase('sv-SE')} godkänner förslag till inriktning av medel för lokala utvecklingsprojekt och studieresor ${c.ar.inriktning} samt redovisning av lokala utvecklingsprojekt ${c.ar.redovisning}${studiesPhrase(c)}.`;
  const blocks: Block[] = [...own, p(proposal), p(decisions(c).delges)];
  if (c.metadata.underskrifterPlacering === 'sist') blocks.push(signatures(c));
  return section('synpunkter', blocks);
}

function bilagor(c: Case): DraftSection {
  const lines = [
    ...c.lum.filter((x) => x.status === 'slutredovisas').map(attachmentLine),
    ...c.fum.flatMap((f) => f.bilagor),
    ...c.bilagor,
  ];
  if (!lines.length) return section('bilagor', [p('Inga bilagor.')]);
  return section('bilagor', [{ type: 'list', ordered: true, items: lines.map((text) => ({ text })) }]);
}

export function draftInriktning(c: Case, cr: Criteria | undefined): DraftDocument {
  const t = title(c);
  return {
    kind: 'inriktning-redovisning',
    title: t,
    header: headerInfo(c),
    sections: [
      headerSection(c),
      section('titel', [], t),
      forslag(c),
      sammanfattning(c),
      bakgrund(c),
      beredningSection(c),
      arendet(c, cr),
      synpunkter(c),
      bilagor(c),
    ],
  };
}
