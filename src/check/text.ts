/** Small text helpers shared by the rules. */
import { MONTHS } from '../swedish/dates';
import { numberWord, parseNumberWord, ONES, TENS } from '../swedish/numbers';

/**
 * Per-check memo: while checkDocument runs, results computed from a text (its sentences, its
 * normalized form …) are kept and shared by the rules, so that each paragraph is split and
 * normalized once per check instead of once per rule. Outside a check nothing is kept.
 * Callers must not change what they get back.
 */
type Memo = Map<unknown, unknown>;
let scope: Map<string, Memo> | undefined;
/** True while a check runs whose every input text is plain (see withTextMemo). */
let plainScope = false;

/**
 * Runs fn with a fresh memo (or the current one, when already inside a check). `plainInputs` says
 * that every text the check reads is plain (see isPlain and plainData): the paragraphs, the case's
 * strings, the profile's. Then every text the rules make of them (parts, lower case, texts joined
 * with plain signs) is plain too, and each pattern's plain twin is used without looking at the text.
 */
export function withTextMemo<T>(fn: () => T, plainInputs: boolean | (() => boolean) = false): T {
  if (scope) return fn();
  scope = new Map();
  plainScope = false;
  plainScope = typeof plainInputs === 'function' ? plainInputs() : plainInputs;
  try {
    return fn();
  } finally {
    scope = undefined;
    plainScope = false;
  }
}

/** f(text), remembered for the current check under the table's name. */
export function memoized<R>(table: string, text: string, f: (text: string) => R): R {
  if (!scope) return f(text);
  let m = scope.get(table);
  if (!m) scope.set(table, (m = new Map<unknown, unknown>()));
  const hit = m.get(text);
  if (hit !== undefined || m.has(text)) return hit as R;
  const r = f(text);
  m.set(text, r);
  return r;
}

/** make(), remembered for the current check under the table's name and an object (a list of paragraphs, say). */
export function scoped<R>(table: string, key: object, make: () => R): R {
  if (!scope) return make();
  let m = scope.get(table);
  if (!m) scope.set(table, (m = new Map<unknown, unknown>()));
  if (m.has(key)) return m.get(key) as R;
  const r = make();
  m.set(key, r);
  return r;
}

/** Lower case, single spaces, unified dashes and quotes, trimmed. */
export function norm(s: string): string {
  return memoized('norm', s, normRaw);
}

function normRaw(s: string): string {
  return normSigns(s).replace(SPACES, ' ').trim();
}

/**
 * norm without making white space single and trimming: lower case, unified dashes, no quotes. Its
 * words (runs of letters and digits), and what stands between them, are norm's.
 */
export function normSigns(s: string): string {
  // toLowerCase is toLocaleLowerCase('sv-SE'): Unicode has language rules for lower case only for
  // Lithuanian, Turkish and Azeri; it is much faster on long texts.
  // One search for the three kinds of sign (no replacement makes a sign of a later kind).
  return s.toLowerCase().replace(SIGNS, (c) => (c === '\u00a0' || c === '\u202f' || c === '\u2009' ? ' ' : QUOTES.includes(c) ? '' : '-'));
}

const QUOTES = '”“„"»«’\'';
/** No-break and thin spaces (become spaces), dashes (become -) and quotes (are dropped). */
const SIGNS = /[\u00a0\u202f\u2009‐‑–—”“„"»«’']/g;

/**
 * Runs of white space that are not a single space: replacing them with ' ' gives what
 * replace(/\s+/g, ' ') gives, without rewriting every single space of a long text.
 */
export const SPACES = /\s\s+|(?! )\s/g;

/** The UTF-16 units of plain texts (see isPlain): 1 for each. */
const PLAIN_UNIT = new Uint8Array(0x10000);
for (let c = 0x20; c <= 0x7e; c++) PLAIN_UNIT[c] = 1;
for (const ch of '\t\n\v\f\r\u00a0åäöéüÅÄÖÉÜ–—”“’‘«»…•·§°') PLAIN_UNIT[ch.charCodeAt(0)] = 1;

/**
 * Whether every character of a text is printable ASCII, a tab, line break or no-break space, or one
 * of åäöéüÅÄÖÉÜ–—”“’‘«»…•·§°. In such a text \p{Lu} is [A-ZÅÄÖÉÜ], \p{Ll} [a-zåäöéü], \p{N}
 * [0-9], \s [\t\n\v\f\r \u00a0], and ignoring case pairs only these letters: a rule may test it
 * with a pattern of plain character classes, many times faster than one with Unicode properties.
 * Kept per text while a check runs.
 */
export function isPlain(text: string): boolean {
  return memoized('plain', text, isPlainRaw);
}

function isPlainRaw(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (PLAIN_UNIT[text.charCodeAt(i)] === 0) return false;
  return true;
}

/**
 * The characters outside the plain set (the same set as PLAIN_UNIT), as two patterns that search a
 * long text fast, also one with wide characters (one class with many small ranges is many times slower):
 * wide characters, the Latin-1 signs and letters other than the plain ones, and control characters.
 */
const NOT_PLAIN_WIDE = /[\u007f-\u009f\u0100-\u2012\u2015-\u2017\u201a\u201b\u201e-\u2021\u2023-\u2025\u2027-\uffff]/;
const NOT_PLAIN_LATIN1 = /(?![åäöéüÅÄÖÉÜ«»·§°])[\u00a1-\u00ff]/;
/** The control characters below space other than tab and the line breaks (U+0000–U+0008, U+000E–U+001F). */
const hex4 = (c: number) => c.toString(16).padStart(4, '0');
const NOT_PLAIN_CONTROL = new RegExp(
  `[${[
    [0x00, 0x08],
    [0x0e, 0x1f],
  ]
    .map(([a, b]) => `\\u${hex4(a)}-\\u${hex4(b)}`)
    .join('')}]`,
);

/** Whether all these texts are plain (see isPlain): three searches through them joined. */
export function allPlain(texts: readonly string[]): boolean {
  return plainText(texts.join('\n'));
}

/** Whether a text is plain (see isPlain), in three searches: fast on a long text. */
export function plainText(joined: string): boolean {
  return !NOT_PLAIN_WIDE.test(joined) && !NOT_PLAIN_LATIN1.test(joined) && !NOT_PLAIN_CONTROL.test(joined);
}

/** Whether every string in a value (a string, or the keys and values of arrays and objects within it) is plain. */
export function plainData(value: unknown): boolean {
  const strings: string[] = [];
  collectStrings(value, strings);
  return plainText(strings.join('\n'));
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      collectStrings(v, out);
    }
}

/** True inside a check whose every text is plain (see withTextMemo): no text the rules make has a surrogate or a sign outside the plain set. */
export function knownPlain(): boolean {
  return plainScope;
}

let twinsOn = true;

/** Turns the plain twins off or on (the tests compare the findings both ways). */
export function setTwins(on: boolean): void {
  twinsOn = on;
}

/** The plain character classes that stand for Unicode properties in a plain text (see isPlain). */
const PLAIN_CLASS: Record<string, string> = { L: 'A-Za-zÅÄÖÉÜåäöéü', Lu: 'A-ZÅÄÖÉÜ', Ll: 'a-zåäöéü', N: '0-9' };

/**
 * A Unicode pattern's source written without Unicode properties (\p{L}, \p{Lu}, \p{Ll}, \p{N} become
 * the plain classes), for use without the u flag; undefined when the pattern uses anything else that
 * needs the u flag (another property, \P{…}, \u{…}).
 */
export function plainSource(source: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'p') {
        const m = /^\{(\w+)\}/.exec(source.slice(i + 2));
        const cls = m ? PLAIN_CLASS[m[1]] : undefined;
        if (!m || cls === undefined) return undefined;
        out += inClass ? cls : `[${cls}]`;
        i += 1 + m[0].length;
        continue;
      }
      if (next === 'P' || (next === 'u' && source[i + 2] === '{')) return undefined;
      out += c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A Unicode pattern and its plain twin. Patterns with Unicode properties (\p{L} and the like, many
 * with the i flag) cost a lot to compile and to run; on a plain text (see isPlain) the twin, the same
 * pattern with plain character classes and without the u flag, finds exactly the same matches at a
 * fraction of the cost. `for(text)` gives the pattern to run on the text or on any part of it (a part
 * of a plain text is plain); the twin is made the first time a plain text needs it.
 */
export class Twin {
  private plain: RegExp | null | undefined;
  constructor(readonly re: RegExp) {}

  for(text: string): RegExp {
    if (!twinsOn || (!plainScope && !isPlain(text))) return this.re;
    if (this.plain === undefined) {
      const src = this.re.flags.includes('v') ? undefined : plainSource(this.re.source);
      this.plain = src === undefined ? null : new RegExp(src, this.re.flags.replace('u', ''));
    }
    return this.plain ?? this.re;
  }
}

/** Every twin made (the tests compare each with its pattern). */
export const TWINS: Twin[] = [];

/** A pattern with its plain twin (see Twin). */
export function twin(re: RegExp): Twin {
  const t = new Twin(re);
  TWINS.push(t);
  return t;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where a match stands in a paragraph: its index and the match's offsets, moved by `offset` when the text searched began there. */
export function matchAt(p: { index: number }, m: RegExpExecArray, offset = 0): { paragraph: number; start: number; end: number } {
  return { paragraph: p.index, start: offset + m.index, end: offset + m.index + m[0].length };
}

/** A whole paragraph (a section's heading, say) as the place of a finding. */
export function wholeParagraph(p: { index: number; text: string }): { paragraph: number; start: number; end: number } {
  return { paragraph: p.index, start: 0, end: p.text.length };
}

/**
 * The lower-case words of the clause that ends at `at` (looking back at most 60 characters, from
 * the last . ; : ! ? or parenthesis), in order: "vunnit laga kraft under" before a year.
 */
export function clauseWordsBefore(text: string, at: number): string[] {
  const clause =
    text
      .slice(Math.max(0, at - 60), at)
      .split(/[.;:!?()]/)
      .pop() ?? '';
  return clause.toLocaleLowerCase('sv-SE').split(NOT_LETTERS.for(text)).filter(Boolean);
}

const NOT_LETTERS = twin(/[^\p{L}]+/u);

/** Sentences of a paragraph with their offsets. A sentence ends at . ! ? followed by space and a capital or digit, or at the end. */
export function sentences(text: string): Span[] {
  return memoized('sentences', text, sentencesRaw);
}

const SENTENCE_END = twin(/[.!?]+["”’)]*\s+(?=[\p{Lu}\d"”“(])/gu);

function sentencesRaw(text: string): Span[] {
  const out: Span[] = [];
  const re = SENTENCE_END.for(text);
  re.lastIndex = 0;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    // Do not split after common abbreviations ("t.ex. ", "bl.a. ", "s. ").
    const before = text.slice(Math.max(start, m.index - 6), m.index + 1);
    if (/(?:\b[a-zåäö]{1,3}\.[a-zåäö]{1,3}\.|\b(?:ca|kap|nr|jfr|s|st|resp|inkl|exkl|bl\.a|t\.ex|dvs|m\.m|osv)\.)$/i.test(before)) continue;
    // Do not split after a list number ("1. ").
    if (/^\s*\d{1,2}\.$/.test(text.slice(start, end))) continue;
    out.push({ start, end, text: text.slice(start, end) });
    start = m.index + m[0].length;
  }
  if (start < text.length && /\S/.test(text.slice(start))) {
    const end = text.trimEnd().length;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Four-digit years 1990–2099 in a text, with their offsets. */
export function findYears(text: string): { year: number; start: number; end: number }[] {
  const out: { year: number; start: number; end: number }[] = [];
  const re = /(?<![\d.\-/])(19[9]\d|20\d\d)(?![\d])(?!-\d{2}-\d{2})/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Not a year range's second part of a date, not part of a dnr like 792/2020 (handled by the lookbehind).
    out.push({ year: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** ISO dates (ÅÅÅÅ-MM-DD) that exist in the calendar. */
export function findIsoDates(text: string): { iso: string; start: number; end: number }[] {
  const out: { iso: string; start: number; end: number }[] = [];
  const re = /(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d) out.push({ iso: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const MONTH_RE = MONTHS.join('|');
const LONG_DATE = twin(new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?(?![\\p{L}])`, 'giu'));

/** Dates written in words: "17 april", "den 18 augusti 2016". A missing year is taken from defaultYear. */
export function findLongDates(text: string, defaultYear?: number): { iso: string; start: number; end: number; hasYear: boolean }[] {
  const out: { iso: string; start: number; end: number; hasYear: boolean }[] = [];
  const re = LONG_DATE.for(text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const year = m[3] ? Number(m[3]) : defaultYear;
    if (year === undefined) continue;
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    const day = Number(m[1]);
    const dt = new Date(Date.UTC(year, month - 1, day));
    if (dt.getUTCMonth() !== month - 1 || dt.getUTCDate() !== day) continue;
    out.push({
      iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      start: m.index,
      end: m.index + m[0].length,
      hasYear: !!m[3],
    });
  }
  return out;
}

/** A count written in digits or words ("7", "sju", "Tio") → number, else undefined. */
export function parseCount(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  if (word.length > 40) return undefined;
  const n = parseNumberWord(word);
  return n;
}

/** The number words 0–100 and "en", longest first. */
export const NUMBER_WORDS: readonly string[] = (() => {
  const ws = new Set<string>(['en', 'ett']);
  for (let n = 0; n <= 100; n++) ws.add(numberWord(n));
  return [...ws].sort((a, b) => b.length - a.length);
})();

/**
 * NUMBER_WORDS as one alternation, written so that it compiles about twice as fast as the words
 * joined by '|': the tens 20–90 once, each with an optional one ("tjugo(?:ett|två|…)?"), then the
 * other words longest first. It matches what NUMBER_WORDS.join('|') matches and tries the words
 * in the same order, longest first: the words that match at one place begin one another, a
 * word that begins a tens word ("sex", "sextio") is shorter than it, no tens word begins another,
 * and no one begins another one (the tests compare the two on every word and on random texts).
 */
export function numberWordAlternation(): string {
  const tens = TENS.filter((t) => t !== '');
  const ones = ONES.slice(1, 10);
  const inTens = new Set(tens.flatMap((t) => [t, ...ones.map((o) => t + o)]));
  const rest = NUMBER_WORDS.filter((w) => !inTens.has(w));
  return `(?:${tens.join('|')})(?:${ones.join('|')})?|${rest.join('|')}`;
}

/** Word boundaries that know Swedish letters (\\b does not). Use with the u flag. */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

/** A count: digits or a Swedish number word 0–100 (a capturing group). */
export const COUNT_WORD = `(\\d{1,4}|${numberWordAlternation()})`;

/** Quote a text for a message: ”…”, shortened. */
export function q(s: string, max = 70): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `”${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

/** Escape for RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ids made of a–z, 0–9 and hyphens (rule ids): localeCompare orders them as their UTF-16 units do. */
const PLAIN_ID = /^[a-z0-9-]*$/;

/**
 * a.localeCompare(b) for rule ids, without starting the collator (its first use costs several
 * milliseconds) when both are plain ids (PLAIN_ID) or equal; any other ids go to the collator.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}
