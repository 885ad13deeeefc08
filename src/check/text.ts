/** Small text helpers shared by the rules. */
import { MONTHS } from '../swedish/dates';
import { numberWord, parseNumberWord } from '../swedish/numbers';

/**
 * Per-check memo: while checkDocument runs, results computed from a text (its sentences, its
 * normalized form …) are kept and shared by the rules, so that each paragraph is split and
 * normalized once per check instead of once per rule. Outside a check nothing is kept.
 * Callers must not change what they get back.
 */
type Memo = Map<string, unknown>;
let scope: Map<string, Memo> | undefined;

/** Runs fn with a fresh memo (or the current one, when already inside a check). */
export function withTextMemo<T>(fn: () => T): T {
  if (scope) return fn();
  scope = new Map();
  try {
    return fn();
  } finally {
    scope = undefined;
  }
}

/** f(text), remembered for the current check under the table's name. */
export function memoized<R>(table: string, text: string, f: (text: string) => R): R {
  if (!scope) return f(text);
  let m = scope.get(table);
  if (!m) scope.set(table, (m = new Map<string, unknown>()));
  const hit = m.get(text);
  if (hit !== undefined || m.has(text)) return hit as R;
  const r = f(text);
  m.set(text, r);
  return r;
}

/** Lower case, single spaces, unified dashes and quotes, trimmed. */
export function norm(s: string): string {
  return memoized('norm', s, normRaw);
}

function normRaw(s: string): string {
  return s
    .toLocaleLowerCase('sv-SE')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[‐‑–—]/g, '-')
    .replace(/[”“„"»«’']/g, '')
    .replace(SPACES, ' ')
    .trim();
}

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
  return clause
    .toLocaleLowerCase('sv-SE')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** Sentences of a paragraph with their offsets. A sentence ends at . ! ? followed by space and a capital or digit, or at the end. */
export function sentences(text: string): Span[] {
  return memoized('sentences', text, sentencesRaw);
}

function sentencesRaw(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?]+["”’)]*\s+(?=[\p{Lu}\d"”“(])/gu;
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

/** Dates written in words: "17 april", "den 18 augusti 2016". A missing year is taken from defaultYear. */
export function findLongDates(text: string, defaultYear?: number): { iso: string; start: number; end: number; hasYear: boolean }[] {
  const out: { iso: string; start: number; end: number; hasYear: boolean }[] = [];
  const re = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?(?![\\p{L}])`, 'giu');
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

const NUMBER_WORDS: string[] = (() => {
  const ws = new Set<string>(['en', 'ett']);
  for (let n = 0; n <= 100; n++) ws.add(numberWord(n));
  return [...ws].sort((a, b) => b.length - a.length);
})();

/** Word boundaries that know Swedish letters (\\b does not). Use with the u flag. */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

/** A count: digits or a Swedish number word 0–100 (a capturing group). */
export const COUNT_WORD = `(\\d{1,4}|${NUMBER_WORDS.join('|')})`;

/** Quote a text for a message: ”…”, shortened. */
export function q(s: string, max = 70): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `”${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

/** Escape for RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
