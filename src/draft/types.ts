/**
 * DraftDocument: the host-free document a case is drafted into. The docx writer and the Word
 * adapter are short translations of it. Text is plain Unicode; non-breaking spaces are U+00A0.
 */
import type { DocumentKind } from '../model/case';
import type { SectionId } from '../model/sections';

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | SignaturesBlock;

export interface HeadingBlock {
  type: 'heading';
  /** 1 = the document title, 2 = a standard section, 3 = a subsection, 4 = a sub-subsection. */
  level: 1 | 2 | 3 | 4;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** Italic, for example the names of ongoing projects as seed 002 writes them. */
  italic?: boolean;
}

export interface ListItem {
  /** The list item's own text (the numbered or bulleted line). */
  text: string;
  italic?: boolean;
  /** Body paragraphs that follow the item, not numbered; a later item continues the numbering. */
  body?: string[];
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
}

export interface SignaturesBlock {
  type: 'signatures';
  people: { namn: string; titel: string; forvaltning?: string }[];
}

export interface DraftSection {
  id: SectionId;
  /** The heading text; null for the header block, which has no heading. */
  heading: string | null;
  /** Heading level of the section's own heading (1 for the title, 2 for standard sections). */
  headingLevel: 1 | 2;
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
