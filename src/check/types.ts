/**
 * DocText: the host-free text of a document that the checker reads. Fed by the Word adapter
 * (one batched read) and by the .docx reader.
 */
import type { Case } from '../model/case';
import type { Severity } from '../model/severity';

export type DocPart = 'body' | 'header' | 'footer' | 'footnote' | 'endnote' | 'comment' | 'textbox';

export interface DocParagraph {
  /** Position in DocText.paragraphs (0-based). For part 'body' it is also the index among the body's paragraphs. */
  index: number;
  text: string;
  /** 1–9 when the paragraph is a heading (built-in heading style or outline level), else null. */
  headingLevel: number | null;
  /** The paragraph style's display name when known ("Heading 1", "Rubrik 1", "Normal"). */
  styleName?: string;
  isListItem: boolean;
  /** True when the paragraph sits in a table cell. */
  inTable: boolean;
  part: DocPart;
  /** The tag of the content control the paragraph is in ("tu:arendet"), when any. */
  tag?: string;
}

export interface DocText {
  paragraphs: DocParagraph[];
  /** The case stored in the document (custom XML part), when there is one. */
  storedCase?: Case;
  /** Where the text came from, for messages: a file name or "Word-dokumentet". */
  source: string;
  /** Why the case stored in the document could not be used (tampered or invalid), in Swedish; set by the .docx reader. */
  storedCaseProblem?: string;
  /** Text deleted with tracked changes that is still inside the file, by paragraph (the .docx reader; read by the personnummer rule). */
  deletedText?: { paragraph: number; text: string }[];
}

export type { Severity };

/** The values of a message's {placeholders}. */
export type FindingData = Record<string, string | number>;

export interface Finding {
  rule: string;
  severity: Severity;
  /** Plain Swedish: what is wrong and how to fix it (the rule's message with its data filled in). */
  message: string;
  /** Which of the rule's messages (meta.messages) this is. */
  messageId?: string;
  /** The values filled into the message. */
  data?: FindingData;
  /** Index into DocText.paragraphs; -1 when the finding concerns the whole document. */
  paragraph: number;
  /** Character range in that paragraph's text (end exclusive). */
  start: number;
  end: number;
  /** The text the finding points at, short. */
  excerpt: string;
}
