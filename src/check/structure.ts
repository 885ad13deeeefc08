/**
 * The structure of a DocText as the rules see it: the sections found by their heading text, as the
 * house-style profile names them (case-insensitive; "Förvaltningens förslag till beslut",
 * "Beslutsförslag" …), the preamble (header block and title), and the document's dates and years.
 * Only top-level headings are sections: a sub-heading named like a section ("Sammanfattning" under
 * Ärendet) is part of the section it stands in. A numbered decision block right under the title
 * counts as the decision part when the document has no heading for it.
 */
import { type StandardSectionId } from '../model/sections';
import { builtInProfile, type ResolvedProfile } from '../model/profiles/index';
import type { DocParagraph, DocText } from './types';
import { findIsoDates, findLongDates, findYears, norm, scoped, twin } from './text';
import { partOf, positionInPart, runOf } from './scan';

export interface DateAt {
  iso: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface SectionInfo {
  id: StandardSectionId;
  /** The heading paragraph. */
  heading: DocParagraph;
  /** True when the heading has a heading style (or outline level). */
  styled: boolean;
  /** The paragraphs after the heading up to the next standard heading (or the end marker). */
  content: DocParagraph[];
  /**
   * True for a decision part without a heading: numbered decisions right under the title. Its
   * "heading" is the block's first paragraph, which is also the first of its content.
   */
  implicit?: boolean;
}

export interface Structure {
  /** The body's paragraphs in order (no headers, footers, notes). */
  body: DocParagraph[];
  /** The standard sections found, in document order. */
  sections: SectionInfo[];
  byId: Partial<Record<StandardSectionId, SectionInfo>>;
  /** Later headings (with a heading style) that repeat a standard section already found, e.g. after a merge. */
  duplicates: { id: StandardSectionId; heading: DocParagraph; first: DocParagraph }[];
  /** Body paragraphs before the first standard section: header block and title. */
  preamble: DocParagraph[];
  title?: DocParagraph;
  /** The tjänsteutlåtande's date and the nämnd's meeting date, when the header block shows them. */
  documentDate?: DateAt;
  meetingDate?: DateAt;
  /**
   * The first date in the page header and the first in the header block on page 1, when both are
   * there (they should agree); `fromList` is a line like "Förvaltningens tjänsteskrivelse den 26
   * oktober 2011" that gave the document's date when the header had none.
   */
  dateSources: { pageHeader?: DateAt; pageOne?: DateAt; fromList?: DateAt };
  /** Prose right under the title, before the first section: a missiv's or a short tjänsteskrivelse's account of the matter without a heading. */
  introText: DocParagraph[];
  /** The year the document was written: its date's, else the diarienummer's ("KS-2013/", "SÄN 2011/214", "SN 18/0098"). */
  documentYear?: number;
  /** The section a paragraph belongs to. */
  sectionOf(paragraphIndex: number): SectionInfo | undefined;
  /** The last heading (any level) at or before a paragraph, for context. */
  headingBefore(paragraphIndex: number): DocParagraph | undefined;
  /** The profile the sections were found with. */
  profile: ResolvedProfile;
  /** Which section of the profile a heading text names, if any. */
  sectionIdOf(text: string): StandardSectionId | undefined;
}

/** The profile used when none is given: the Stockholm FoU TU (the strict standard set). */
export function defaultStructureProfile(): ResolvedProfile {
  return builtInProfile('stockholm-fou-tu')!;
}

type Matcher = (t: string) => StandardSectionId | undefined;
const matchers = new WeakMap<ResolvedProfile, Matcher>();

/** The profile's headings as one lookup: exact texts, and "* x" as x with or without one genitive word before it. */
function matcherOf(profile: ResolvedProfile): Matcher {
  let m = matchers.get(profile);
  if (m) return m;
  const exact = new Map<string, StandardSectionId>();
  const withWord = new Map<string, StandardSectionId>();
  for (const s of profile.avsnitt) {
    for (const h of s.rubriker) {
      const t = norm(h);
      if (t.startsWith('* ')) {
        const rest = t.slice(2);
        if (!exact.has(rest)) exact.set(rest, s.id);
        if (!withWord.has(rest)) withWord.set(rest, s.id);
      } else if (!exact.has(t)) exact.set(t, s.id);
    }
  }
  const one = (t: string): StandardSectionId | undefined => {
    const hit = exact.get(t);
    if (hit) return hit;
    // "förvaltningens förslag till beslut": one word in the genitive, then a "* …" heading.
    const sp = t.indexOf(' ');
    if (sp > 1 && t[sp - 1] === 's' && !t.slice(0, sp).includes(' ')) return withWord.get(t.slice(sp + 1));
    return undefined;
  };
  // "Förslag till beslut i kommunstyrelsen": a heading, then the body it concerns.
  m = (t: string) => {
    const hit = one(t);
    if (hit) return hit;
    const at = t.indexOf(' i ');
    return at > 0 ? one(t.slice(0, at)) : undefined;
  };
  matchers.set(profile, m);
  return m;
}

/** Which section a heading text names, if any (by the profile's headings; the Stockholm FoU TU's by default). */
export function standardSectionOf(text: string, profile: ResolvedProfile = defaultStructureProfile()): StandardSectionId | undefined {
  if (text.length > 80) return undefined;
  const t = norm(text)
    .replace(/^(?:\d+(?:\.\d+)*\.?|[a-z]\))\s+/, '')
    .replace(/[:.]$/, '')
    .trim();
  return matcherOf(profile)(t);
}

/** Verbs of a decision: "Socialnämnden godkänner …", "Kommunstyrelsen föreslår …", "att anta …". */
const DECISION = twin(
  /(?<![\p{L}])(godkänner|godkänna|godkänns|beslutar|besluta|beslutas|fastställer|fastställa|antar|anta|antas|avslår|avslå|bifaller|bifalla|uppdrar|uppdra|lägger|lägga|läggs|delges|överlämnar|överlämna|föreslår|föreslås|tillstyrker|avstyrker|yttrar|avger|beviljar|bevilja|ger|tar)(?![\p{L}])/iu,
);

/** The numbered decisions right under the title, when the document has no heading for them. */
function implicitDecisions(preamble: DocParagraph[], title: DocParagraph | undefined): DocParagraph[] {
  const from = title ? preamble.indexOf(title) + 1 : 0;
  const isItem = (p: DocParagraph) => p.isListItem || /^\s*\d{1,2}[.)]\s+\S/.test(p.text);
  let i = from;
  while (i < preamble.length && !(isItem(preamble[i]) && !preamble[i].inTable && DECISION.for(preamble[i].text).test(preamble[i].text)))
    i++;
  if (i >= preamble.length) return [];
  // The sentence that introduces the list ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar:") belongs to it.
  let start = i;
  for (let k = i - 1; k >= from; k--) {
    const p = preamble[k];
    if (p.text.trim() === '') continue;
    if (!isItem(p) && p.headingLevel === null && !p.inTable && (/:\s*$/.test(p.text) || DECISION.for(p.text).test(p.text))) start = k;
    break;
  }
  let end = i;
  for (let k = i + 1; k < preamble.length; k++) {
    const p = preamble[k];
    if (p.text.trim() === '') continue;
    if (!isItem(p) || p.inTable) break;
    end = k;
  }
  return preamble.slice(start, end + 1);
}

/** Paragraphs that end the last section's content: the attestation block. */
function isEndMarker(p: DocParagraph): boolean {
  return /^(attesterat av|detta dokument har godkänts digitalt)/i.test(p.text.trim());
}

/** The level of the document's section headings: the most common level among the headings that name a section (the lower on a tie). */
function sectionLevel(named: { p: DocParagraph }[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { p } of named) if (p.headingLevel !== null) counts.set(p.headingLevel, (counts.get(p.headingLevel) ?? 0) + 1);
  let best: number | undefined;
  for (const [level, n] of counts)
    if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && level < best)) best = level;
  return best;
}

/**
 * The document's paragraphs by part: the body, and the page headers (and footers). Kept per list of
 * paragraphs while a check runs (the structure for detecting the profile and the one for the rules
 * share them; callers do not change them).
 */
export function partsOf(paragraphs: readonly DocParagraph[]): {
  body: DocParagraph[];
  header: DocParagraph[];
  headerFooter: DocParagraph[];
} {
  return scoped('parts', paragraphs, () => {
    const body: DocParagraph[] = [];
    const header: DocParagraph[] = [];
    const headerFooter: DocParagraph[] = [];
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.part === 'body') body.push(p);
      else if (p.part === 'header') {
        header.push(p);
        headerFooter.push(p);
      } else if (p.part === 'footer') headerFooter.push(p);
    }
    // The rules' searches through the body go through the document's paragraphs, joined once.
    partOf(body, paragraphs);
    return { body, header, headerFooter };
  });
}

export function buildStructure(doc: DocText, profile: ResolvedProfile = defaultStructureProfile()): Structure {
  const { body } = partsOf(doc.paragraphs);
  const sectionIdOf = (text: string) => standardSectionOf(text, profile);
  const named: { p: DocParagraph; id: StandardSectionId }[] = [];
  for (let i = 0; i < body.length; i++) {
    const p = body[i];
    // A text of more than 80 signs names no section (see standardSectionOf).
    if (p.inTable || p.isListItem || p.text.length > 80) continue;
    const id = sectionIdOf(p.text);
    if (id) named.push({ p, id });
  }
  // A heading below the sections' level is a sub-heading, even when it is named like a section.
  const level = sectionLevel(named);
  const topLevel = named.filter(({ p }) => level === undefined || p.headingLevel === null || p.headingLevel <= level);
  const candidates = new Map<StandardSectionId, DocParagraph>();
  for (const { p, id } of topLevel) {
    const prev = candidates.get(id);
    // The first occurrence wins, unless only a later one is styled as a heading.
    if (!prev || (prev.headingLevel === null && p.headingLevel !== null)) candidates.set(id, p);
  }
  const duplicates: Structure['duplicates'] = [];
  for (const { p, id } of topLevel) {
    if (p.headingLevel === null) continue;
    const first = candidates.get(id);
    // The same heading twice (after a merge); two different headings of one role ("Ärendet", "Ärendebeskrivning") are a house's habit.
    if (first && first !== p && first.headingLevel !== null && first.index < p.index && norm(first.text) === norm(p.text))
      duplicates.push({ id, heading: p, first });
  }
  const ordered = [...candidates.entries()].sort((a, b) => a[1].index - b[1].index);
  // Where each heading stands in the body (the last paragraph with its index, as a map of all would keep).
  const headings = new Set(ordered.map(([, p]) => p.index));
  const bodyPos = new Map<number, number>();
  // Where the paragraphs' indices are their places in the document, the body knows where each stands.
  if (ordered.every(([, p]) => (positionInPart(body, p.index) ?? -1) >= 0))
    for (const [, p] of ordered) bodyPos.set(p.index, positionInPart(body, p.index)!);
  else for (let i = 0; i < body.length; i++) if (headings.has(body[i].index)) bodyPos.set(body[i].index, i);
  const sections: SectionInfo[] = ordered.map(([id, heading], k) => {
    const from = (bodyPos.get(heading.index) ?? 0) + 1;
    const next = ordered[k + 1];
    const to = next ? (bodyPos.get(next[1].index) ?? body.length) : body.length;
    // The last section ends at the attestation block; the others at the next heading.
    let end = to;
    if (!next) for (let i = from; i < to && end === to; i++) if (isEndMarker(body[i])) end = i;
    const content: DocParagraph[] = body.slice(from, Math.max(from, end));
    runOf(content, body, from);
    return { id, heading, styled: heading.headingLevel !== null, content };
  });
  const firstIdx = sections.length ? sections[0].heading.index : Infinity;
  // The body's paragraphs before the first section: where the indices are places in the document, the
  // body up to the first heading.
  const firstAt = sections.length ? bodyPos.get(firstIdx) : body.length;
  const regular = !sections.length ? positionInPart(body, 0) !== undefined : positionInPart(body, firstIdx) === firstAt;
  let preamble = regular && firstAt !== undefined ? body.slice(0, firstAt) : body.filter((p) => p.index < firstIdx);

  let title = preamble.find((p) => p.headingLevel === 1 && p.text.trim() !== '');
  if (!title) {
    const cands = preamble.filter(
      (p) =>
        !p.inTable &&
        p.text.trim().split(/\s+/).length >= 4 &&
        findYears(p.text).length > 0 &&
        !/telefon|dnr|sida \d|handläggare/i.test(p.text),
    );
    title = cands[cands.length - 1];
  }

  // No heading for the decision part: numbered decisions right under the title count as it.
  if (!candidates.has('forslag') && profile.avsnitt.some((a) => a.id === 'forslag')) {
    const block = implicitDecisions(preamble, title);
    if (block.length > 0) {
      sections.unshift({ id: 'forslag', heading: block[0], styled: true, content: block, implicit: true });
      preamble = preamble.filter((p) => p.index < block[0].index);
    }
  }
  const byId: Partial<Record<StandardSectionId, SectionInfo>> = {};
  for (const s of sections) byId[s.id] = s;

  const dates = headerDates(doc, preamble, title, body);
  const { documentDate, meetingDate, dateSources } = dates;
  const documentYear = documentDate ? Number(documentDate.iso.slice(0, 4)) : diarieYear([...dates.headerTexts]);

  // The section of each paragraph: where indices are places in the document, the section whose
  // heading it is or whose content holds its place in the body (the last such, as the map below
  // keeps); else a map made the first time it is asked for.
  const contentAt = sections.map((sec) => (sec.implicit ? undefined : bodyPos.get(sec.heading.index)));
  const placed = contentAt.every((at, k) => sections[k].implicit || at !== undefined) && positionInPart(body, 0) !== undefined;
  let owner: Map<number, SectionInfo> | undefined;
  const sectionOf = (idx: number): SectionInfo | undefined => {
    if (placed) {
      const at = positionInPart(body, idx)!;
      let hit: SectionInfo | undefined;
      sections.forEach((sec, k) => {
        const from = sec.implicit ? body.indexOf(sec.content[0]) : contentAt[k]! + 1;
        if (sec.heading.index === idx || (at >= 0 && at >= from && at < from + sec.content.length)) hit = sec;
      });
      return hit;
    }
    if (!owner) {
      owner = new Map<number, SectionInfo>();
      for (const sec of sections) {
        owner.set(sec.heading.index, sec);
        for (const p of sec.content) owner.set(p.index, sec);
      }
    }
    return owner.get(idx);
  };
  const headingBefore = (idx: number): DocParagraph | undefined => {
    let h: DocParagraph | undefined;
    for (const p of body) {
      if (p.index > idx) break;
      if (p.headingLevel !== null || sectionIdOf(p.text)) h = p;
    }
    return h;
  };
  return {
    body,
    sections,
    byId,
    duplicates,
    preamble,
    title,
    documentDate,
    meetingDate,
    dateSources,
    documentYear,
    introText: title
      ? preamble.slice(preamble.indexOf(title) + 1).filter((p) => !p.inTable && p.headingLevel === null && countWordsIn(p.text) >= 15)
      : [],
    sectionOf,
    headingBefore,
    profile,
    sectionIdOf,
  };
}

function countWordsIn(t: string): number {
  const letter = LETTER.for(t);
  return t.split(/\s+/).filter((w) => letter.test(w)).length;
}

const LETTER = twin(/\p{L}/u);

/** ISO and written-out dates ("1 september 2014") with a year, in text order. */
function datesIn(text: string): { iso: string; start: number; end: number }[] {
  return [...findIsoDates(text), ...findLongDates(text).filter((d) => d.hasYear)].sort((a, b) => a.start - b.start);
}

/** A line that names the document itself with its date: "Kultur- och föreningsnämndens tjänsteskrivelse den 26 oktober 2011". */
const SELF_LINE = twin(/^[\p{L}\- ]{0,60}?(?:tjänsteskrivelse|tjänsteutlåtande)(?:,|\s+daterad|\s+den)?\s+(?=\d)/iu);

/**
 * The document's date and the nämnd's meeting date from the page header and the header block: a
 * date after the "Till" line is the meeting date; one before it is the document's date. Without
 * any, a list line naming the document's own tjänsteskrivelse with a date gives it.
 */
function headerDates(
  doc: DocText,
  preamble: DocParagraph[],
  title: DocParagraph | undefined,
  body: DocParagraph[],
): Pick<Structure, 'documentDate' | 'meetingDate' | 'dateSources'> & { headerTexts: string[] } {
  let documentDate: DateAt | undefined;
  let meetingDate: DateAt | undefined;
  const dateSources: Structure['dateSources'] = {};
  const pageHeader = partsOf(doc.paragraphs).header;
  const block = preamble.filter((p) => p !== title && p.headingLevel === null);
  let seenTill = false;
  const loose: DateAt[] = [];
  for (const p of [...pageHeader, ...block]) {
    const tillAt = p.text.search(/\bTill\b/);
    for (const d of p.part === 'header' ? findIsoDates(p.text) : datesIn(p.text)) {
      const entry = { iso: d.iso, paragraph: p.index, start: d.start, end: d.end };
      const afterTill = seenTill || (tillAt >= 0 && d.start > tillAt);
      if (!afterTill && p.part === 'header' && !dateSources.pageHeader) dateSources.pageHeader = entry;
      if (!afterTill && p.part !== 'header' && !dateSources.pageOne) dateSources.pageOne = entry;
      if (afterTill) {
        if (!meetingDate) meetingDate = entry;
      } else if (!documentDate) documentDate = entry;
      else loose.push(entry);
    }
    if (tillAt >= 0) seenTill = true;
  }
  // Without a "Till" line, a later date in the header block is the meeting's.
  const later = documentDate ? loose.filter((d) => d.iso > documentDate!.iso) : [];
  if (!seenTill && later.length > 0 && !meetingDate) meetingDate = later[later.length - 1];
  if (!documentDate) {
    for (const p of body) {
      if (p.text.length > 120 || !SELF_LINE.for(p.text).test(p.text)) continue;
      const at = SELF_LINE.for(p.text).exec(p.text)![0].length;
      const d = datesIn(p.text).find((x) => x.start === at);
      if (d) {
        documentDate = dateSources.fromList = { iso: d.iso, paragraph: p.index, start: d.start, end: d.end };
        break;
      }
    }
  }
  return { documentDate, meetingDate, dateSources, headerTexts: [...pageHeader, ...block].map((p) => p.text) };
}

/** The year of a diarienummer in the header: "KS-2013/", "SÄN 2011/214", "Dnr 3.2.1-792/2020", "SN/2010/0032", "SN 18/0098". */
const DIARIE_SHORT = twin(/(?<![\p{L}\d])\p{Lu}{2,5}[ -]?(\d\d)\/\d{2,5}(?!\d)/u);

function diarieYear(texts: string[]): number | undefined {
  for (const t of texts) {
    const m = /(?<![\d.])((?:19|20)\d\d)\/(?:\d|$|\s)/.exec(t) ?? /\d\/((?:19|20)\d\d)(?!\d)/.exec(t) ?? DIARIE_SHORT.for(t).exec(t);
    if (m) return m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  }
  return undefined;
}

/** The text of a section's content, paragraphs joined by newlines. */
export function sectionText(s: SectionInfo | undefined): string {
  return s ? s.content.map((p) => p.text).join('\n') : '';
}
