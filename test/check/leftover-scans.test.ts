/**
 * leftover searches all paragraphs once for each pattern's `scan` and runs the pattern (after its
 * `hint`) only in the paragraphs found: every text the pattern matches must match its scan and its
 * hint, with the plain twin and without, on random texts made of the patterns' pieces.
 */
import fc from 'fast-check';
import { PATTERNS } from '../../src/check/rules/leftover';

const piece = fc.constantFrom(
  'Lorem ipsum',
  'LOREM IPSUM',
  'lorem Ipsum',
  'lorem',
  'ipsum',
  'Error! Reference source not found.',
  'Fel!',
  'Klicka här för att ange text.',
  'CLICK OR TAP HERE TO ENTER A DATE',
  '[Namn]',
  '[Skriv ]',
  '[1]',
  'ÅÅÅÅ-MM-DD',
  'YYYY-MM-DD',
  'ÅÅMMDD',
  'XX',
  'xxx',
  'Xx',
  ' ',
  '(',
  '\n',
  'a',
  'é',
  '1',
);
const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));

describe("leftover's searches before its patterns", () => {
  it('find every text a pattern matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const pat of PATTERNS) {
          for (const re of [pat.re.re, pat.re.for(t)]) {
            re.lastIndex = 0;
            if (re.exec(t) === null) continue;
            const scan = pat.scan instanceof RegExp ? pat.scan : pat.scan.for(t);
            expect(new RegExp(scan.source, scan.flags.replace('g', '')).test(t)).toBe(true);
            if (pat.hint) expect(pat.hint(t)).toBe(true);
          }
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('are met by the texts the rule reports', () => {
    const lorem = PATTERNS.find((p) => p.messageId === 'lorem')!;
    expect(lorem.re.re.test('Här står Lorem Ipsum kvar.')).toBe(true);
    expect((lorem.scan as RegExp).test('Här står Lorem Ipsum kvar.')).toBe(true);
  });
});
