/**
 * case-coverage's DocWords answers by searching a long text what the rule used to answer by
 * splitting it into all its words (nameKeyOfNorm(text).split(' ')): whether a name's words stand in
 * a row, whether a word is there, and whether a word one letter apart is there. Compared here with
 * that plain definition on random texts and words.
 */
import fc from 'fast-check';
import { DocWords, oneEditApart } from '../../src/check/rules/case-coverage';
import { nameKeyOfNorm } from '../../src/check/facts';

const letters = fc.constantFrom('a', 'b', 'e', 'r', 'ö', 'å', '1', 'ss');
const word = fc.array(letters, { minLength: 1, maxLength: 7 }).map((xs) => xs.join(''));
const sign = fc.constantFrom(' ', '  ', '\n', ', ', '-', '. ', '(', ')', ' – ', '\u00a0', '”');
const text = fc.array(fc.tuple(word, sign), { maxLength: 40 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

function reference(t: string) {
  const key = nameKeyOfNorm(t);
  const words = new Set(key.split(' '));
  return {
    standsIn: (k: string) => key.includes(k),
    has: (w: string) => words.has(w),
    near: (w: string) => [...words].some((d) => oneEditApart(w, d)),
  };
}

describe('DocWords', () => {
  it('answers as the words of nameKeyOfNorm do, for any text and words', () => {
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 8 }), fc.boolean(), (t, ws, told) => {
        const ref = reference(t);
        const dw = new DocWords(t);
        const names = [ws.join(' '), ws.slice(0, 2).join(' '), ws[0]];
        // Told the names first (one search for their longest words), or asked one by one.
        if (told) dw.expect([...names, ws[ws.length - 1]]);
        for (const k of names) expect(dw.standsIn(k)).toBe(ref.standsIn(k));
        // Each word a name of its own: its near words decide it.
        dw.lookUp(() => ws.map((w) => [w]));
        for (const w of ws) {
          expect(dw.has(w)).toBe(ref.has(w));
          // near is asked only for a word of five letters or more that the text does not have.
          if (w.length >= 5 && !ref.has(w)) expect(dw.near(w)).toBe(ref.near(w));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('says whether a name has nearly all its words as counting its words and near words does (near words looked for only where they decide)', () => {
    const name = fc.array(word, { minLength: 2, maxLength: 9 });
    fc.assert(
      fc.property(text, fc.array(name, { minLength: 1, maxLength: 4 }), (t, names) => {
        const ref = reference(t);
        const dw = new DocWords(t);
        dw.lookUp(() => names);
        for (const ws of names) {
          const hits = ws.filter((w) => ref.has(w) || (w.length >= 5 && ref.near(w))).length;
          expect(dw.nearlyAll(ws)).toBe(hits >= Math.ceil(ws.length * 0.85));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers the same on long texts whose words repeat (the search for whole words goes on without the words found)', () => {
    const short = fc.array(fc.constantFrom('a', 'b', 'ö', '1'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join(''));
    const long = fc.array(fc.tuple(short, sign), { minLength: 100, maxLength: 600 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(long, fc.array(short, { minLength: 1, maxLength: 30 }), (t, ws) => {
        const ref = reference(t);
        const dw = new DocWords(t);
        dw.lookUp(() => [ws]);
        for (const w of ws) expect(dw.has(w)).toBe(ref.has(w));
      }),
      { numRuns: 300 },
    );
  });

  it('knows which names stand in a text it was told of, also where the words looked for overlap', () => {
    const t = 'abcdefg xyz\nbarn och föräldrar i samverkan; ungdom-en';
    const keys = ['cdefg xy', 'bcd', 'defgh', 'barn och föräldrar', 'samverkan x', 'ungdomen', 'dom en', 'ar'];
    const told = new DocWords(t);
    told.expect(keys);
    const ref = reference(t);
    for (const k of keys) expect(told.standsIn(k)).toBe(ref.standsIn(k));
    // More than 64 matches: the rest is looked for one by one.
    const long = `${'ab '.repeat(100)}abc`;
    const many = new DocWords(long);
    many.expect(['ab', 'abc', 'bc', 'cd']);
    expect(['ab', 'abc', 'bc', 'cd'].map((k) => many.standsIn(k))).toEqual([true, true, true, false]);
  });

  it('decides a name by its near words only when they can decide it', () => {
    const dw = new DocWords('projektet stavangr fick medel i norge');
    const names = [
      ['fick', 'medel', 'stavanger'], // two of three whole: the near word decides (3 of 3)
      ['stavanger', 'oslo', 'bergen'], // at most two of three: not there, whatever is near
      ['projektet', 'fick', 'medel', 'norge', 'stavangr', 'i', 'bergen'], // six of seven whole: there
      ['projektet', 'fick', 'medel', 'norge', 'bergenx', 'ungdomen'], // four whole, none near: 4 of 6 is too few
    ];
    dw.lookUp(() => names);
    expect(names.map((n) => dw.nearlyAll(n))).toEqual([true, false, true, false]);
  });

  it('finds a word one letter changed, added or dropped, at the start, in the middle or at the end', () => {
    const dw = new DocWords('projektet stavangr fick medel. bostadssökning, nätverkt och ungdommen');
    const ws = ['stavanger', 'nätverket', 'ungdomen', 'xbostadssökning', 'placerade', 'projektets'];
    dw.lookUp(() => ws.map((w) => [w]));
    expect(ws.filter((w) => dw.near(w))).toEqual(['stavanger', 'nätverket', 'ungdomen', 'xbostadssökning', 'projektets']);
    expect(dw.standsIn('fick medel bostadssökning')).toBe(true);
    expect(dw.standsIn('ick medel bostadss')).toBe(true);
    expect(dw.standsIn('fick medel bostad x')).toBe(false);
  });
});
