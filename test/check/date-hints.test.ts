/**
 * date-order searches the body once for ISO_DATE_HINT and once for YEAR_AFTER_SPACE and reads only
 * the paragraphs found: every text in which findIsoDates finds a date must match ISO_DATE_HINT, and
 * every text in which findLongDates finds a date with a year, or WHEN a point in time, must match
 * YEAR_AFTER_SPACE (with the plain twins and without, on random texts made of the dates' pieces).
 */
import fc from 'fast-check';
import { ISO_DATE_HINT, WHEN, YEAR_AFTER_SPACE } from '../../src/check/rules/date-order';
import { findIsoDates, findLongDates } from '../../src/check/text';
import { MONTHS } from '../../src/swedish/dates';

const months = MONTHS.flatMap((m) => [m, m.toUpperCase(), m[0].toUpperCase() + m.slice(1)]);
const piece = fc.oneof(
  fc.constantFrom(...months),
  fc.constantFrom('den ', 'i ', 'redan ', 'år ', 'hösten ', 'Våren ', 'under '),
  fc.constantFrom('1999', '2024', '2099', '1899', '2100', '12', '3', '31', '0', '-', '-0', '-12-'),
  // White space of many kinds, and signs that case-fold to the months' letters with the u flag (ſ, K).
  fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', ',', '.', 'a', 'okto\u212aber', 'ſeptember', 'mar\u017f'),
);
const text = fc.array(piece, { maxLength: 10 }).map((xs) => xs.join(''));

describe('the date hints of date-order', () => {
  it('find every text with a date or a point in time that the rule reads', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (findIsoDates(t).length > 0) expect(ISO_DATE_HINT.test(t)).toBe(true);
        if (findLongDates(t).some((d) => d.hasYear)) expect(YEAR_AFTER_SPACE.test(t)).toBe(true);
        for (const re of [WHEN.re, WHEN.for(t)]) {
          re.lastIndex = 0;
          if (re.exec(t) !== null) expect(YEAR_AFTER_SPACE.test(t)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('are not met by texts the rule has nothing to read in', () => {
    // The hints would pass every text if they were too wide: this one has a month and digits but no date.
    expect(YEAR_AFTER_SPACE.test('i april 12 (1999)')).toBe(false);
    expect(ISO_DATE_HINT.test('2024-1-12')).toBe(false);
    // And the texts the rule reports on meet them.
    expect(YEAR_AFTER_SPACE.test('den 31 mars 2017')).toBe(true);
    expect(ISO_DATE_HINT.test('daterad 2018-08-28')).toBe(true);
  });
});
