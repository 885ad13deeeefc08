/**
 * buildStructure takes shortcuts when each paragraph's index is its place in the document (as the
 * readers make them): the body's paragraphs by part once per check, where a heading stands in the
 * body, the preamble as the body up to the first section. A document whose indices are not places
 * takes the long way; both must give the same structure.
 */
import { buildStructure, partsOf } from '../../src/check/structure';
import { withTextMemo } from '../../src/check/text';
import { checkDocumentWithProfile } from '../../src/check/index';
import type { DocText } from '../../src/check/types';
import { BASE_TU, doc } from '../helpers/rule-tester';

/** The same document with every index moved (no longer a place in the document). */
function shifted(d: DocText, by: number): DocText {
  return { ...d, paragraphs: d.paragraphs.map((p) => ({ ...p, index: p.index + by })) };
}

function shape(d: DocText) {
  const s = buildStructure(d);
  const texts = (ps: readonly { text: string }[]) => ps.map((p) => p.text);
  return {
    body: texts(s.body),
    preamble: texts(s.preamble),
    title: s.title?.text,
    sections: s.sections.map((x) => [x.id, x.heading.text, texts(x.content)]),
    intro: texts(s.introText),
    date: s.documentDate?.iso,
    // The section of every paragraph, and of indices that are no paragraph's.
    sectionOf: [...d.paragraphs.map((p) => p.index), -1, 1e9, 0.5].map((i) => s.sectionOf(i)?.id),
  };
}

const DOCS = [
  BASE_TU,
  `Rubrik utan avsnitt 2024\nBara text här.\n`,
  // No heading for the decision part: the numbered decisions under the title are it.
  BASE_TU.replace('## Förvaltningens förslag till beslut\n', ''),
  BASE_TU.replace('## Förvaltningens förslag till beslut\n', '').replace(
    '## Sammanfattning\n',
    'En rad efter besluten.\n## Sammanfattning\n',
  ),
];

describe('buildStructure', () => {
  it.each(DOCS.map((t, i) => [i, t]))('gives the same structure with indices that are places and indices that are not (%s)', (_i, text) => {
    const d = doc(text);
    expect(d.paragraphs.every((p, i) => p.index === i)).toBe(true);
    const regular = shape(d);
    expect(shape(shifted(d, 1000))).toEqual(regular);
    // Inside a check (the body kept once) as outside.
    expect(withTextMemo(() => shape(d))).toEqual(regular);
  });

  it('shares the body between the structures of one check, and the findings are the same with indices moved', () => {
    const d = doc(BASE_TU);
    withTextMemo(() => {
      expect(buildStructure(d).body).toBe(partsOf(d.paragraphs).body);
      expect(buildStructure(d).body).toBe(buildStructure(d).body);
    });
    const moved = shifted(d, 7);
    const rules = (x: DocText) => checkDocumentWithProfile(x).findings.map((f) => `${f.rule}:${f.messageId}:${f.message}`);
    expect(rules(moved)).toEqual(rules(d));
  });
});
