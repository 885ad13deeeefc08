/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer):
 * finding them in running text and validating date and check digit (Luhn).
 * Organisationsnummer (third digit ≥ 2, so the "month" is 20 or more) are not personnummer.
 */

export type IdKind = 'personnummer' | 'samordningsnummer';

export interface IdMatch {
  /** Start and end (exclusive) in the searched text. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  kind: IdKind;
  /** ÅÅÅÅ-MM-DD of the birth date (for a samordningsnummer the day minus 60). */
  birthDate: string;
}

/** Luhn check over a string of digits (the last one is the check digit). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date as ÅÅÅÅ-MM-DD (the default for `today`). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Validates one number written as ÅÅMMDD-NNNN, ÅÅMMDD+NNNN, ÅÅMMDDNNNN, ÅÅÅÅMMDD-NNNN or ÅÅÅÅMMDDNNNN.
 * `today` (ÅÅÅÅ-MM-DD) decides the century of a 10-digit number ("+" means 100 years or older).
 */
export function validateId(written: string, today = todayIso()): { kind: IdKind; birthDate: string } | undefined {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(written.trim());
  if (!m) return undefined;
  const [, century, yy, mm, dd, sep, serial, check] = m;
  const ten = `${yy}${mm}${dd}${serial}${check}`;
  // An organisationsnummer has 2 or more as its third digit ("month" ≥ 20).
  if (Number(mm[0]) >= 2) return undefined;
  const month = Number(mm);
  if (month < 1 || month > 12) return undefined;
  let day = Number(dd);
  let kind: IdKind = 'personnummer';
  if (day > 60) {
    day -= 60;
    kind = 'samordningsnummer';
  }
  let year: number;
  if (century !== undefined) {
    if (sep === '+') return undefined;
    year = Number(century + yy);
    if (year < 1800) return undefined;
  } else {
    const nowYear = Number(today.slice(0, 4));
    year = 2000 + Number(yy);
    while (year > nowYear) year -= 100;
    if (sep === '+') year -= 100;
  }
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (!luhnValid(ten)) return undefined;
  const birthDate = `${String(year).padStart(4, '0')}-${mm}-${String(day).padStart(2, '0')}`;
  if (birthDate > today) return undefined;
  return { kind, birthDate };
}

const SIX_DIGITS = /\d{6}/;
const CANDIDATE = /(?<![\d\-+/.,:])(?:\d{2})?\d{6}[-+]?\d{4}(?![\d/]|[.,]\d|-\d)/g;

/** Finds valid personnummer and samordningsnummer in a text. */
export function findPersonnummer(text: string, today = todayIso()): IdMatch[] {
  const out: IdMatch[] = [];
  // Every candidate has six digits in a row; CANDIDATE, with its look-behind at every place, is costly on long texts.
  if (!SIX_DIGITS.test(text)) return out;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const v = validateId(m[0], today);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: v.kind, birthDate: v.birthDate });
  }
  return out;
}

/** "850101-1234" → "850101-****": the number with its last four digits hidden, for messages. */
export function maskId(written: string): string {
  return written.replace(/\d{4}$/, '****');
}
