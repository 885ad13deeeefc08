/**
 * DraftDocument: the host-free document a case is drafted into. The docx writer and the Word
 * adapter are short translations of it. Text is plain Unicode; non-breaking spaces are U+00A0.
 */
import type { DocumentKind } from '../model/case';
import type { SectionId } from '../model/sections';

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | SignaturesBlock;

/**
 * Where a piece of drafted text comes from. Nothing in a draft is invented: every sentence names
 * at least one source.
 * - `case:<path>`: a field of the case, e.g. "case:lum[2].resultat", "case:ar.redovisning";
 * - `criteria:<path>`: a field of the year's criteria, e.g. "criteria:utlysning.oppnar";
 * - `wording:<id>`: standard wording that the house style names (src/draft/wording.ts);
 * - `placeholder:<id>`: a prompt where the handläggare must write (see PlaceholderRange).
 */
export type SourceRef = `case:${string}` | `criteria:${string}` | `wording:${string}` | `placeholder:${string}`;

/** One sentence (or one verbatim paragraph of the case's or the criteria's own text) with its sources. */
export interface Sentence {
  text: string;
  sources: SourceRef[];
  /** True when the text is the case's or the criteria's own words, copied as written (not our wording). */
  verbatim?: boolean;
  /** Our own words in the sentence (the case's and the criteria's values left out), for measuring klarspråk. */
  own?: string;
}

/**
 * A part of a paragraph the handläggare must write: the characters [start, end) of the paragraph's
 * text hold the marker "[Skriv … här]" (PLACEHOLDER_MARKER). Hosts show it as placeholder text
 * (a content control showing its placeholder in Word); a host that does not know it still shows
 * the marker, and the checker's rule placeholder-left reports it as an error.
 */
export interface PlaceholderRange {
  start: number;
  end: number;
  /** Stable id, e.g. "sammanfattning-resultat". */
  id: string;
  /** The Swedish prompt without brackets: "Skriv årets viktigaste resultat här …". */
  prompt: string;
}

/** Recognizes our placeholder marker text: "[Skriv … ]". */
export const PLACEHOLDER_MARKER = /\[Skriv [^\]\n]*\]/gu;

export interface HeadingBlock {
  type: 'heading';
  /** 1 = the document title, 2 = a standard section, 3 = a subsection, 4 = a sub-subsection. */
  level: 1 | 2 | 3 | 4;
  text: string;
  sources?: SourceRef[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** Italic, for example the names of ongoing projects as seed 002 writes them. */
  italic?: boolean;
  /** The sentences of the paragraph with their sources; their texts joined by one space are `text`. */
  sentences?: Sentence[];
  /** Placeholders inside the text (a whole-paragraph placeholder covers all of it). */
  placeholders?: PlaceholderRange[];
}

export interface ListItem {
  /** The list item's own text (the numbered or bulleted line). */
  text: string;
  italic?: boolean;
  /** Body paragraphs that follow the item, not numbered; a later item continues the numbering. */
  body?: string[];
  /** The item's sentences with their sources (joined by a space they are `text`). */
  sentences?: Sentence[];
  /** The sentences of each body paragraph, index by index with `body`. */
  bodySentences?: Sentence[][];
  /**
   * Indexes into `body` of paragraphs that are bullet points (a list written inside the project's
   * results or description). Hosts show them as a bulleted list under the item.
   */
  bodyBullets?: number[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface TableBlock {
  type: 'table';
  header: string[];
  rows: string[][];
  sources?: SourceRef[];
}

export interface SignaturesBlock {
  type: 'signatures';
  people: { namn: string; titel: string; forvaltning?: string }[];
  sources?: SourceRef[];
}

export interface DraftSection {
  id: SectionId;
  /** The heading text; null for the header block, which has no heading. */
  heading: string | null;
  /** Heading level of the section's own heading (1 for the title, 2 for standard sections). */
  headingLevel: 1 | 2;
  /** Where the heading comes from: a standard wording id or the house-style profile. */
  headingSources?: SourceRef[];
  blocks: Block[];
}

/** The facts of the header block (dokumenthuvud). */
export interface HeaderInfo {
  forvaltning: string;
  avdelning: string;
  dokumentnamn: 'Tjänsteutlåtande';
  dnr: string;
  datum: string;
  handlaggare: string;
  telefon: string;
  till: string;
  sammantradesdatum: string;
}

export interface DraftDocument {
  kind: DocumentKind;
  title: string;
  header: HeaderInfo;
  /** In document order: huvud, titel, then the standard sections. */
  sections: DraftSection[];
  /** The sources of the title (the case's titel, or the years and the year's terms). */
  titleSources?: SourceRef[];
  /** What the drafter wants the user to know, in Swedish (for example that the year has no criteria). */
  warnings?: string[];
}

/** A stretch of a paragraph's text: plain, or a placeholder the handläggare must replace. */
export interface TextSegment {
  text: string;
  placeholder?: { id: string; prompt: string };
}

/**
 * A paragraph's text cut at its placeholders, in order: what a host writes as runs, with the
 * placeholder segments as content controls showing their placeholder text.
 */
export function paragraphSegments(block: Pick<ParagraphBlock, 'text' | 'placeholders'>): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const r of [...(block.placeholders ?? [])].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > block.text.length || r.end <= r.start) continue;
    if (r.start > at) out.push({ text: block.text.slice(at, r.start) });
    out.push({ text: block.text.slice(r.start, r.end), placeholder: { id: r.id, prompt: r.prompt } });
    at = r.end;
  }
  if (at < block.text.length || out.length === 0) out.push({ text: block.text.slice(at) });
  return out;
}

/** The plain text of a block as lines (headings, paragraphs, list items, table rows). */
export function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.flatMap((it) => [it.text, ...(it.body ?? [])]);
    case 'table':
      return [block.header.join('\t'), ...block.rows.map((r) => r.join('\t'))];
    case 'signatures':
      return block.people.flatMap((p) => [p.namn, p.titel, ...(p.forvaltning ? [p.forvaltning] : [])]);
  }
}

/** The plain text of a section, heading first, one line per paragraph. */
export function sectionText(section: DraftSection): string {
  return [...(section.heading ? [section.heading] : []), ...section.blocks.flatMap(blockLines)].join('\n');
}

/** The page header as text lines: förvaltning and avdelning, then Tjänsteutlåtande, Dnr and the date (as the .docx's page header). */
export function headerLines(h: HeaderInfo): string[] {
  return [h.forvaltning, h.avdelning, h.dokumentnamn, `Dnr ${h.dnr}`, h.datum].filter((x) => x.trim() !== '');
}

/** The whole draft as plain text (tu draft --format text): the page header, then each section. */
export function documentText(doc: DraftDocument): string {
  return [headerLines(doc.header).join('\n'), ...doc.sections.map(sectionText)].join('\n\n');
}
