/**
 * The contract between the task pane and the Word adapter (src/word/adapter.ts, the only code
 * that touches Word.*). Every method is one Word.run with a fixed number of context.sync() calls,
 * plus one per MB of request beyond the first when a write is large (see adapter.ts).
 */
import type { Case } from '../model/case';
import type { Block, DraftDocument } from '../draft/types';
import type { SectionId } from '../model/sections';
import type { DocText } from '../check/types';

/** A section the user has edited since the add-in inserted it; shown to the user before replacing. */
export interface SectionConflict {
  id: SectionId;
  title: string;
  /** The text now in the document (what would be lost). */
  currentText: string;
  /** The text that would replace it. */
  newText: string;
}

export interface UpdatePlan {
  /** Sections asked for that are not yet in the document. */
  toInsert: SectionId[];
  /** Sections in the document, unchanged by the user since insertion: safe to replace. */
  toUpdate: SectionId[];
  /** Sections in the document that the user edited: replace only with consent. */
  conflicts: SectionConflict[];
  /** Plain-Swedish notes, e.g. a section found twice in the document (added). */
  warnings?: string[];
  /**
   * True when Word's Track Changes is on: the add-in's text will appear as tracked changes
   * (insertions, and the replaced text as deletions). Absent when it is off, and where Word cannot
   * tell (below WordApi 1.4).
   */
  trackChanges?: boolean;
}

export interface ApplyResult {
  inserted: SectionId[];
  updated: SectionId[];
  /** Edited sections left alone (no consent given, or edited again since the plan). */
  skipped: SectionId[];
  /**
   * The skipped sections with the text now in the document and the text that would replace it, so
   * the pane can call apply first and ask only when something was skipped (one action, no plan).
   */
  conflicts?: SectionConflict[];
  /** Plain-Swedish notes for the user, e.g. a duplicated section or a store that could not be saved (added). */
  warnings?: string[];
  /** As UpdatePlan.trackChanges: Track Changes was on, so the text went in as tracked changes. */
  trackChanges?: boolean;
}

/** Where insertAtCursor put the blocks (added). */
export interface InsertAtCursorResult {
  /** 'cursor': after the cursor's paragraph; 'after-section': the cursor was inside one of our sections, so after it; 'after-table': after the table the cursor was in. */
  placement: 'cursor' | 'after-section' | 'after-table';
  /** The section the cursor was in, for 'after-section'. */
  section?: SectionId;
  /** A plain-Swedish note for the user when the blocks did not land exactly at the cursor. */
  message?: string;
}

export interface WordAdapter {
  /** Reads which of the asked sections exist and which were edited by the user (one read). */
  plan(doc: DraftDocument, ids: readonly SectionId[]): Promise<UpdatePlan>;
  /**
   * Inserts missing sections in standard order between their neighbours, updates unedited ones in
   * place, and replaces edited ones only when listed in `replaceEdited`. Stores the case in the
   * document in the last write. On failure nothing of the user's is touched and the stored case
   * is not written, so a section left half-written counts as edited and is never replaced without
   * asking (see adapter.ts for why a large write cannot be all or nothing in Word).
   */
  apply(doc: DraftDocument, c: Case, ids: readonly SectionId[], replaceEdited: readonly SectionId[]): Promise<ApplyResult>;
  /** Inserts blocks (for example one project block) at the cursor, outside any tu: control. */
  insertAtCursor(blocks: Block[]): Promise<InsertAtCursorResult | void>;
  /** Reads the whole document for the checker (one batched read). */
  readDocText(): Promise<DocText>;
  /** Selects a character range of a body paragraph (from a Finding). */
  select(paragraph: number, start: number, end: number): Promise<void>;
  /** The case stored in the document, unvalidated, or undefined when there is none. */
  loadStoredCase(): Promise<unknown>;
}
