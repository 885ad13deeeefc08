/**
 * COUNT_WORD writes the number words with the tens once (numberWordAlternation), because that
 * compiles faster. It must match exactly what the plain list of words, longest first, matches:
 * the same matches at the same places with the same groups, inside the patterns the rules use.
 */
import fc from 'fast-check';
import { COUNT_WORD, NUMBER_WORDS, numberWordAlternation } from '../../src/check/text';
import { numberWord } from '../../src/swedish/numbers';

const plain = `(?:${NUMBER_WORDS.join('|')})`;
const written = `(?:${numberWordAlternation()})`;

/** Patterns around the alternation as the rules use it (captures, look-arounds, backtracking into it). */
const TEMPLATES = [
  (a: string) => `(${a})`,
  (a: string) => `(?<![\\p{L}\\p{N}])(${a})(?![\\p{L}\\p{N}])`,
  (a: string) => `(${a})(\\p{L}*)`,
  (a: string) => `(${a})(tio|ton|ett|a)?(\\s|$)`,
  (a: string) => `^(?:${a})+$`,
  (a: string) => `(${a})\\s+(?:\\p{L}+\\s+){0,2}?projekt[^.]*?varav\\s+(${a})(?![\\p{L}])`,
];

function allMatches(re: RegExp, s: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push([m.index, ...m]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

const piece = fc.oneof(
  fc.constantFrom(...NUMBER_WORDS),
  fc.constantFrom(...NUMBER_WORDS).map((w) => w.toUpperCase()),
  fc.constantFrom(...NUMBER_WORDS).map((w) => w.slice(0, Math.max(1, w.length - 2))),
  fc.constantFrom('tio', 'ton', 'a', 'hundra', 'projekt', 'varav', ' ', ' ', '. ', 'x', 'Sex', 'tjugo', 'ENS'),
);
const text = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));

describe('numberWordAlternation', () => {
  it('is COUNT_WORD’s alternation and holds every number word 0–100, "en" and "ett"', () => {
    expect(COUNT_WORD).toBe(`(\\d{1,4}|${numberWordAlternation()})`);
    const whole = new RegExp(`^${written}$`);
    for (let n = 0; n <= 100; n++) expect(whole.test(numberWord(n))).toBe(true);
    expect(whole.test('en')).toBe(true);
    expect(whole.test('tjugoen')).toBe(false);
  });

  it('finds what the words longest first find, each word and each word with a continuation', () => {
    for (const flags of ['g', 'gi', 'giu']) {
      for (const t of TEMPLATES) {
        const a = new RegExp(t(plain), flags);
        const b = new RegExp(t(written), flags);
        for (const w of NUMBER_WORDS)
          for (const s of [w, `${w} `, `${w}tio`, `${w}ton`, `${w}a`, `${w}ett`, w.toUpperCase(), `${w} projekt varav ${w}.`])
            expect(allMatches(b, s)).toEqual(allMatches(a, s));
      }
    }
  });

  it('finds what the words longest first find, on random texts', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('g', 'gi', 'giu'), fc.nat(TEMPLATES.length - 1), (s, flags, k) => {
        const a = new RegExp(TEMPLATES[k](plain), flags);
        const b = new RegExp(TEMPLATES[k](written), flags);
        expect(allMatches(b, s)).toEqual(allMatches(a, s));
      }),
      { numRuns: 3000 },
    );
  });
});
