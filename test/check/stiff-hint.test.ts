/**
 * readability searches the body once for STIFF_HINT (the stiff words without their endings), then
 * reads each paragraph found with STIFF_ANY: every text STIFF_ANY matches must match the hint, at
 * the same place or earlier, with the twins and without.
 */
import fc from 'fast-check';
import { STIFF, STIFF_ANY, STIFF_HINT } from '../../src/check/rules/readability';

const stiff = STIFF.flatMap(([, word]) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]);
const piece = fc.oneof(
  fc.constantFrom(...stiff),
  fc.constantFrom(
    'a',
    'er',
    'it',
    's',
    'de',
    'erforderlig',
    'inkommer',
    'erhållit',
    'nyttjade',
    'tillhandahålls',
    ' ',
    '\n',
    '.',
    'Å',
    'ö',
  ),
);
const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));

describe('STIFF_HINT', () => {
  it('finds every text STIFF_ANY finds, no later than it', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const pick of [(x: typeof STIFF_ANY) => x.re, (x: typeof STIFF_ANY) => x.for(t)]) {
          const any = pick(STIFF_ANY).exec(t);
          if (any) {
            const hint = pick(STIFF_HINT).exec(t);
            expect(hint).not.toBeNull();
            expect(hint!.index).toBeLessThanOrEqual(any.index);
          }
        }
      }),
      { numRuns: 3000 },
    );
    for (const [re] of STIFF) expect(STIFF_HINT.re.test(re.source.replace(/\(\?:[^()]*\)\??$/, '').split('|')[0])).toBe(true);
  });
});
