/**
 * The drafted documents carry every fact of the seed they come from, each in the right section.
 * The expectations are written from the seed texts in ../shared/seeds, not from the drafter.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { draftCase } from '../../src/draft';
import { sectionText, type DraftDocument } from '../../src/draft/types';
import { SECTION_IDS, type SectionId } from '../../src/model/sections';
import { parseCaseJson } from '../../src/model/validate';
import { STANDARD_HEADINGS } from '../helpers/sections';

/** Typed asymmetric matchers (jest's return any). */
const matching = (re: RegExp | string): unknown => expect.stringMatching(re);

const NB = '\u00a0';
const load = (name: string) => {
  const file = path.join(__dirname, '..', '..', 'examples', name);
  const c = parseCaseJson(readFileSync(file, 'utf8'), name);
  return { c, doc: draftCase(c) };
};
const text = (doc: DraftDocument, id: SectionId) => {
  const s = doc.sections.find((x) => x.id === id);
  if (!s) throw new Error(`section ${id} missing`);
  return sectionText(s);
};
const norm = (s: string) => s.replace(/\u00a0/g, ' ');

function expectIn(doc: DraftDocument, id: SectionId, facts: string[]) {
  const t = text(doc, id);
  for (const f of facts) expect({ section: id, has: t.includes(f) ? f : `MISSING: ${f}` }).toEqual({ section: id, has: f });
}

describe.each(['seed-000.json', 'seed-001.json', 'seed-002.json'])('%s', (name) => {
  const { doc } = load(name);
  // Seed 000 has no attachments: like the real document, the draft has no Bilagor section.
  const expected = name === 'seed-000.json' ? SECTION_IDS.filter((id) => id !== 'bilagor') : SECTION_IDS;
  test('has every standard section in the standard order, after the header block and the title', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['huvud', 'titel', ...expected]);
    expect(doc.sections.map((s) => s.heading).slice(2)).toEqual(STANDARD_HEADINGS.slice(0, expected.length));
    for (const s of doc.sections.slice(2)) expect(s.blocks.length).toBeGreaterThan(0);
  });
  test('the förslag is a numbered list', () => {
    const f = doc.sections.find((s) => s.id === 'forslag')!;
    expect(f.blocks[0]).toMatchObject({ type: 'list', ordered: true });
  });
});

describe('seed 002 (inriktning 2025, redovisning 2023)', () => {
  const { doc } = load('seed-002.json');
  const reported: [string, string][] = [
    ['Våga anmäla våga vittna', 'Farsta'],
    ['Studiecirklar i bostadssökning – Civilsamhället som resurs för nyanländas väg till egen bostad', 'Hässelby-Vällingby'],
    ['Civilsamhället som resurs för nyanländas väg till egen bostad', 'Hägersten-Älvsjö'],
    ['Den placerade Ungdomen och Nätverket', 'Järva'],
    [
      'Ingen ska lämnas utanför – socialtjänstens barnrättsarbete för barn i ekonomisk utsatthet ur ett socialt hållbarhetsperspektiv',
      'Skarpnäck',
    ],
    ['Agera tillsammans föräldrar', 'Järva'],
    ['Alla barn i centrum 0-2 år', 'Socialförvaltningen'],
  ];
  const ongoing: [string, string][] = [
    ['Tidigt stöd till minderåriga EU-medborgare', 'Norra innerstadens'],
    [
      'Utveckla arbetssätt och metoder för strukturerad samverkan och parallella insatser för rehabiliteringsärenden på ekonomiskt bistånd',
      'Järva',
    ],
    ['Prata om det', 'Södermalms'],
  ];

  test('title and header name the years and the meeting', () => {
    expect(doc.title).toContain('studieresor 2025');
    expect(doc.title).toContain('genomförda under 2023');
    expect(doc.header).toMatchObject({ till: 'Socialnämnden', sammantradesdatum: '2024-04-23', handlaggare: 'Elina Saxelin' });
  });
  test('förslag: three numbered decisions with the years and who the ärende is delges', () => {
    const f = doc.sections.find((s) => s.id === 'forslag')!;
    expect(f.blocks[0]).toMatchObject({
      type: 'list',
      ordered: true,
      items: [
        { text: 'Socialnämnden godkänner redovisningen av lokala utvecklingsprojekt 2023.' },
        { text: 'Socialnämnden godkänner inriktningen av medel för lokala utvecklingsprojekt och studieresor 2025.' },
        { text: 'Ärendet delges samtliga stadsdelsnämnder.' },
      ],
    });
    expect((f.blocks[0] as { items: unknown[] }).items).toHaveLength(3);
  });
  test('sammanfattning: counts in words (tio projekt … varav sju) and both years', () => {
    expectIn(doc, 'sammanfattning', [
      'Socialnämnden beviljade tio projekt lokala utvecklingsmedel för 2023, varav sju har haft sitt sista projektår och slutredovisas nu.',
      'Deras slutrapporter finns som bilagor.',
      'studieresor 2025',
      'förslag till inriktning för lokala utvecklingsmedel och studieresor 2025',
    ]);
  });
  test('beredning: the dates of förvaltningsgruppen and funktionshinderrådet', () => {
    expectIn(doc, 'beredning', ['avdelningen för stadsövergripande sociala frågor', 'den 17 april', 'den 18 april']);
  });
  test('ärendet: each reported project with name, SDF and years, in order, as a numbered list', () => {
    const a = doc.sections.find((s) => s.id === 'arendet')!;
    const lists = a.blocks.filter((b) => b.type === 'list' && b.ordered);
    expect(lists).toHaveLength(2);
    const [rep, ong] = lists as Extract<(typeof lists)[number], { type: 'list' }>[];
    expect(rep.items.map((i) => i.text)).toEqual(reported.map(([n, s]) => matching(new RegExp(`^${n.replace(/[()?]/g, '\\$&')}, ${s}`))));
    for (const item of rep.items) expect(item.body!.join(' ')).toMatch(/20\d\d–2023/);
    expect(ong.items.map((i) => i.text)).toEqual(ongoing.map(([n, s]) => matching(new RegExp(`^${n}, ${s}`))));
    expect(ong.items.every((i) => i.italic)).toBe(true);
  });
  test('ärendet: counts, MUL, the 2025 criteria, call dates, caps and per-SDF limits', () => {
    expectIn(doc, 'arendet', [
      'Socialnämnden beviljade tio projekt lokala utvecklingsmedel (LUM) för 2023, varav sju projekt avslutade sitt sista projektår',
      'I bilaga 1–7 finns resultaten från följande projekt:',
      'Följande tre projekt fick också medel men pågår under 2024',
      'Socialnämnden beviljade sju ansökningar om medel för utveckling och lärande (MUL)',

      'Huvudkriterier',
      'inte tidigare provats för aktuell målgrupp inom socialtjänsten i Stockholms stad',
      'strategiskt värde för stadens socialtjänst',
      'Prioriterade områden',
      'förebyggande insatser och/eller tidigt stöd',
      'stärka klientcentrering',
      'förbättra samordningen av stöd/insatser',
      'föreslår att utlysningen av 2025 års medel öppnar den 1 maj 2024 och pågår till den 30 augusti 2024',
      `kan få högst 500${NB}000${NB}kronor per år`,
      'projekt som pågår 1–3 år. Projektet måste söka medel varje år.',
      'högst två lokala utvecklingsprojekt och två studieresor per år',
      'till nämndens sammanträde i december',
      'senast den 2 juni 2024',
    ]);
  });
  test('synpunkter repeats the proposal with the same years and recipients', () => {
    expectIn(doc, 'synpunkter', [
      'studieresor 2025',
      'lokala utvecklingsprojekt 2023',
      'Ärendet delges samtliga stadsdelsnämnder.',
      'Veronica Wolgast Carstorp',
      'Lina Blombergsson',
    ]);
  });
  test('bilagor: numbered in the order the projects are reported, with name and SDF', () => {
    const b = doc.sections.find((s) => s.id === 'bilagor')!;
    expect(b.blocks).toHaveLength(1);
    const list = b.blocks[0] as { type: 'list'; ordered: boolean; items: { text: string }[] };
    expect(list.ordered).toBe(true);
    expect(list.items.map((i) => i.text)).toEqual(reported.map(([n, s]) => matching(new RegExp(`^Slutredovisning\\. ${n}, ${s}`))));
  });
});

describe('seed 000 (inriktning 2017, redovisning 2015, one research study)', () => {
  const { doc } = load('seed-000.json');
  test('title and förslag name 2017, 2015 and the study', () => {
    expect(doc.title).toMatch(/2017.*2015.*forskningsstudie/);
    expectIn(doc, 'forslag', [
      '2015 och en forskningsstudie',
      '2017',
      'Ärendet delges samtliga stadsdelsnämnder.',
      'Peter Svensson',
      'Tf förvaltningschef',
      'Marta Nannskog',
    ]);
  });
  test('the 2017 themes, criteria and caps', () => {
    expectIn(doc, 'arendet', [
      'funktionsnedsättning och att förstärka barn- och föräldraperspektivet inom alla verksamhetsområden',
      'Ekonomiskt bistånd',
      'Socialpsykiatri',
      'Missbruk',
      'Barn och ungdom',
      'Omfattar flera stadsdelsförvaltningar.',
      'strategisk betydelse för staden som helhet',
      'idé om forskningsanknytning',
      `750${NB}000${NB}kronor`,
      'en ansökan kan gälla högst ett år',
      'högst tre ansökningar',
      `25${NB}000${NB}kronor`,
      '(MUST)',
    ]);
  });
  test('every 2015 project with its districts, and the research study', () => {
    expectIn(doc, 'arendet', [
      'Barnen i centrum, Norrmalms och Östermalms stadsdelsförvaltningar',
      'Kasam – en bedömnings- och uppföljningsmetod för ungdomsmottagningen, Södermalms stadsdelsförvaltning',
      '145 ungdomar',
      '92 procent',
      'Patologiskt samlande, Hägersten-Liljeholmens, Skärholmens, Älvsjö och Enskede-Årsta-Vantörs stadsdelsförvaltningar',
      '2013–2015',
      'Karolinska institutet',
      'Öppenvård sydost, Skarpnäcks, Enskede-Årsta-Vantörs och Farsta stadsdelsförvaltningar',
      'Mina båda världar – stödgrupp till familjehemsplacerade barn, Farsta och Skarpnäcks stadsdelsförvaltningar',
      'Gävle högskola',
      'Hur går det?, Hägersten-Liljeholmens stadsdelsförvaltning',
      'Initial bedömning – implementering av ett standardiserat bedömningsinstrument',
      'Linnéuniversitetet',
      'Socialnämnden beviljade elva projekt lokala utvecklingsmedel (LUM) för 2015',
    ]);
  });
  test('beredning: FoU-rådet and the dates', () => {
    expectIn(doc, 'beredning', ['FoU-rådet', 'den 17 augusti', 'den 18 augusti']);
  });
});

describe('seed 001 (årsrapport 2020)', () => {
  const { doc } = load('seed-001.json');
  test('title, header and förslag', () => {
    expect(doc.title).toBe('Årsrapport om medel för forskning och utveckling 2020');
    expect(doc.header).toMatchObject({
      dnr: '3.2.1-792/2020',
      datum: '2021-01-26',
      sammantradesdatum: '2021-02-16',
      handlaggare: 'Lisa Wallenberg',
    });
    expectIn(doc, 'forslag', [
      'Socialnämnden godkänner socialförvaltningens årsrapport om medel för forskning och utveckling under 2020.',
      'Socialnämnden överlämnar rapporten till samtliga stadsdelsnämnder.',
      'Fredrik Jurdell',
    ]);
  });
  test('sammanfattning: the LUM total in words and the grantees counted', () => {
    expectIn(doc, 'sammanfattning', ['tre och en halv miljon kronor', 'sex stadsdelsförvaltningar och socialförvaltningen']);
  });
  test('the FUM cost table with performer, end date and cost', () => {
    const a = doc.sections.find((s) => s.id === 'arendet')!;
    const table = a.blocks.find((b) => b.type === 'table' && b.header[0] === 'Studie') as { rows: string[][] };
    expect(table.rows.map((r) => r.map(norm))).toEqual([
      ['RVC', 'Ersta Sköndal Bräcke högskola', '31 december 2021', '1 000 000 kronor'],
      ['Skolsociala team', 'Ersta Sköndal Bräcke högskola', '31 mars 2022', '1 000 000 kronor'],
      ['Effektivt tidigt stöd', 'Lumell Associates', '31 december 2020', '950 000 kronor'],
      ['Systematisk översikt', 'FoU i Väst', '31 januari 2022', '975 000 kronor'],
      ['Rätt stöd i rätt tid (fem sdf)', 'Uppdrag psykisk hälsa', 'januari 2021', '500 000 kronor'],
    ]);
  });
  test('the LUM grants, the 2020 criteria and the MUL grants with their totals', () => {
    expectIn(doc, 'arendet', [
      'Egenmakt – privatekonomi',
      'Etableringscoach',
      'Kungsholmen (medsökande Norrmalm och Östermalm)',
      'Nya Startpunkten',
      'Strategisk betydelse för staden som helhet.',
      'Underlättar ett mer sammanhållet stöd till den enskilde.',
      'Innovation.',
      'Jämställdhet.',
      'fick sammanlagt tre och en halv miljon kronor för 2020',
      'Helsingfors, Finland',
      'Stavanger, Norge',
      `fick sammanlagt 174${NB}300${NB}kronor för 2020`,
      `25${NB}000${NB}kronor`,
      'Ansökningsperioden öppnar i maj och avslutas i mitten av september.',
    ]);
  });
  test('bilagor numbered in the seed order', () => {
    const b = doc.sections.find((s) => s.id === 'bilagor')!;
    const list = b.blocks[0] as { items: { text: string }[] };
    expect(list.items.map((i) => i.text)).toEqual([
      'Barnahus slutrapport',
      'Tidigt stöd Ekonomiskt bistånd och missbruk Rapport 1',
      'Tidigt stöd Rapport 2 Ekonomiskt bistånd',
      'Tidigt stöd Rapport 3 Missbruk',
      'Förteckning över deltagarna i socialtjänstakademin',
      'SIVIN samordnade interventioner',
      'Översikt forskning Stockholmsenkäten',
    ]);
  });
});

test("a project's own bilaga title is used in Bilagor, in the order the projects are reported", () => {
  const { c } = load('seed-002.json');
  c.lum[1].bilaga = 'Slutrapport: Studiecirklar i bostadssökning, Hässelby-Vällingby stadsdelsförvaltning';
  const doc = draftCase(c);
  const list = doc.sections.find((s) => s.id === 'bilagor')!.blocks[0] as { items: { text: string }[] };
  expect(list.items[1].text).toBe('Slutrapport: Studiecirklar i bostadssökning, Hässelby-Vällingby stadsdelsförvaltning.');
  expect(list.items[0].text).toBe('Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.');
});
