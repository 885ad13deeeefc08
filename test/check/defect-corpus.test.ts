/**
 * A defect corpus: each case takes a clean seed fixture (as DocText), injects ONE defect, and
 * expects the named rule to find it. Findings already on the clean fixture are subtracted, so
 * only what the defect caused counts. Prints precision and recall over the corpus.
 */
import type { DocParagraph, DocText, Finding } from '../../src/check/types';
import type { Case } from '../../src/model/case';
import { checkDocument, RULES } from '../../src/check/index';
import { validateCase } from '../../src/model/validate';
import { seedCase, seedDoc, SEED_IDS, type SeedId } from './seed-fixtures';
import { newFindings } from '../helpers/findings';

type Mutate = (d: DocText) => DocText;

interface Defect {
  name: string;
  seed: SeedId;
  rule: string;
  mutate: Mutate;
  /** Use this case for the clean and the defective document. */
  kase?: (id: SeedId) => Case;
  /** The case for the clean document, when it differs (the defect sits in the case). */
  cleanKase?: (id: SeedId) => Case;
  /** Other rules that rightly fire on the same defect, with why. */
  also?: string[];
}

function reindex(paragraphs: DocParagraph[], d: DocText): DocText {
  return { ...d, paragraphs: paragraphs.map((p, i) => ({ ...p, index: i })) };
}

const findPara = (d: DocText, needle: string): number => {
  const i = d.paragraphs.findIndex((p) => p.text.includes(needle));
  if (i < 0) throw new Error(`defect corpus: "${needle}" not found in ${d.source}`);
  return i;
};

/** Replace text in the first paragraph that contains it. */
const replace =
  (from: string, to: string): Mutate =>
  (d) => {
    const i = findPara(d, from);
    const ps = d.paragraphs.map((p, k) => (k === i ? { ...p, text: p.text.replace(from, to) } : p));
    return reindex(ps, d);
  };

/** Replace text in the first paragraph that contains `needle`. */
const replaceIn =
  (needle: string, from: string, to: string): Mutate =>
  (d) => {
    const i = findPara(d, needle);
    if (!d.paragraphs[i].text.includes(from)) throw new Error(`defect corpus: "${from}" not in the paragraph with "${needle}"`);
    return reindex(
      d.paragraphs.map((p, k) => (k === i ? { ...p, text: p.text.replace(from, to) } : p)),
      d,
    );
  };

/** The heading paragraph with this exact text, and its section's paragraphs up to the next level-2 heading. */
function sectionRange(d: DocText, heading: string): [number, number] {
  const i = d.paragraphs.findIndex((p) => p.text === heading && p.part === 'body');
  if (i < 0) throw new Error(`defect corpus: heading "${heading}" not found`);
  let j = i + 1;
  while (
    j < d.paragraphs.length &&
    d.paragraphs[j].part === 'body' &&
    !(d.paragraphs[j].headingLevel !== null && d.paragraphs[j].headingLevel! <= 2)
  )
    j++;
  return [i, j];
}

const removeSection =
  (heading: string): Mutate =>
  (d) => {
    const [i, j] = sectionRange(d, heading);
    return reindex([...d.paragraphs.slice(0, i), ...d.paragraphs.slice(j)], d);
  };

const emptySection =
  (heading: string): Mutate =>
  (d) => {
    const [i, j] = sectionRange(d, heading);
    return reindex([...d.paragraphs.slice(0, i + 1), ...d.paragraphs.slice(j)], d);
  };

const moveSectionBefore =
  (heading: string, before: string): Mutate =>
  (d) => {
    const [i, j] = sectionRange(d, heading);
    const block = d.paragraphs.slice(i, j);
    const rest = [...d.paragraphs.slice(0, i), ...d.paragraphs.slice(j)];
    const k = rest.findIndex((p) => p.text === before);
    return reindex([...rest.slice(0, k), ...block, ...rest.slice(k)], d);
  };

const unstyle =
  (heading: string): Mutate =>
  (d) => {
    const i = d.paragraphs.findIndex((p) => p.text === heading);
    return reindex(
      d.paragraphs.map((p, k) => (k === i ? { ...p, headingLevel: null, styleName: 'Normal' } : p)),
      d,
    );
  };

const removePara =
  (needle: string): Mutate =>
  (d) => {
    const i = findPara(d, needle);
    return reindex(
      d.paragraphs.filter((_, k) => k !== i),
      d,
    );
  };

const swapParas =
  (a: string, b: string): Mutate =>
  (d) => {
    const i = findPara(d, a);
    const j = findPara(d, b);
    const ps = [...d.paragraphs];
    [ps[i], ps[j]] = [ps[j], ps[i]];
    return reindex(ps, d);
  };

const addHeader =
  (text: string): Mutate =>
  (d) =>
    reindex([...d.paragraphs, { index: 0, text, headingLevel: null, isListItem: false, inTable: false, part: 'header' }], d);

/** 001's example case with amounts that add up to the text's totals (3,5 miljoner for LUM; 174 300 kronor for MUL). */
function amounts001(lumFirst = 400000): Case {
  const c = seedCase('001');
  const lum = c.lum.map((p, i) => ({ ...p, belopp: i === 0 ? lumFirst : i < 8 ? 400000 : 3500000 - lumFirst - 7 * 400000 }));
  const mul = c.mul.map((t, i) => ({ ...t, belopp: i < 6 ? 25000 : 24300 }));
  return validateCase({ ...c, lum, mul }, 'seed-001 med belopp');
}

const SAMMANFATTNING_002_COUNT = 'tio projekt under 2023 varav sju har';

const CORPUS: Defect[] = [
  { name: 'Sammanfattning removed', seed: '002', rule: 'section-missing', mutate: removeSection('Sammanfattning') },
  { name: 'Bakgrund removed', seed: '000', rule: 'section-missing', mutate: removeSection('Bakgrund') },
  { name: 'Bilagor removed', seed: '001', rule: 'section-missing', mutate: removeSection('Bilagor') },
  { name: 'Sammanfattning after Bakgrund', seed: '002', rule: 'section-order', mutate: moveSectionBefore('Sammanfattning', 'Ärendet') },
  {
    name: 'synpunkter before Ärendet',
    seed: '001',
    rule: 'section-order',
    mutate: moveSectionBefore('Förvaltningens synpunkter och förslag', 'Ärendet'),
  },
  // Emptying Bakgrund also removes "forskning och utveckling (FoU)", so FoU is then unexplained: right too.
  { name: 'Bakgrund emptied', seed: '002', rule: 'section-empty', mutate: emptySection('Bakgrund'), also: ['abbreviation-undefined'] },
  { name: 'synpunkter emptied', seed: '000', rule: 'section-empty', mutate: emptySection('Förvaltningens synpunkter och förslag') },
  { name: 'Bakgrund as body text', seed: '001', rule: 'heading-style', mutate: unstyle('Bakgrund') },
  { name: 'Ärendets beredning as body text', seed: '000', rule: 'heading-style', mutate: unstyle('Ärendets beredning') },
  {
    name: 'förslag: redovisning 2022',
    seed: '002',
    rule: 'year-mismatch',
    mutate: replace('redovisning av lokala utvecklingsprojekt 2023.', 'redovisning av lokala utvecklingsprojekt 2022.'),
  },
  {
    name: 'synpunkter: inriktning 2018',
    seed: '000',
    rule: 'year-mismatch',
    mutate: replace(
      'lokala utvecklingsprojekt och studiebesök 2017, samt redovisning av lokala utvecklingsprojekt år 2015 och en forskningsstudie.',
      'lokala utvecklingsprojekt och studiebesök 2018, samt redovisning av lokala utvecklingsprojekt år 2015 och en forskningsstudie.',
    ),
  },
  {
    name: 'title: årsrapport 2019',
    seed: '001',
    rule: 'year-mismatch',
    mutate: replace('om medel för forskning och utveckling under 2020', 'om medel för forskning och utveckling under 2019'),
  },
  {
    name: 'synpunkter drop the redovisning',
    seed: '002',
    rule: 'decision-mismatch',
    mutate: replace(' samt redovisning av lokala utvecklingsprojekt år 2023', ''),
  },
  {
    name: 'synpunkter add kommunstyrelsen',
    seed: '000',
    rule: 'decision-mismatch',
    mutate: (d) =>
      replace(
        'Ärendet delges samtliga stadsdelsnämnder.',
        'Ärendet delges samtliga stadsdelsnämnder och kommunstyrelsen.',
      )(replace('Ärendet delges samtliga stadsdelsnämnder.', 'Ärendet delges samtliga stadsdelsnämnder .')(d)),
  },
  {
    name: 'varav sex',
    seed: '002',
    rule: 'count-mismatch',
    mutate: replace(SAMMANFATTNING_002_COUNT, 'tio projekt under 2023 varav sex har'),
  },
  { name: 'Följande fyra projekt', seed: '002', rule: 'count-mismatch', mutate: replace('Följande tre projekt', 'Följande fyra projekt') },
  { name: 'I bilaga 1-8', seed: '002', rule: 'count-mismatch', mutate: replace('I bilaga 1-7', 'I bilaga 1-8') },
  {
    name: 'elva projekt totalt',
    seed: '002',
    rule: 'count-mismatch',
    mutate: replace('Totalt beviljades tio projekt', 'Totalt beviljades elva projekt'),
  },
  {
    name: 'bilaga 3 missing',
    seed: '002',
    rule: 'attachment-mismatch',
    mutate: removePara('Slutredovisning. Civilsamhället'),
    also: ['count-mismatch'],
  },
  {
    name: 'bilaga 5 with another SDF',
    seed: '002',
    rule: 'attachment-mismatch',
    mutate: replaceIn('Slutredovisning. Ingen ska lämnas', 'Skarpnäck stadsdelsförvaltning', 'Farsta stadsdelsförvaltning'),
  },
  {
    name: 'bilagor 1 and 2 swapped',
    seed: '002',
    rule: 'attachment-mismatch',
    mutate: swapParas('Slutredovisning. Våga anmäla', 'Slutredovisning. Studiecirklar'),
  },
  {
    name: 'bilaga 4 renamed',
    seed: '002',
    rule: 'attachment-mismatch',
    mutate: replace('Slutredovisning. Den placerade Ungdomen och Nätverket', 'Slutredovisning. Ungdomens nätverk vid placering'),
  },
  {
    name: 'cap 600 000 kr',
    seed: '002',
    rule: 'amount-cap',
    mutate: replace('maximalt beviljas 500 000 kr', 'maximalt beviljas 600 000 kr'),
  },
  {
    name: 'MUST cap 30 000',
    seed: '000',
    rule: 'amount-cap',
    mutate: replace('studiebesök är 25 000 kronor', 'studiebesök är 30 000 kronor'),
  },
  {
    name: 'a grant of 600 000 in 2020 (in the case)',
    seed: '001',
    rule: 'amount-cap',
    cleanKase: () => amounts001(),
    kase: () => amounts001(600000),
    mutate: (d) => d,
  },
  {
    name: 'högst tre projekt per SDF',
    seed: '002',
    rule: 'sdf-limit',
    mutate: replace('högst två lokala utvecklingsprojekt', 'högst tre lokala utvecklingsprojekt'),
  },
  { name: 'högst fyra ansökningar', seed: '000', rule: 'sdf-limit', mutate: replace('högst tre ansökningar', 'högst fyra ansökningar') },
  {
    name: 'LUM total fyra miljoner',
    seed: '001',
    rule: 'total-mismatch',
    kase: () => amounts001(),
    mutate: replace('tre och en halv miljon kronor', 'fyra miljoner kronor'),
  },
  {
    name: 'MUL total 184 300',
    seed: '001',
    rule: 'total-mismatch',
    kase: () => amounts001(),
    mutate: replace('174 300 kronor', '184 300 kronor'),
  },
  { name: 'Järva in 2021', seed: '001', rule: 'sdf-name', mutate: replace('Kungsholmen', 'Järva') },
  {
    name: 'Hägersten-Älvsjö in 2016',
    seed: '000',
    rule: 'sdf-name',
    mutate: replace('Hägersten-Liljeholmens stadsdelsförvaltning har beviljats', 'Hägersten-Älvsjö stadsdelsförvaltning har beviljats'),
  },
  { name: 'förvaltningsgruppen after the meeting', seed: '002', rule: 'date-order', mutate: replace('den 17 april', 'den 27 april') },
  { name: 'document date after the meeting', seed: '001', rule: 'date-order', mutate: replace('2021-01-26', '2021-02-20') },
  { name: 'beredning after the meeting (000)', seed: '000', rule: 'date-order', mutate: replace('18 augusti 2016', '28 augusti 2016') },
  {
    name: 'RVC unexplained',
    seed: '002',
    rule: 'abbreviation-undefined',
    mutate: replace('till lokala projekt och studieresor.', 'till lokala projekt och studieresor, bland annat till RVC.'),
  },
  { name: '(IB) removed', seed: '000', rule: 'abbreviation-undefined', mutate: replace('initial bedömning (IB)', 'initial bedömning') },
  {
    name: 'Stockholms misspelt once',
    seed: '000',
    rule: 'name-mismatch',
    mutate: replace('inom Stockholms socialtjänst', 'inom Stokholms socialtjänst'),
  },
  { name: 'Barnahus misspelt once', seed: '001', rule: 'name-mismatch', mutate: replace('i Barnahus avslutats', 'i Barnahas avslutats') },
  { name: 'placeholder [Namn]', seed: '002', rule: 'leftover', mutate: replace('Elina Saxelin', '[Namn]') },
  {
    name: "the drafter's placeholder left in Sammanfattning",
    seed: '002',
    rule: 'placeholder-left',
    mutate: replaceIn(
      'Socialförvaltningens arbete med forskning och utveckling ska bidra',
      'Socialförvaltningens',
      '[Skriv årets viktigaste resultat här: två eller tre meningar.] Socialförvaltningens',
    ),
  },
  {
    name: 'an inline placeholder left for a study’s end date',
    seed: '000',
    rule: 'placeholder-left',
    mutate: replace('Våren 2016 genomfördes', '[Skriv när studien blev klar] genomfördes'),
  },
  {
    name: 'the case grants Våga anmäla 450 000 kronor; the text never states the amount',
    seed: '002',
    rule: 'case-coverage',
    cleanKase: (id) => seedCase(id),
    kase: (id) => {
      const c = seedCase(id);
      return { ...c, lum: c.lum.map((p, i) => (i === 0 ? { ...p, belopp: 450000 } : p)) };
    },
    mutate: (d) => d,
  },
  {
    name: 'an ongoing project line names a project the case does not have',
    seed: '002',
    rule: 'case-coverage',
    kase: (id) => seedCase(id),
    mutate: replace('Prata om det, Södermalms stadsdelsförvaltning.', 'Nytt projekt om boende, Farsta stadsdelsförvaltning.'),
  },
  {
    name: 'och och',
    seed: '000',
    rule: 'leftover',
    mutate: replace('barn- och föräldraperspektivet inom alla', 'barn- och och föräldraperspektivet inom alla'),
  },
  { name: 'Fel! in the header', seed: '002', rule: 'leftover', mutate: addHeader('Fel! Hittar inte referenskälla.') },
  { name: 'ÅÅÅÅ-MM-DD', seed: '000', rule: 'leftover', mutate: replace('2016-08-23', 'ÅÅÅÅ-MM-DD') },
  {
    name: 'personnummer in a project',
    seed: '002',
    rule: 'personnummer',
    mutate: replace(
      'Projektet har syftat till att på ett strukturerat sätt',
      'Projektet (ungdom 811218-9876) har syftat till att på ett strukturerat sätt',
    ),
  },
  {
    name: 'samordningsnummer',
    seed: '000',
    rule: 'personnummer',
    mutate: replace('Telefonintervjuer med 400 klienter', 'Telefonintervjuer med 400 klienter, bland annat 701063-2391,'),
  },
  {
    name: 'a 40-word sentence',
    seed: '002',
    rule: 'readability',
    mutate: replace(
      'För att bidra till lokalt utvecklingsarbete',
      `För att bidra till lokalt utvecklingsarbete ${'och många fler saker '.repeat(8)}`,
    ),
  },
  {
    name: 'stiff word föreligger',
    seed: '000',
    rule: 'readability',
    mutate: replace('För sjukskrivna klienter finns ett stort behov', 'För sjukskrivna klienter föreligger ett stort behov'),
  },
];

/** What a defect adds: new findings, told apart by rule, severity, message and excerpt. */
const withExcerpt = (f: Finding) => `${f.rule}|${f.severity}|${f.message}|${f.excerpt}`;

describe('defect corpus', () => {
  it('finds each injected defect with the expected rule; recall and precision ≥ 0.9', async () => {
    const docs = new Map<SeedId, DocText>();
    for (const id of SEED_IDS) docs.set(id, await seedDoc(id));
    let found = 0;
    let correct = 0;
    let reported = 0;
    const perRule = new Map<string, { n: number; hit: number }>();
    const misses: string[] = [];
    const wrong: string[] = [];
    for (const def of CORPUS) {
      const clean = docs.get(def.seed)!;
      const cleanCase = (def.cleanKase ?? def.kase)?.(def.seed);
      const kase = def.kase?.(def.seed);
      const before = checkDocument(clean, cleanCase);
      const after = checkDocument(def.mutate(clean), kase);
      const expectedInfo = RULES.find((r) => r.meta.id === def.rule)?.meta.severity === 'info';
      const fresh = newFindings(before, after, withExcerpt)
        .filter((f) => (expectedInfo ? f.rule === def.rule || f.severity !== 'info' : f.severity !== 'info'))
        .filter((f) => !/: LIX \d+/.test(f.message));
      const hit = fresh.some((f) => f.rule === def.rule);
      const r = perRule.get(def.rule) ?? { n: 0, hit: 0 };
      perRule.set(def.rule, { n: r.n + 1, hit: r.hit + (hit ? 1 : 0) });
      if (hit) found++;
      else misses.push(`${def.rule}: ${def.name}`);
      for (const f of fresh) {
        reported++;
        if (f.rule === def.rule || def.also?.includes(f.rule)) correct++;
        else wrong.push(`${def.name} → ${f.rule}: ${f.message}`);
      }
    }
    const recall = found / CORPUS.length;
    const precision = reported === 0 ? 0 : correct / reported;
    const table = [...perRule.entries()].map(([rule, v]) => `${rule} ${v.hit}/${v.n}`).join(' | ');
    console.log(
      `Defektkorpus: ${CORPUS.length} fall, recall ${recall.toFixed(2)} (${found}/${CORPUS.length}), precision ${precision.toFixed(2)} (${correct}/${reported}) — ${table}`,
    );
    if (misses.length) console.log(`Missade: ${misses.join('; ')}`);
    if (wrong.length) console.log(`Andra regler: ${wrong.join('\n')}`);
    // Every rule in the registry has at least two defects in the corpus.
    for (const rule of RULES) expect(perRule.get(rule.meta.id)?.n ?? 0).toBeGreaterThanOrEqual(2);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
