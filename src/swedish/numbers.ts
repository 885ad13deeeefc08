/** Swedish numbers: counts in words, kronor with non-breaking spaces, parsing words back. */

export const NBSP = '\u00a0';

export const ONES: readonly string[] = [
  'noll',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
];
export const TENS: readonly string[] = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

/**
 * A count in words as Swedish writes it, 0–999 999. `gender` 'utrum' gives "en" for 1
 * ("en studieresa"), 'neutrum' gives "ett" ("ett projekt"). Larger numbers are written in digits.
 */
export function numberWord(n: number, gender: 'utrum' | 'neutrum' = 'neutrum'): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`numberWord: ${n} är inte ett heltal ≥ 0`);
  if (n >= 1_000_000) return formatThousands(n);
  if (n === 1) return gender === 'utrum' ? 'en' : 'ett';
  return wordsBelowMillion(n);
}

function wordsBelowHundred(n: number): string {
  if (n < 20) return ONES[n];
  const t = Math.floor(n / 10);
  const o = n % 10;
  return TENS[t] + (o ? ONES[o] : '');
}

function wordsBelowThousand(n: number): string {
  if (n < 100) return wordsBelowHundred(n);
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return (h === 1 ? 'ett' : ONES[h]) + 'hundra' + (rest ? wordsBelowHundred(rest) : '');
}

function wordsBelowMillion(n: number): string {
  if (n < 1000) return wordsBelowThousand(n);
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return (th === 1 ? 'et' : wordsBelowThousand(th)) + 'tusen' + (rest ? wordsBelowThousand(rest) : '');
}

/** A count in words, capitalised for the start of a sentence: "Tio projekt". */
export function numberWordCapitalized(n: number, gender: 'utrum' | 'neutrum' = 'neutrum'): string {
  const w = numberWord(n, gender);
  return w.charAt(0).toLocaleUpperCase('sv-SE') + w.slice(1);
}

/** "500 000" with non-breaking spaces between groups of three. Negative numbers get a minus sign. */
export function formatThousands(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`formatThousands: ${n} är inget tal`);
  const sign = n < 0 ? '−' : '';
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return sign + grouped + (frac ? ',' + frac : '');
}

/** "500 000 kronor" with non-breaking spaces (so the amount never breaks over a line). */
export function kronor(n: number): string {
  return `${formatThousands(n)}${NBSP}kronor`;
}

/**
 * A large sum in words as the seeds write totals: 3 500 000 → "tre och en halv miljon kronor",
 * 3 000 000 → "tre miljoner kronor". Sums that are not whole or half millions come back in digits.
 */
export function kronorInWords(n: number): string {
  if (n >= 1_000_000 && n % 500_000 === 0) {
    const millions = Math.floor(n / 1_000_000);
    const half = n % 1_000_000 !== 0;
    if (!half) return `${numberWord(millions, 'utrum')} ${millions === 1 ? 'miljon' : 'miljoner'} kronor`;
    return `${numberWord(millions, 'utrum')} och en halv miljon kronor`;
  }
  return kronor(n);
}

const WORD_VALUES: Record<string, number> = (() => {
  const m: Record<string, number> = { en: 1, ett: 1 };
  for (let i = 0; i <= 99; i++) m[wordsBelowHundred(i)] = i;
  return m;
})();

/**
 * Parses a Swedish count written in words ("sju", "tjugotre", "ett", "hundra") back to a number.
 * Returns undefined for anything that is not a number word.
 */
export function parseNumberWord(word: string): number | undefined {
  const w = word.trim().toLocaleLowerCase('sv-SE');
  if (Object.hasOwn(WORD_VALUES, w)) return WORD_VALUES[w];
  if (w === 'hundra') return 100;
  if (w === 'tusen') return 1000;
  if (w.length > 60) return undefined;
  const compact = w.replace(/\s+/g, '');
  const t = compact.indexOf('tusen');
  if (t >= 0) {
    const head = compact.slice(0, t);
    const th = head === '' || head === 'et' || head === 'ett' ? 1 : parseBelowThousand(head);
    const tail = compact.slice(t + 5);
    const rest = tail === '' ? 0 : parseBelowThousand(tail);
    return th === undefined || rest === undefined ? undefined : th * 1000 + rest;
  }
  return parseBelowThousand(compact);
}

const BELOW_THOUSAND: Map<string, number> = (() => {
  const m = new Map<string, number>();
  for (let n = 0; n < 1000; n++) m.set(wordsBelowThousand(n), n);
  m.set('ett', 1).set('en', 1).set('hundra', 100);
  return m;
})();

function parseBelowThousand(w: string): number | undefined {
  return BELOW_THOUSAND.get(w);
}

/**
 * Parses an amount as Swedes write it: "500 000", "500 000 kr", "1 000 000,00", "3,5 miljoner",
 * "tre och en halv miljon". Returns undefined when the text is not an amount.
 */
export function parseAmount(text: string): number | undefined {
  let s = text
    .trim()
    .toLocaleLowerCase('sv-SE')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
  s = s.replace(/\s*(kronor|kr\.?|sek|:-)$/, '').trim();
  const million = /^(.+?)\s+(miljoner|miljon|mkr|mnkr)$/.exec(s);
  if (million) {
    const base = million[1];
    const half = /^(.+?)\s+och en halv$/.exec(base);
    if (half) {
      const whole = parseNumberWord(half[1]) ?? parseDecimal(half[1]);
      return whole === undefined ? undefined : Math.round((whole + 0.5) * 1_000_000);
    }
    const v = parseNumberWord(base) ?? parseDecimal(base);
    return v === undefined ? undefined : Math.round(v * 1_000_000);
  }
  return parseDecimal(s);
}

/** "1 234,5" / "1234.5" / "500 000" → number; undefined when not a number. */
export function parseDecimal(text: string): number | undefined {
  const s = text.trim().replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}
