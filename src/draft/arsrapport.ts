/**
 * Årsrapport on FoU money (the shape of seed 001): FUM studies with the cost table,
 * LUM and MUL grants of the year.
 */
import type { Case, FumStudy } from '../model/case';
import type { Criteria } from '../model/criteria';
import { findDistrict } from '../model/districts';
import { longDate } from '../swedish/dates';
import { kronor, kronorInWords, numberWord } from '../swedish/numbers';
import { joinList, sentence } from '../swedish/text';
import {
  beredningSection,
  bullets,
  financingText,
  h3,
  h4,
  headerInfo,
  headerSection,
  mulText,
  p,
  recipients,
  section,
  shortOwner,
  signatures,
  sumIfComplete,
  textOr,
} from './common';
import type { Block, DraftDocument, DraftSection } from './types';

export function title(c: Case): string {
  return c.titel ?? `Årsrapport om medel för forskning och utveckling ${c.ar.redovisning}`;
}

export function decisions(c: Case): { godkanner: string; overlamnar: string } {
  const n = c.metadata.namnd;
  return {
    godkanner: `${n} godkänner ${c.metadata.forvaltning.toLocaleLowerCase('sv-SE').replace(/en$/, 'ens')} årsrapport om medel för forskning och utveckling under ${c.ar.redovisning}.`,
    overlamnar: `${n} överlämnar rapporten till ${recipients(c)}.`,
  };
}

function klart(f: FumStudy): string {
  if (!f.klart) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(f.klart) ? longDate(f.klart) : f.klart;
}

/** Districts and other owners that were granted LUM: "sex stadsdelsförvaltningar och socialförvaltningen". */
function grantees(c: Case): string {
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
  return joinList(parts);
}

function forslag(c: Case): DraftSection {
  const d = decisions(c);
  const blocks: Block[] = [{ type: 'list', ordered: true, items: [{ text: d.godkanner }, { text: d.overlamnar }] }];
  if (c.metadata.underskrifterPlacering === 'efter-forslag') blocks.push(signatures(c));
  return section('forslag', blocks);
}

function sammanfattning(c: Case): DraftSection {
  const R = c.ar.redovisning;
  const done = c.fum.filter((f) => f.status === 'avslutad');
  const ongoing = c.fum.filter((f) => f.status === 'pagar');
  const facts: string[] = [];
  if (c.fum.length) {
    facts.push(
      `Under ${R} har ${numberWord(done.length, 'utrum')} ${done.length === 1 ? 'stadsövergripande studie' : 'stadsövergripande studier'} som finansierats med forsknings- och utvecklingsmedel avslutats och ${numberWord(ongoing.length, 'utrum')} ${ongoing.length === 1 ? 'pågår' : 'pågår'}.`,
    );
  }
  const lumSum = c.summor.lumBeviljat ?? sumIfComplete(c.lum);
  if (c.lum.length) {
    facts.push(
      `Lokala utvecklingsmedel${lumSum !== undefined ? ` för totalt ${kronorInWords(lumSum)}` : ''} har beviljats till verksamheter inom ${grantees(c)}.`,
    );
  }
  return section('sammanfattning', [
    ...textOr(c.texter.sammanfattning, [
      'Socialförvaltningens arbete med forskning och utveckling ska bidra till utveckling av socialtjänsten och till bättre resultat för brukarna.',
    ]),
    ...(facts.length ? [p(facts.join(' '))] : []),
  ]);
}

function bakgrund(c: Case): DraftSection {
  return section(
    'bakgrund',
    textOr(c.texter.bakgrund, [
      'Socialförvaltningens arbete med forskning och utveckling (FoU) ska bidra till utveckling av socialtjänsten och till bättre resultat för brukarna. FoU-arbetet ska främja evidensbaserad praktik och insatser som bygger på bästa tillgängliga kunskap samt vara praktiknära, ha ett tydligt stockholmsperspektiv och vara ett komplement till statliga myndigheters forskning.',
    ]),
  );
}

function fum(c: Case): Block[] {
  const R = c.ar.redovisning;
  if (!c.fum.length) return [];
  const out: Block[] = [
    h3('Forsknings- och utvecklingsmedel (FUM)'),
    p(
      'Forsknings- och utvecklingsmedel (FUM) kan riktas till större stadsövergripande forskningsprojekt, till exempel för att undersöka effekter av metoder eller vid utvärdering av pågående eller tidigare projekt eller satsningar. Stadsövergripande satsningar genomförs vanligtvis under ett till två år.',
    ),
    p(`Följande stadsövergripande projekt som finansieras via FUM har påbörjats eller avslutats under ${R}.`),
  ];
  for (const f of c.fum) {
    out.push(h4(f.namn));
    const state = f.status === 'avslutad' ? 'har genomförts' : 'genomförs';
    out.push(
      p(
        sentence(
          `Studien ${state} av ${f.utforare}${f.klart ? ` och ${f.status === 'avslutad' ? 'blev klar' : 'ska vara klar'} ${/^\d/.test(klart(f)) ? 'den ' : ''}${klart(f).replace(/^\p{Lu}/u, (m) => m.toLocaleLowerCase('sv-SE'))}` : ''}`,
        ),
      ),
    );
    out.push(...textOr(f.beskrivning, []));
  }
  const costed = c.fum.filter((f) => f.kostnad !== undefined);
  if (costed.length) {
    out.push({
      type: 'table',
      header: ['Studie', 'Genomförs av', 'Klart', 'Kostnad'],
      rows: costed.map((f) => [f.kortnamn ?? f.namn, f.utforare, klart(f), kronor(f.kostnad ?? 0)]),
    });
  }
  return out;
}

function lum(c: Case, cr: Criteria | undefined): Block[] {
  const R = c.ar.redovisning;
  const out: Block[] = [h3('Lokala utvecklingsprojekt (LUM)')];
  out.push(
    p(
      'Socialförvaltningen utlyser och fördelar även lokala utvecklingsmedel (LUM) samt medel för utveckling och lärande genom studieresor och studiebesök (MUL). LUM beviljas projekt som bedöms ha strategisk betydelse för hela stadens socialtjänst.',
    ),
  );
  if (cr) {
    out.push(
      p(`Lokala utvecklingsprojekt ${cr.ar} prioriterades utifrån hur väl de uppfyllde följande ${cr.kriterier.typ}:`),
      bullets(cr.kriterier.lista),
    );
    out.push(...financingText(cr).map(p));
    const call = [
      cr.utlysning.oppnar ? longDate(cr.utlysning.oppnar) : cr.utlysning.oppnarText,
      cr.utlysning.stanger ? longDate(cr.utlysning.stanger) : cr.utlysning.stangerText,
    ];
    if (call[0] && call[1]) {
      out.push(
        h4('Beslutsgång'),
        p(
          `Ansökningsperioden för kommande år öppnar ${call[0]} och avslutas ${call[1]}. FoU-rådet bereder underlag till tjänsteutlåtande kring vilka projekt som bör beviljas medel, och ett tjänsteutlåtande med förslag till beslut tas upp i decembernämnden.`,
        ),
      );
    }
  }
  if (c.lum.length) {
    out.push(p(`Under ${R} beviljades följande förvaltningar LUM-medel:`));
    const withAmount = c.lum.every((x) => x.belopp !== undefined);
    out.push({
      type: 'table',
      header: withAmount ? ['Förvaltning', 'Projekt', 'Belopp'] : ['Förvaltning', 'Projekt'],
      rows: c.lum.map((x) => {
        const who = [shortOwner(x.sdf), ...(x.medsokande.length ? [`(medsökande ${joinList(x.medsokande.map(shortOwner))})`] : [])].join(
          ' ',
        );
        return withAmount ? [who, x.namn, kronor(x.belopp ?? 0)] : [who, x.namn];
      }),
    });
    const sum = c.summor.lumBeviljat ?? sumIfComplete(c.lum);
    if (sum !== undefined) out.push(p(`De beviljade ansökningarna omfattar ${kronorInWords(sum)} för år ${R}.`));
  }
  return out;
}

function mul(c: Case, cr: Criteria | undefined): Block[] {
  const R = c.ar.redovisning;
  if (!c.mul.length && !c.mulBeviljadeAntal) return [];
  const out: Block[] = [h3('Studieresor och studiebesök (MUL)'), ...mulText(cr).map(p)];
  if (c.mul.length) {
    out.push(p(`Följande förvaltningar beviljades medel för MUL under ${R}:`));
    out.push({
      type: 'table',
      header: ['Förvaltning', 'Resmål och syfte'],
      rows: c.mul.map((m) => [shortOwner(m.sdf), [m.destination, m.syfte].filter(Boolean).join(' – ')]),
    });
  }
  const sum = c.summor.mulBeviljat ?? sumIfComplete(c.mul);
  if (sum !== undefined) out.push(p(`De beviljade ansökningarna omfattar ${kronor(sum)} för år ${R}.`));
  return out;
}

function arendet(c: Case, cr: Criteria | undefined): DraftSection {
  const intro = textOr(c.texter.arendetInledning, [
    'Medel för forskning och utveckling inom socialtjänstens verksamhetsområde avsätts i förvaltningens budget enligt nämndens beslut. Förvaltningens medel för forskning och utveckling kan användas till satsningar på både stadsövergripande och lokal nivå.',
  ]);
  return section('arendet', [...intro, ...fum(c), ...lum(c, cr), ...mul(c, cr)]);
}

function synpunkter(c: Case): DraftSection {
  const blocks: Block[] = [
    ...textOr(c.texter.synpunkter, []),
    p(
      `Förvaltningen föreslår att ${c.metadata.namnd.toLocaleLowerCase('sv-SE')} godkänner årsrapporten avseende forsknings- och utvecklingsmedel ${c.ar.redovisning}.`,
    ),
    p(`Rapporten överlämnas till ${recipients(c)}.`),
  ];
  if (c.metadata.underskrifterPlacering === 'sist') blocks.push(signatures(c));
  return section('synpunkter', blocks);
}

function bilagor(c: Case): DraftSection {
  const lines = [...c.fum.flatMap((f) => f.bilagor), ...c.bilagor];
  if (!lines.length) return section('bilagor', [p('Inga bilagor.')]);
  return section('bilagor', [{ type: 'list', ordered: true, items: lines.map((text) => ({ text })) }]);
}

export function draftArsrapport(c: Case, cr: Criteria | undefined): DraftDocument {
  const t = title(c);
  return {
    kind: 'arsrapport',
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
