/**
 * scan.ts: one search through paragraphs joined must find every paragraph a pattern finds on its
 * own (the rules then read only those), also when the list is a part of the document's paragraphs.
 */
import fc from 'fast-check';
import { joinedTexts, mayMatch, mayMatchIn, mayMatchSet, partOf, runOf } from '../../src/check/scan';
import { withTextMemo, twin } from '../../src/check/text';
import type { DocParagraph } from '../../src/check/types';

const HINTS = [
  /varav/i,
  /kr|sek/i,
  /bilag(?:a|orna)\s/i,
  /(?:två|tre)\s/i,
  /\d{6}/,
  /\[Skriv /,
  /[a-zåäöéü][,)]?\s+\(?[A-ZÅÄÖÉÜ]/,
  /(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/u,
];
const TWIN_HINT = twin(/\p{Lu}\p{Ll}?\p{Lu}/u);

const piece = fc.constantFrom(
  'varav',
  'Kr',
  'sek',
  'bilaga ',
  'bilagorna\n',
  'tre ',
  'två',
  '123456',
  '12345',
  '[Skriv ',
  'a B',
  'a, (C',
  'XX',
  'xx1',
  'LUM',
  'ö',
  ' ',
  '\n',
  '.',
  'Ä',
);
const paragraph = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(''));
const parts = fc.constantFrom<DocParagraph['part']>('body', 'body', 'body', 'header', 'footer');

function paras(texts: string[], kinds: DocParagraph['part'][]): DocParagraph[] {
  return texts.map((text, index) => ({
    index,
    text,
    headingLevel: null,
    isListItem: false,
    inTable: false,
    part: kinds[index % kinds.length],
  }));
}

describe('mayMatch', () => {
  it('finds every paragraph the hint finds on its own, in order, in a list and in a part of one', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), fc.array(parts, { minLength: 1, maxLength: 5 }), (texts, kinds) => {
        const all = paras(texts, kinds);
        const body = all.filter((p) => p.part === 'body');
        withTextMemo(() => {
          partOf(body, all);
          for (const hint of [...HINTS, TWIN_HINT]) {
            const test = (p: DocParagraph) => (hint instanceof RegExp ? hint : hint.for(p.text)).test(p.text);
            for (const list of [all, body]) {
              const found = mayMatch(list, hint);
              expect(found.filter((p) => !list.includes(p))).toEqual([]);
              expect(found.map((p) => list.indexOf(p))).toEqual([...found.map((p) => list.indexOf(p))].sort((a, b) => a - b));
              expect(list.filter(test).filter((p) => !found.includes(p))).toEqual([]);
            }
          }
          expect(joinedTexts(body).text).toBe(body.map((p) => p.text).join('\n'));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('mayMatchIn gives a run of a list the paragraphs the search of the list gives, in order, as asking each does', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), fc.nat(30), fc.nat(30), (texts, a, b) => {
        const all = paras(texts, ['body']);
        const from = Math.min(a, b, all.length);
        const run = all.slice(from, Math.max(from, Math.min(Math.max(a, b), all.length)));
        const other = all.filter((_, i) => i % 2 === 0);
        withTextMemo(() => {
          runOf(run, all, from);
          for (const hint of [...HINTS, TWIN_HINT]) {
            const set = mayMatchSet(all, hint);
            expect(mayMatchIn(run, all, hint)).toEqual(run.filter((p) => set.has(p)));
            // A list not registered as a run: each paragraph asked.
            expect(mayMatchIn(other, all, hint)).toEqual(other.filter((p) => set.has(p)));
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
