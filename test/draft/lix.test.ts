/**
 * Klarspråk in what the add-in writes itself: LIX per section over the drafted examples, counting
 * only our own words — the case's and the criteria's text (project descriptions, criteria lists,
 * names, terms) is left out, as are the decisions, which are the nämnd's fixed decision formulas
 * (their LIX is printed, not asserted). Sections where our own text is under 30 words in all
 * examples together are printed, not asserted: LIX says nothing about a handful of words.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { draftCase, type Block, type Sentence } from '../../src/draft';
import { parseCaseJson } from '../../src/model/validate';
import { lix } from '../../src/swedish/lix';

const EXAMPLES = ['seed-000.json', 'seed-001.json', 'seed-002.json', 'pagaende-studie.json', 'utan-inbyggda-kriterier.json'];

function sentencesOf(b: Block): { x: Sentence; decision: boolean }[] {
  if (b.type === 'paragraph') return (b.sentences ?? []).map((x) => ({ x, decision: false }));
  if (b.type === 'list') {
    return b.items.flatMap((it) => [
      // An ordered list whose items are "<Nämnd> godkänner …" / "Ärendet delges …" is the decision list.
      ...(it.sentences ?? []).map((x) => ({ x, decision: b.ordered && /godkänner|delges|överlämnar/.test(x.text) })),
      ...(it.bodySentences ?? []).flat().map((x) => ({ x, decision: false })),
    ]);
  }
  return [];
}

/** Our own words of a sentence, ending like a sentence so LIX counts it as one. */
const ownText = (x: Sentence) => (x.own ?? '').replace(/[\s.:;,]*$/, '.');

const bySection = new Map<string, string[]>();
const decisions: string[] = [];
for (const name of EXAMPLES) {
  const c = parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);
  for (const s of draftCase(c).sections) {
    for (const b of s.blocks) {
      for (const { x, decision } of sentencesOf(b)) {
        if (x.verbatim || !x.own || !/\p{L}/u.test(x.own)) continue;
        if (decision) decisions.push(ownText(x));
        else bySection.set(s.id, [...(bySection.get(s.id) ?? []), ownText(x)]);
      }
    }
  }
}

const rows = [...bySection.entries()].map(([id, texts]) => ({ id, ...lix(texts.join(' ')) }));

test('LIX of our own text per section, over all examples', () => {
  const d = lix(decisions.join(' '));
  console.log(
    [
      ...rows.map((r) => `${r.id}: LIX ${r.lix} (${r.words} ord, ${r.sentences} meningar)`),
      `beslutsformler: LIX ${d.lix} (${d.words} ord)`,
    ].join('\n'),
  );
  const measured = rows.filter((r) => r.words >= 30);
  expect(measured.map((r) => r.id)).toEqual(expect.arrayContaining(['sammanfattning', 'bakgrund', 'beredning', 'arendet']));
  for (const r of measured) expect({ section: r.id, lix: r.lix }).toEqual({ section: r.id, lix: Math.min(r.lix, 45) });
});

test('the measure can fail: a long bureaucratic sentence of our own scores above 45', () => {
  const r = lix(
    'Förvaltningen konstaterar sammanfattningsvis att utvecklingsprojektens genomförandeprocesser har implementerats i enlighet med socialnämndens prioriteringar.',
  );
  expect(r.lix).toBeGreaterThan(45);
});
