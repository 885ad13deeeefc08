import {
  formatThousands,
  kronor,
  kronorInWords,
  numberWord,
  numberWordCapitalized,
  parseAmount,
  parseNumberWord,
} from '../../src/swedish/numbers';
import { longDate, dayMonth, parseLongDate } from '../../src/swedish/dates';
import { joinList, paragraphs, sentence } from '../../src/swedish/text';

const NB = '\u00a0';

test.each([
  [0, 'noll'],
  [1, 'ett'],
  [2, 'två'],
  [7, 'sju'],
  [10, 'tio'],
  [11, 'elva'],
  [19, 'nitton'],
  [20, 'tjugo'],
  [23, 'tjugotre'],
  [99, 'nittionio'],
  [100, 'etthundra'],
  [101, 'etthundraett'],
  [250, 'tvåhundrafemtio'],
  [1000, 'ettusen'],
  [2024, 'tvåtusentjugofyra'],
])('numberWord(%i) = %s', (n, w) => {
  expect(numberWord(n)).toBe(w);
  expect(parseNumberWord(w)).toBe(n);
});

test('gender of one, capitalisation, and digits for millions', () => {
  expect(numberWord(1, 'utrum')).toBe('en');
  expect(numberWordCapitalized(7, 'utrum')).toBe('Sju');
  expect(numberWord(2_000_000)).toBe(`2${NB}000${NB}000`);
  expect(() => numberWord(-1)).toThrow(RangeError);
});

test('kronor uses non-breaking spaces', () => {
  expect(kronor(500000)).toBe(`500${NB}000${NB}kronor`);
  expect(kronor(174300)).toBe(`174${NB}300${NB}kronor`);
  expect(kronor(950)).toBe(`950${NB}kronor`);
  expect(formatThousands(1234567)).toBe(`1${NB}234${NB}567`);
  expect(kronorInWords(3_500_000)).toBe('tre och en halv miljon kronor');
  expect(kronorInWords(1_000_000)).toBe('en miljon kronor');
  expect(kronorInWords(3_000_000)).toBe('tre miljoner kronor');
  expect(kronorInWords(174_300)).toBe(`174${NB}300${NB}kronor`);
});

test.each([
  ['500 000', 500000],
  ['500\u00a0000 kr', 500000],
  ['1 000 000,50', 1000000.5],
  ['3,5 miljoner', 3500000],
  ['tre och en halv miljon kronor', 3500000],
  ['en miljon kronor', 1000000],
  ['25000', 25000],
  ['fem hundra', undefined],
  ['', undefined],
  ['12a', undefined],
])('parseAmount(%j) = %j', (s, n) => expect(parseAmount(s)).toBe(n));

test('dates', () => {
  expect(longDate('2017-08-16')).toBe('16 augusti 2017');
  expect(dayMonth('2024-04-17')).toBe('17 april');
  expect(parseLongDate('den 1 maj 2024')).toBe('2024-05-01');
  expect(parseLongDate('den 17 april', 2024)).toBe('2024-04-17');
  expect(parseLongDate('31 februari 2024')).toBeUndefined();
  expect(() => longDate('2017/08/16')).toThrow(/ÅÅÅÅ-MM-DD/);
});

test('lists and sentences', () => {
  expect(joinList([])).toBe('');
  expect(joinList(['Farsta'])).toBe('Farsta');
  expect(joinList(['Farsta', 'Skarpnäck'])).toBe('Farsta och Skarpnäck');
  expect(joinList(['A', 'B', 'C'])).toBe('A, B och C');
  expect(sentence('Hej')).toBe('Hej.');
  expect(sentence('Hur går det?')).toBe('Hur går det?');
  expect(paragraphs('ett\ntvå\n\n  tre  \r\n\r\n')).toEqual(['ett två', 'tre']);
});

import fc from 'fast-check';
test('property: every count 0–999 999 in words parses back to itself; any string parses to a number or undefined', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => parseNumberWord(numberWord(n)) === n),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (s) => {
      const a = parseAmount(s);
      const w = parseNumberWord(s);
      return (a === undefined || Number.isFinite(a)) && (w === undefined || Number.isInteger(w));
    }),
    { numRuns: 2000 },
  );
});
