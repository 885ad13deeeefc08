/** Amounts in running text: "500 000 kr", "25 000 kronor", "3,5 miljoner kronor", "tre och en halv miljon kronor". */
import { parseAmount } from '../swedish/numbers';
import { memoized, norm, twin } from './text';
import type { DocParagraph } from './types';
import type { Structure } from './structure';

export interface AmountHit {
  value: number;
  start: number;
  end: number;
  text: string;
}

const AMOUNT = twin(
  /(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?\s*(miljoner|miljon|mnkr|mkr)?\s*(kronor|kr\b\.?|sek\b)|(?<![\p{L}])((?:[\p{L}]+)(?: och en halv)?) (miljoner|miljon) kronor/giu,
);

/** Amounts in millions or thousands of kronor as municipalities write them: "3,9 mnkr", "12 mkr", "450 tkr". */
const SHORT_UNIT = twin(/(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?\s*(mnkr|mkr|msek|tkr)(?![\p{L}])/giu);
const UNIT_FACTOR: Record<string, number> = { mnkr: 1e6, mkr: 1e6, msek: 1e6, tkr: 1e3 };

/**
 * A cheap test that every amount passes (each ends in kronor, kr, sek, mnkr, mkr, msek or tkr; the same
 * case folding as AMOUNT): a text that fails it has no amount, and AMOUNT, costly on long texts, is not run.
 */
export const AMOUNT_HINT = twin(/kr|sek/iu);
/** What a text without amounts gives (one array for all of them; callers do not change it). */
const NO_AMOUNTS = Object.freeze([]) as unknown as AmountHit[];

/** Amounts in a text, in order. Kept per text while a check runs; callers must not change the result. */
export function findAmounts(text: string): AmountHit[] {
  return memoized('findAmounts', text, findAmountsRaw);
}

function findAmountsRaw(text: string): AmountHit[] {
  if (!AMOUNT_HINT.for(text).test(text)) return NO_AMOUNTS;
  const out: AmountHit[] = [];
  const amount = AMOUNT.for(text);
  amount.lastIndex = 0;
  for (let m = amount.exec(text); m !== null; m = amount.exec(text)) {
    const v = parseAmount(m[0]);
    if (v === undefined || !Number.isFinite(v)) continue;
    out.push({ value: v, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (!/[mt](?:n?kr|sek)/i.test(text)) return out;
  const shortUnit = SHORT_UNIT.for(text);
  shortUnit.lastIndex = 0;
  for (let m = shortUnit.exec(text); m !== null; m = shortUnit.exec(text)) {
    const whole = Number(m[1].replace(/[\s\u00a0\u202f]/g, ''));
    const value = Math.round(Number(`${whole}.${m[2] ?? '0'}`) * UNIT_FACTOR[m[3].toLowerCase()]);
    const at = m.index;
    if (out.some((a) => a.start <= at && at < a.end)) continue;
    out.push({ value, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

export type Fund = 'lum' | 'mul' | 'fum';

/** Which fund a sentence speaks of, from its own words or else the heading above it. */
export function fundOf(sentence: string, heading?: string): Fund | undefined {
  const s = norm(sentence);
  const mul = /studie(besök|resa|resor)|\bmul\b|\bmust\b/.test(s);
  const lum = /utvecklingsprojekt|\blum\b|lokala utvecklingsmedel/.test(s);
  const fum = /\bfum\b|forsknings- och utvecklingsmedel/.test(s);
  if (mul && !lum) return 'mul';
  if (lum && !mul) return 'lum';
  if (fum && !lum && !mul) return 'fum';
  if (!mul && !lum && heading) return fundOf(heading);
  return undefined;
}

/** The paragraph whose text names a project best (for locating case-based findings). */
export function paragraphNaming(structure: Structure, name: string): DocParagraph | undefined {
  const key = norm(name);
  if (key.length < 3) return undefined;
  return structure.body.find((p) => norm(p.text).includes(key));
}

/** The body's headings in order, once per structure (fundAt looks through them for every amount). */
type Heading = DocParagraph & { headingLevel: number };
const headingsByStructure = new WeakMap<Structure, Heading[]>();
function headingsOf(structure: Structure): Heading[] {
  let hs = headingsByStructure.get(structure);
  if (!hs) headingsByStructure.set(structure, (hs = structure.body.filter((p): p is Heading => p.headingLevel !== null)));
  return hs;
}

/** The fund a sentence in a paragraph speaks of: its own words, else the nearest heading above that names one. */
export function fundAt(structure: Structure, paragraphIndex: number, sentence: string): Fund | undefined {
  const own = fundOf(sentence);
  if (own) return own;
  const s = norm(sentence);
  if (/studie(besök|resa|resor)|\bmul\b|\bmust\b|utvecklingsprojekt|\blum\b/.test(s)) return undefined; // both named
  const headings = headingsOf(structure);
  for (let i = headings.length - 1; i >= 0; i--) {
    const p = headings[i];
    if (p.index > paragraphIndex) continue;
    if (p.headingLevel <= 2) return undefined;
    const f = fundOf(p.text);
    if (f) return f;
  }
  return undefined;
}
