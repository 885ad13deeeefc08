/**
 * The structure of a DocText as the rules see it: the standard sections found by their heading
 * text (case-insensitive, tolerant of "Förvaltningens förslag till beslut" / "Förslag till beslut"
 * and the like), the preamble (header block and title), and the document's dates and years.
 */
import { SECTION_IDS, SECTION_TITLES, type StandardSectionId } from '../model/sections';
import type { DocParagraph, DocText } from './types';
import { findIsoDates, findYears, norm } from './text';

export interface SectionInfo {
  id: StandardSectionId;
  /** The heading paragraph. */
  heading: DocParagraph;
  /** True when the heading has a heading style (or outline level). */
  styled: boolean;
  /** The paragraphs after the heading up to the next standard heading (or the end marker). */
  content: DocParagraph[];
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
  documentDate?: { iso: string; paragraph: number; start: number; end: number };
  meetingDate?: { iso: string; paragraph: number; start: number; end: number };
  /** The section a paragraph belongs to. */
  sectionOf(paragraphIndex: number): SectionInfo | undefined;
  /** The last heading (any level) at or before a paragraph, for context. */
  headingBefore(paragraphIndex: number): DocParagraph | undefined;
}

const PATTERNS: Record<StandardSectionId, RegExp> = {
  forslag: /^(?:[\p{L}-]+s )?förslag till beslut$/u,
  sammanfattning: /^sammanfattning$/u,
  bakgrund: /^bakgrund$/u,
  beredning: /^(?:ärendets )?beredning$/u,
  arendet: /^ärendet$/u,
  synpunkter: /^(?:[\p{L}-]+s )?synpunkter(?: och förslag(?: till beslut)?)?$/u,
  bilagor: /^bilag(?:a|or)$/u,
};

/** Which standard section a heading text names, if any. */
export function standardSectionOf(text: string): StandardSectionId | undefined {
  if (text.length > 80) return undefined;
  const t = norm(text)
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/[:.]$/, '')
    .trim();
  for (const id of SECTION_IDS) if (PATTERNS[id].test(t)) return id;
  return undefined;
}

/** Paragraphs that end the last section's content: the attestation block. */
function isEndMarker(p: DocParagraph): boolean {
  return /^(attesterat av|detta dokument har godkänts digitalt)/i.test(p.text.trim());
}

export function buildStructure(doc: DocText): Structure {
  const body = doc.paragraphs.filter((p) => p.part === 'body');
  const candidates = new Map<StandardSectionId, DocParagraph>();
  for (const p of body) {
    if (p.inTable || p.isListItem) continue;
    const id = standardSectionOf(p.text);
    if (!id) continue;
    const prev = candidates.get(id);
    // The first occurrence wins, unless only a later one is styled as a heading.
    if (!prev || (prev.headingLevel === null && p.headingLevel !== null)) candidates.set(id, p);
  }
  const duplicates: Structure['duplicates'] = [];
  for (const p of body) {
    if (p.inTable || p.isListItem || p.headingLevel === null) continue;
    const id = standardSectionOf(p.text);
    const first = id ? candidates.get(id) : undefined;
    if (id && first && first !== p && first.headingLevel !== null && first.index < p.index) duplicates.push({ id, heading: p, first });
  }
  const ordered = [...candidates.entries()].sort((a, b) => a[1].index - b[1].index);
  const bodyPos = new Map<number, number>();
  body.forEach((p, i) => bodyPos.set(p.index, i));
  const sections: SectionInfo[] = ordered.map(([id, heading], k) => {
    const from = (bodyPos.get(heading.index) ?? 0) + 1;
    const next = ordered[k + 1];
    const to = next ? (bodyPos.get(next[1].index) ?? body.length) : body.length;
    const content: DocParagraph[] = [];
    for (let i = from; i < to; i++) {
      if (!next && isEndMarker(body[i])) break;
      content.push(body[i]);
    }
    return { id, heading, styled: heading.headingLevel !== null, content };
  });
  const byId: Partial<Record<StandardSectionId, SectionInfo>> = {};
  for (const s of sections) byId[s.id] = s;
  const firstIdx = sections.length ? sections[0].heading.index : Infinity;
  const preamble = body.filter((p) => p.index < firstIdx);

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

  // Header dates: a date after the "Till" line is the meeting date; one before it is the document's date.
  let documentDate: Structure['documentDate'];
  let meetingDate: Structure['meetingDate'];
  const headerParas = [...doc.paragraphs.filter((p) => p.part === 'header'), ...preamble];
  let seenTill = false;
  const loose: { iso: string; paragraph: number; start: number; end: number }[] = [];
  for (const p of headerParas) {
    const tillAt = p.text.search(/\bTill\b/);
    for (const d of findIsoDates(p.text)) {
      const entry = { iso: d.iso, paragraph: p.index, start: d.start, end: d.end };
      if (seenTill || (tillAt >= 0 && d.start > tillAt)) {
        if (!meetingDate) meetingDate = entry;
      } else if (!documentDate) documentDate = entry;
      else loose.push(entry);
    }
    if (tillAt >= 0) seenTill = true;
  }
  if (!seenTill && documentDate && loose.length > 0 && !meetingDate) {
    meetingDate = loose[loose.length - 1];
  }

  const owner = new Map<number, SectionInfo>();
  for (const sec of sections) {
    owner.set(sec.heading.index, sec);
    for (const p of sec.content) owner.set(p.index, sec);
  }
  const sectionOf = (idx: number): SectionInfo | undefined => owner.get(idx);
  const headingBefore = (idx: number): DocParagraph | undefined => {
    let h: DocParagraph | undefined;
    for (const p of body) {
      if (p.index > idx) break;
      if (p.headingLevel !== null || standardSectionOf(p.text)) h = p;
    }
    return h;
  };
  return { body, sections, byId, duplicates, preamble, title, documentDate, meetingDate, sectionOf, headingBefore };
}

/** The text of a section's content, paragraphs joined by newlines. */
export function sectionText(s: SectionInfo | undefined): string {
  return s ? s.content.map((p) => p.text).join('\n') : '';
}
