/**
 * Reading the document for the Word adapter: our sections (content controls tagged "tu:…") with
 * their current text, and every body paragraph for the checker. Queues and syncs at fixed points;
 * never syncs in a loop except over fixed-size chunks of a very long document (READ_CHUNK).
 *
 * Track Changes: where WordApi 1.4 is supported, Document.changeTrackingMode is read with the
 * rest. When tracking is on, text removed earlier is still in the document as tracked deletions
 * and in every `text` Word gives; the current text (getReviewedText('Current'), deletions left
 * out) is read instead, so a deletion is neither a user's edit of a section nor text the checker
 * reads. RESIDUAL RISK: tracked deletions left from a time when tracking was on, in a document
 * where it is now off, are read as text (the section then counts as edited: the user is asked).
 */
import { normalizeForFingerprint, fingerprint } from '../model/fingerprint';
import { SECTION_TITLES, sectionTag, type SectionId } from '../model/sections';
import type { StoredState } from '../model/stored-case';
import type { DocParagraph } from '../check/types';
import { isSectionId } from './validate';
import { itemsOf, type CaseStore, type StoreRead } from './store';
import { syncInChunks } from './chunks';

/** Paragraphs whose reviewed text is read in one sync (each is one small method call). */
export const READ_CHUNK = 4000;

export interface SectionState {
  id: SectionId;
  /** The first control with the section's tag (document order), as loaded. */
  control: Word.ContentControl | null;
  count: number;
  currentText: string;
}

export interface SectionsRead {
  states: Map<SectionId, SectionState>;
  store: StoreRead;
  /** Track Changes is on (WordApi 1.4; undefined where it cannot be read). */
  trackChanges?: boolean;
}

function isTracking(mode: string | undefined): boolean | undefined {
  if (mode === undefined) return undefined;
  return mode !== 'Off';
}

/**
 * Reads every tu: control's tag and text and the store: one sync, a second only when the stored
 * part must be fetched or Track Changes is on (then the sections' current text is read too).
 */
export async function readSections(
  context: Word.RequestContext,
  store: CaseStore,
  ids: readonly SectionId[],
  canTrack: boolean,
): Promise<SectionsRead> {
  const controls = context.document.body.contentControls;
  controls.load('items/tag,items/text');
  if (canTrack) context.document.load('changeTrackingMode');
  const read = store.queueRead(context);
  await context.sync();
  const trackChanges = canTrack ? isTracking(context.document.changeTrackingMode) : undefined;
  let again = store.queueXml(read);
  const states = sectionStates(controls, ids);
  const reviewed: [SectionState, OfficeExtension.ClientResult<string>][] = [];
  if (trackChanges) {
    for (const st of states.values()) if (st.control) reviewed.push([st, st.control.getReviewedText('Current')]);
    again = again || reviewed.length > 0;
  }
  if (again) await context.sync();
  for (const [st, r] of reviewed) st.currentText = r.value;
  return { states, store: read, trackChanges };
}

export function sectionStates(controls: Word.ContentControlCollection, ids: readonly SectionId[]): Map<SectionId, SectionState> {
  const map = new Map<SectionId, SectionState>();
  for (const id of ids) map.set(id, { id, control: null, count: 0, currentText: '' });
  for (const cc of itemsOf(controls)) {
    const tag = cc.tag;
    if (!tag || !tag.startsWith('tu:')) continue;
    const id = tag.slice(3);
    if (!isSectionId(id)) continue;
    let st = map.get(id);
    if (!st) {
      st = { id, control: null, count: 0, currentText: '' };
      map.set(id, st);
    }
    st.count++;
    if (!st.control) {
      st.control = cc;
      st.currentText = cc.text;
    }
  }
  return map;
}

export function duplicateWarnings(states: Map<SectionId, SectionState>, ids: readonly SectionId[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const st = states.get(id);
    if (st && st.count > 1) {
      out.push(
        `Avsnittet "${SECTION_TITLES[id]}" finns ${st.count} gånger i dokumentet (innehållskontroll ${sectionTag(id)}). Bara det första uppdateras. Ta bort kopian om den inte behövs.`,
      );
    }
  }
  return out;
}

/** True when the user changed the section since the add-in wrote it (and it differs from the new text). */
export function isEdited(st: SectionState, stored: StoredState | undefined, newText: string): boolean {
  const current = normalizeForFingerprint(st.currentText);
  if (current === '') return false; // nothing to lose
  if (current === normalizeForFingerprint(newText)) return false; // same text: nothing to lose
  const fp = stored?.fingerprints[st.id];
  if (!fp) return true; // no record of what we inserted: treat as the user's
  return fp !== fingerprint(st.currentText);
}

const VERTICAL_TAB = String.fromCharCode(11);

/** Word's text of a control (paragraph marks "\r", manual line breaks "\v") as lines. */
export function displayText(wordTextValue: string): string {
  return wordTextValue.replace(/\r\n?/g, '\n').split(VERTICAL_TAB).join('\n');
}

/**
 * Reads every body paragraph for the checker (text, heading level, list, table, tag), the store,
 * and Track Changes; with tracking on, each paragraph's current text (READ_CHUNK per sync).
 */
export async function readParagraphs(
  context: Word.RequestContext,
  store: CaseStore,
  canTrack: boolean,
): Promise<{ paragraphs: DocParagraph[]; store: StoreRead; trackChanges?: boolean }> {
  const paras = context.document.body.paragraphs;
  paras.load(
    'items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel,items/parentContentControlOrNullObject/tag',
  );
  if (canTrack) context.document.load('changeTrackingMode');
  const read = store.queueRead(context);
  await context.sync();
  const trackChanges = canTrack ? isTracking(context.document.changeTrackingMode) : undefined;
  const items = itemsOf(paras);
  const texts = items.map((p) => p.text);
  let xmlPending = store.queueXml(read);
  if (trackChanges && items.length > 0) {
    // Fixed-size chunks: the number of syncs grows with the document only when tracking is on.
    const chunks = Math.ceil(items.length / READ_CHUNK);
    await syncInChunks(context, chunks, (k) => {
      const from = k * READ_CHUNK;
      const results = items.slice(from, from + READ_CHUNK).map((p) => p.getReviewedText('Current'));
      return () => results.forEach((r, i) => (texts[from + i] = r.value));
    });
    xmlPending = false;
  }
  if (xmlPending) await context.sync();
  const paragraphs: DocParagraph[] = items.map((p, index) => {
    const m = /^Heading([1-9])$/.exec(p.styleBuiltIn ?? '');
    const ol = p.outlineLevel;
    const headingLevel = m ? Number(m[1]) : typeof ol === 'number' && ol >= 1 && ol <= 9 ? ol : null;
    const cc = p.parentContentControlOrNullObject;
    const dp: DocParagraph = {
      index,
      text: texts[index],
      headingLevel,
      styleName: p.style,
      isListItem: p.isListItem,
      inTable: p.tableNestingLevel > 0,
      part: 'body',
    };
    if (!cc.isNullObject && cc.tag) dp.tag = cc.tag;
    return dp;
  });
  return { paragraphs, store: read, trackChanges };
}

/** Which match of `sub` (Word finds them left to right, not overlapping) starts at `start`; -1 if none. */
export function occurrenceIndex(text: string, sub: string, start: number): number {
  let from = 0;
  for (let k = 0; ; k++) {
    const i = text.indexOf(sub, from);
    if (i < 0 || i > start) return -1;
    if (i === start) return k;
    from = i + sub.length;
  }
}
