/**
 * The drafter's own sentences in natural Swedish for any count and any year's terms: one project
 * or trip in the singular, the 2017 terms (MUST, studiebesök) without doubled words, and no fixed
 * sentence that states a fact the case does not give (Kunskapsbanken).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { draftCase, sectionText, type DraftDocument } from '../../src/draft';
import type { Case } from '../../src/model/case';
import { builtInCriteria } from '../../src/model/criteria/index';
import { parseCaseJson } from '../../src/model/validate';

const load = (name: string): Case => parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);
const all = (doc: DraftDocument) => [doc.title, ...doc.sections.map(sectionText)].join('\n');
const EXAMPLES = ['seed-000.json', 'seed-001.json', 'seed-002.json', 'pagaende-studie.json', 'utan-inbyggda-kriterier.json'];

test('one project that is reported: its report is an attachment in the singular', () => {
  const c = load('pagaende-studie.json');
  const one: Case = {
    ...c,
    slutrapporterSomBilagor: true,
    lum: c.lum.map((p, i) => ({ ...p, status: i === 0 ? 'slutredovisas' : 'fortgar' })),
  };
  const t = all(draftCase(one));
  expect(t).toMatch(/varav ett har haft sitt sista projektår och slutredovisas nu\. Dess slutrapport finns som bilaga\./);
  expect(t).not.toMatch(/Deras slutrapporter/);
  // Two reported: the plural.
  const two: Case = { ...one, lum: c.lum.map((p, i) => ({ ...p, status: i < 2 ? 'slutredovisas' : 'fortgar' })) };
  expect(all(draftCase(two))).toMatch(/Deras slutrapporter finns som bilagor\./);
});

test('one trip with an amount: "MUL-ansökan fick", not "ansökningarna fick sammanlagt"', () => {
  const c = load('pagaende-studie.json');
  expect(c.mul).toHaveLength(1);
  const t = all(draftCase(c));
  expect(t).toMatch(/MUL-ansökan fick 24\s000\skronor för \d{4}\./);
  expect(t).not.toMatch(/ansökningarna fick sammanlagt/);
  const two: Case = { ...c, mul: [c.mul[0], { ...c.mul[0], destination: 'Oslo, Norge', belopp: 16000 }] };
  expect(all(draftCase(two))).toMatch(/MUL-ansökningarna fick sammanlagt 40\s000\skronor/);
  // The årsrapport: one trip in the singular too.
  const r = load('seed-001.json');
  const oneTrip: Case = { ...r, summor: { ...r.summor, mulBeviljat: 20000 }, mul: [{ ...r.mul[0], belopp: 20000 }] };
  expect(all(draftCase(oneTrip))).toMatch(/MUL-ansökan fick 20\s000\skronor/);
});

test('"Slutrapporterna finns på Kunskapsbanken" only when the case says so', () => {
  for (const name of EXAMPLES) {
    const c = load(name);
    expect(all(draftCase({ ...c, mulRapporterPaKunskapsbanken: false }))).not.toContain('Kunskapsbanken');
  }
  const c = load('seed-002.json');
  expect(c.mulRapporterPaKunskapsbanken).toBe(true);
  const doc = draftCase(c);
  expect(all(doc)).toContain('Slutrapporterna finns på Kunskapsbanken.');
  const sentence = doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.type === 'paragraph' ? (b.sentences ?? []) : []))
    .find((x) => x.text === 'Slutrapporterna finns på Kunskapsbanken.');
  expect(sentence?.sources).toContain('case:mulRapporterPaKunskapsbanken');
});

test("2017's terms compose into natural Swedish: no doubled word, no doubled 'inom'", () => {
  const t = all(draftCase(load('seed-000.json')));
  expect(t).toContain('fördelar lokala utvecklingsmedel till lokala utvecklingsprojekt och medel för studiebesök.');
  expect(t).toContain('är funktionsnedsättning och att förstärka barn- och föräldraperspektivet inom alla verksamhetsområden:');
  expect(t).not.toMatch(/verksamhetsområden inom dessa områden/);
  // Generally: no sentence of any example says "medel för X till X" or "inom … inom dessa".
  for (const name of EXAMPLES) {
    const text = all(draftCase(load(name)));
    expect(text).not.toMatch(/medel för (\p{L}+) till \1/u);
    expect(text).not.toMatch(/områden inom dessa områden/);
  }
  // Themes that do not name areas themselves still lead into the list with "inom dessa områden".
  const c = load('seed-000.json');
  const cr = { ...builtInCriteria(2017)!, teman: ['våld i nära relationer'] };
  expect(all(draftCase(c, cr))).toContain('är våld i nära relationer inom dessa områden:');
});

test('the årsrapport with only a count of trips: one application in the singular, "om" before the fund', () => {
  const r = load('seed-001.json');
  const one: Case = { ...r, mul: [], mulBeviljadeAntal: 1, summor: { ...r.summor, mulBeviljat: undefined } };
  const t = all(draftCase(one));
  expect(t).toMatch(/beviljade en ansökan om medel för [\p{L} ]+ under 2020\./u);
  expect(all(draftCase({ ...one, mulBeviljadeAntal: 7 }))).toMatch(/beviljade sju ansökningar om medel/);
});
