/** The allocation-free word counter in lix.ts must count exactly what the WORD regex finds. */
import fc from 'fast-check';
import { countSentences, countWords, lixCounts, wordStats, words } from '../../src/swedish/lix';

/** The reference: words() and, per word, its letters counted with \p{L}. */
function reference(text: string): { words: number; longWords: number } {
  const ws = words(text);
  return { words: ws.length, longWords: ws.filter((w) => (w.match(/\p{L}/gu) ?? []).length > 6).length };
}

const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    'Ö',
    'é',
    'ß',
    'ǅ',
    '1',
    '٣',
    'Ⅷ',
    '²',
    '-',
    '’',
    "'",
    ' ',
    '.',
    '\n',
    '\u00a0',
    '𝐀',
    '😀',
    '!',
    '?',
    ':',
    '\t',
    '\u2028',
    '\u3000',
    '\ud800',
    '\udc00',
    'x',
    'å',
  ),
  maxLength: 80,
});

describe('wordStats and countWords', () => {
  it('count the words and long words that words() finds, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        expect(wordStats(s)).toEqual(reference(s));
        expect(countWords(s)).toBe(words(s).length);
      }),
      { numRuns: 3000 },
    );
  });
  it('handle the usual cases', () => {
    expect(wordStats('Förvaltningen ger utvecklingsmedel. Det går bra.')).toEqual({ words: 6, longWords: 2 });
    // Digits and inner hyphens belong to the word but are not letters: "FoU-rådet" has 8 letters.
    expect(wordStats('FoU-rådet, t.ex. 500 000')).toEqual({ words: 5, longWords: 1 });
    expect(wordStats('abc123456')).toEqual({ words: 1, longWords: 0 });
    expect(wordStats('')).toEqual({ words: 0, longWords: 0 });
  });
});

describe('lixCounts', () => {
  it('counts in one pass the words words() finds and what countSentences counts, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        expect(lixCounts(s)).toEqual({ ...reference(s), sentences: countSentences(s) });
      }),
      { numRuns: 3000 },
    );
  });
  it('ends a sentence at a run of stops before white space or the end, and at a line break', () => {
    expect(lixCounts('Det går bra. Nu?! Ja: nej.\nSlut')).toEqual({ words: 7, longWords: 0, sentences: 5 });
    expect(lixCounts('3.5 kr, t.ex.x')).toEqual({ words: 6, longWords: 0, sentences: 1 });
    expect(lixCounts('... \n\n')).toEqual({ words: 0, longWords: 0, sentences: 0 });
  });
});
