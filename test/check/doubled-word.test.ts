/**
 * leftover's cheap test before its costly pattern for a word written twice: it must say true for
 * every text the pattern matches, and answer as the plain reading of its rule below (one sign at a
 * time) does, though it reads a word's letters in one run.
 */
import fc from 'fast-check';
import { mayHaveDoubledWord } from '../../src/check/rules/leftover';

/** Kinds as leftover's table: 0 anything else, 1 letter, 2 space, 3 another sign. */
function kind(c: number): number {
  const ch = String.fromCharCode(c);
  if (/[a-zåäöéü]/i.test(ch)) return 1;
  if ('\t\n\v\f\r \u00a0'.includes(ch)) return 2;
  if ((c >= 0x21 && c <= 0x7e) || '–—”“’‘«»…•·§°½'.includes(ch)) return 3;
  return 0;
}

/** The rule one sign at a time: true at any other sign, or when a word equals (ignoring case) the one before it with only spaces between. */
function reference(t: string): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const k = i < t.length ? kind(t.charCodeAt(i)) : 3;
    if (k === 0) return true;
    if (k === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const a = t.slice(prevStart, prevEnd);
      const b = t.slice(start, i);
      if (prevStart >= 0 && a.length === b.length && [...a].every((ch, j) => (ch.charCodeAt(0) | 0x20) === (b.charCodeAt(j) | 0x20)))
        return true;
      prevStart = k === 2 ? start : -1;
      prevEnd = i;
      start = -1;
    } else if (k === 3) prevStart = -1;
  }
  return false;
}

const text = fc
  .array(
    fc.tuple(
      fc.constantFrom('har', 'HAR', 'Har', 'är', 'ÄR', 'den', 'x', 'ab1', 'é', 'ß', '😀', '', 'Ü', 'ü'),
      fc.constantFrom(' ', '  ', '\n', '. ', '.', ', ', '\u00a0', '\t', '–', '”', '1', ''),
    ),
    { maxLength: 10 },
  )
  .map((xs) => xs.map(([w, s]) => w + s).join(''));

describe('mayHaveDoubledWord', () => {
  it('answers as reading one sign at a time does, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), (t) => {
        expect(mayHaveDoubledWord(t)).toBe(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('is true wherever a word stands twice in a row', () => {
    const double = /(?<![\p{L}\p{N}])(\p{L}{1,30})\s+(\1)(?![\p{L}\p{N}])/iu;
    fc.assert(
      fc.property(text, (t) => {
        if (double.test(t)) expect(mayHaveDoubledWord(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(mayHaveDoubledWord('Ärendet har har beretts')).toBe(true);
    expect(mayHaveDoubledWord('Det vi har. Har du')).toBe(false);
    expect(mayHaveDoubledWord('slutar med har HAR')).toBe(true);
  });
});
