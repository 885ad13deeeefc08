import { findPersonnummer, luhnValid, validateId, maskId } from '../../src/swedish/personnummer';

describe('personnummer', () => {
  it('validates the check digit (Luhn)', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189877')).toBe(false);
  });
  it.each([
    ['811218-9876', 'personnummer', '1981-12-18'],
    ['8112189876', 'personnummer', '1981-12-18'],
    ['19811218-9876', 'personnummer', '1981-12-18'],
    ['198112189876', 'personnummer', '1981-12-18'],
    ['701063-2391', 'samordningsnummer', '1970-10-03'],
  ])('accepts %s as %s', (s, kind, date) => {
    expect(validateId(s)).toEqual({ kind, birthDate: date });
  });
  it('uses "+" for people 100 years or older', () => {
    expect(validateId('811218+9876')?.birthDate).toBe('1881-12-18');
  });
  it.each([
    ['212000-0142', 'an organisationsnummer (third digit ≥ 2)'],
    ['811218-9877', 'a wrong check digit'],
    ['811318-9876', 'month 13'],
    ['810230-1234', '30 February'],
    ['81121-89876', 'misplaced dash'],
    ['20811218-9876', 'a future date'],
  ])('rejects %s (%s)', (s) => {
    expect(validateId(s)).toBeUndefined();
  });
  it('finds numbers in running text, not inside longer digit runs, dates or dnr', () => {
    const t = 'Klienten 811218-9876 och 701063-2391; dnr 3.2.1-792/2020, datum 2024-04-23, 18112189876, org 212000-0142.';
    expect(findPersonnummer(t).map((m) => m.text)).toEqual(['811218-9876', '701063-2391']);
    expect(maskId('811218-9876')).toBe('811218-****');
  });
});
