/** Facts several rules read from the text: years by kind, decisions, project lists, Bilagor. */
import type { DocParagraph } from './types';
import type { Structure, SectionInfo } from './structure';
import { findYears, memoized, norm, sentences, twin } from './text';
import { MONTHS } from '../swedish/dates';
import { findDistrict } from './tables';
import { mayMatchIn, positionInPart } from './scan';

export type YearKind = 'inriktning' | 'redovisning' | 'rapport';

export interface YearMention {
  kind: YearKind;
  year: number;
  paragraph: number;
  start: number;
  end: number;
}

const KEYWORD = twin(
  /(?<![\p{L}])(inriktning\p{L}*|redovisning\p{L}*|redovisas|årsrapport\p{L}*|verksamhetsberättelse\p{L}*|beviljats|beviljades)/giu,
);

function kindOf(word: string): YearKind {
  const w = word.toLocaleLowerCase('sv-SE');
  if (w.startsWith('inriktning')) return 'inriktning';
  // "medel har beviljats till elva projekt under 2015": the projects' year is the year reported on.
  if (w.startsWith('redovis') || w.startsWith('bevilja')) return 'redovisning';
  return 'rapport';
}

const POINT_IN_TIME = twin(
  new RegExp(`(?<![\\p{L}])(?:våren|hösten|sommaren|vintern|början av|slutet av|mitten av|${MONTHS.join('|')})\\s+$`, 'iu'),
);
const YEARS_OF = twin(/^\s+års\s+(\p{L}+)/u);

/**
 * Years tied to "inriktning", "redovisning" or "årsrapport" in a paragraph: a year belongs to the
 * nearest such word before it in the same sentence ("inriktning … 2025 … samt redovisning … 2023"),
 * or to the word right after it ("2023 års redovisning").
 */
export function yearMentions(p: DocParagraph): YearMention[] {
  const out: YearMention[] = [];
  const keyword = KEYWORD.for(p.text);
  const pointInTime = POINT_IN_TIME.for(p.text);
  for (const s of sentences(p.text)) {
    const kws: { kind: YearKind; start: number; end: number }[] = [];
    keyword.lastIndex = 0;
    for (let m = keyword.exec(s.text); m !== null; m = keyword.exec(s.text)) {
      // A grant counts only when it is the projects' ("beviljats till tio projekt under 2023").
      if (/^bevilja/i.test(m[1]) && !/projekt/i.test(s.text)) continue;
      kws.push({ kind: kindOf(m[1]), start: m.index, end: m.index + m[0].length });
    }
    if (kws.length === 0) continue;
    for (const y of findYears(s.text)) {
      // A point in time ("redovisas för nämnden våren 2025", "i april 2024") says when, not which year is reported on.
      if (pointInTime.test(s.text.slice(Math.max(0, y.start - 20), y.start))) continue;
      const after = YEARS_OF.for(p.text).exec(s.text.slice(y.end));
      let kind: YearKind | undefined;
      if (after && /^(inriktning|redovisning|årsrapport)/i.test(after[1])) kind = kindOf(after[1]);
      if (!kind) {
        const before = kws.filter((k) => k.end <= y.start);
        if (before.length === 0) continue;
        kind = before[before.length - 1].kind;
      }
      out.push({ kind, year: y.year, paragraph: p.index, start: s.start + y.start, end: s.start + y.end });
    }
  }
  return out;
}

/** A list item or a paragraph typed with a number ("1. …"). */
export function isItem(p: DocParagraph): boolean {
  return p.isListItem || /^\s*\d{1,2}[.)]\s+\S/.test(p.text);
}

/**
 * The list items that follow an introducing paragraph (one ending with ":" or saying "följande"),
 * up to the next heading, standard heading or the next introduction. Body paragraphs between
 * items (a project's description) are skipped.
 */
export function listAfter(structure: Structure, intro: DocParagraph): DocParagraph[] {
  const body = structure.body;
  let i = bodyPosition(structure, intro.index) + 1;
  const items: DocParagraph[] = [];
  for (; i < body.length; i++) {
    const p = body[i];
    if (p.headingLevel !== null || structure.sectionIdOf(p.text)) break;
    if (isItem(p)) {
      items.push(p);
      continue;
    }
    if (p.text.trim() === '') continue;
    if (/:\s*$/.test(p.text) || /^\s*följande\b/i.test(p.text)) break;
    if (items.length === 0 && !p.isListItem) break; // the list must follow its introduction directly
  }
  return items;
}

/** Where a paragraph (by index) sits in structure.body, -1 when it is not there; one map per structure. */
const bodyPositions = new WeakMap<Structure, Map<number, number>>();
function bodyPosition(structure: Structure, index: number): number {
  const known = positionInPart(structure.body, index);
  if (known !== undefined) return known;
  let m = bodyPositions.get(structure);
  if (!m) {
    m = new Map();
    // The first paragraph with an index wins, as body.findIndex would.
    for (let i = structure.body.length - 1; i >= 0; i--) m.set(structure.body[i].index, i);
    bodyPositions.set(structure, m);
  }
  return m.get(index) ?? -1;
}

export interface ProjectLine {
  paragraph: DocParagraph;
  name: string;
  owner: string;
  /** Offsets of the name and owner in the paragraph's text. */
  nameStart: number;
  ownerStart: number;
}

/** "Våga anmäla våga vittna, Farsta stadsdelsförvaltning. Projektet …" → name and owner. */
export function parseProjectLine(p: DocParagraph, prefix?: RegExp): ProjectLine | undefined {
  let text = p.text;
  let offset = 0;
  const num = /^\s*(?:bilaga\s+)?\d{1,2}\s*[.):–-]?\s*(?:[–-]\s*)?/i.exec(text);
  if (num) offset = num[0].length;
  if (prefix) {
    const m = prefix.exec(text.slice(offset));
    if (m && m.index === 0) offset += m[0].length;
  }
  while (text[offset] === '*' || text[offset] === ' ') offset++;
  text = text.slice(offset);
  const first = sentences(text)[0];
  if (!first) return undefined;
  const line = first.text.replace(/[.*]+$/, '');
  // The owner is the longest tail after ", " made only of förvaltningar ("Farsta stadsdelsförvaltning",
  // "Norrmalms stadsdelsförvaltning tillsammans med Östermalms stadsdelsförvaltning",
  // "Farsta och Skarpnäcks stadsdelsförvaltningar"); a single comma-free tail is the common case.
  let comma = -1;
  for (let i = line.indexOf(', '); i >= 0; i = line.indexOf(', ', i + 2)) {
    if (isOwnerPhrase(line.slice(i + 2).trim())) {
      comma = i;
      break;
    }
  }
  if (comma < 0) {
    comma = line.lastIndexOf(', ');
    if (comma < 0) return undefined;
    const tail = line.slice(comma + 2).trim();
    if (tail.split(/\s+/).length > 5) return undefined;
    if (!/förvaltning|stadsdel|sdf/i.test(tail) && !findDistrict(tail)) return undefined;
  }
  const name = line.slice(0, comma).trim();
  const owner = line.slice(comma + 2).trim();
  if (!name || !owner) return undefined;
  return { paragraph: p, name, owner, nameStart: offset, ownerStart: offset + comma + 2 };
}

/** The parts of an owner phrase: "A tillsammans med B, C och D stadsdelsförvaltningar" → [A, B, C, D]. */
function ownerParts(owner: string): string[] {
  return owner
    .split(/\s*,\s*|\s+och\s+|\s+tillsammans med\s+|\s+samt\s+/)
    .map((x) => x.trim().replace(/s?\s+stadsdelsförvaltning(ar|arna|ars|en|s)?$/i, ''))
    .filter(Boolean);
}

/** Whether a text consists only of förvaltningar (districts or "…förvaltningen"), several allowed. */
function isOwnerPhrase(text: string): boolean {
  const parts = ownerParts(text);
  if (parts.length < 2 && !/förvaltning|stadsdel/i.test(text) && !findDistrict(text)) return false;
  return (
    parts.length > 0 &&
    parts.every((x) => findDistrict(x) !== undefined || findDistrict(x.replace(/s$/, '')) !== undefined || /förvaltning(en)?$/i.test(x))
  );
}

/** A comparable owner: the district's short name, or the normalized text. */
export function ownerKey(owner: string): string {
  return memoized('ownerKey', owner, ownerKeyRaw);
}

function ownerKeyRaw(owner: string): string {
  const d = findDistrict(owner.replace(/s$/, '')) ?? findDistrict(owner);
  if (d) return d.namn;
  const parts = ownerParts(owner);
  if (parts.length > 1) {
    return parts
      .map((x) => (findDistrict(x) ?? findDistrict(x.replace(/s$/, '')))?.namn ?? norm(x))
      .sort((a, b) => a.localeCompare(b, 'sv-SE'))
      .join(' + ');
  }
  return norm(owner)
    .replace(/s? stadsdelsförvaltning(en)?$/, '')
    .replace(/en$/, '');
}

/** A comparable project name. */
export function nameKey(name: string): string {
  return memoized('nameKey', name, nameKeyRaw);
}

function nameKeyRaw(name: string): string {
  return nameKeyOfNorm(norm(name));
}

/** nameKey of a text that norm has already normalized (nameKeyOfNorm(norm(t)) === nameKey(t)). */
export function nameKeyOfNorm(normalized: string): string {
  // What replacing each sign that is not a letter or digit with a space, making spaces single and
  // trimming gives: the runs of letters and digits, joined by one space. One pass over the text that
  // copies the stretches where words stand one space apart as they are.
  const s = normalized;
  const n = s.length;
  const parts: string[] = [];
  let stretch = -1;
  let i = 0;
  for (;;) {
    const gap = i;
    while (i < n && wordUnits(s, i) === 0) i++;
    if (i >= n) {
      if (stretch >= 0) parts.push(s.slice(stretch, gap));
      break;
    }
    if (stretch < 0) stretch = i;
    else if (i - gap !== 1 || s.charCodeAt(gap) !== 32) {
      parts.push(s.slice(stretch, gap));
      stretch = i;
    }
    for (let k = wordUnits(s, i); k > 0 && i < n; k = i < n ? wordUnits(s, i) : 0) i += k;
  }
  return parts.join(' ');
}

/** The UTF-16 units of the letter or digit at i (1, or 2 for a surrogate pair), or 0 for another sign. */
function wordUnits(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00)
    return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  return isLetterOrDigitUnit(c) ? 1 : 0;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit outside the surrogates: 0 not yet known, 1 a letter or digit, 2 not. */
const UNIT_KIND = new Uint8Array(0x10000);
// ASCII and the Swedish letters are known without compiling LETTER_OR_DIGIT.
for (let c = 0; c < 0x80; c++) UNIT_KIND[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 2;
for (const ch of 'åäöéüÅÄÖÉÜ') UNIT_KIND[ch.charCodeAt(0)] = 1;

function isLetterOrDigitUnit(c: number): boolean {
  let k = UNIT_KIND[c];
  if (k === 0) UNIT_KIND[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export interface ProjectLists {
  reportedIntro?: DocParagraph;
  reported: DocParagraph[];
  ongoingIntro?: DocParagraph;
  ongoing: DocParagraph[];
}

const FOLJANDE = /följande/i;

/** The numbered lists of reported (slutredovisas) and ongoing (fortgår) projects in Ärendet. */
export function projectLists(structure: Structure): ProjectLists {
  let out = projectListsOf.get(structure);
  if (!out) projectListsOf.set(structure, (out = projectListsRaw(structure)));
  return out;
}

/** One ProjectLists per structure (several rules read them). */
const projectListsOf = new WeakMap<Structure, ProjectLists>();

function projectListsRaw(structure: Structure): ProjectLists {
  const out: ProjectLists = { reported: [], ongoing: [] };
  const sec: SectionInfo | undefined = structure.byId.arendet;
  if (!sec) return out;
  // Both patterns below need "följande" (one search through the body for it).
  for (const p of mayMatchIn(sec.content, structure.body, FOLJANDE)) {
    if (isItem(p)) continue;
    const t = p.text;
    // Both patterns need "följande"; the second, run from every "projekt", is costly on long texts.
    if (!/följande/i.test(t) || (!/följande\b[^.]*\bprojekt/i.test(t) && !/projekt[^.]*följande/i.test(t))) continue;
    const items = listAfter(structure, p);
    if (items.length === 0) continue;
    if (/fortgår|pågår|fortsätter|löper vidare/i.test(t)) {
      if (!out.ongoingIntro) {
        out.ongoingIntro = p;
        out.ongoing = items;
      }
    } else if (/redovis|avslut/i.test(t) && !out.reportedIntro) {
      out.reportedIntro = p;
      out.reported = items;
    }
  }
  return out;
}

/** The items of the Bilagor section (non-empty paragraphs). */
export function bilagaItems(structure: Structure): DocParagraph[] {
  return (structure.byId.bilagor?.content ?? []).filter((p) => p.text.trim() !== '' && !p.inTable);
}
