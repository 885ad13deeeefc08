/**
 * apply(): reads our sections and the store, decides per section (insert, update, or skip an
 * edited one without consent), then queues the writes section by section in standard order, each
 * written from its control (write.ts), and sends them in chunks under the request budget
 * (chunks.ts), the stored case in the last one. See adapter.ts for the guarantees this order keeps.
 */
import type { Case } from '../model/case';
import { sectionText, type DraftSection } from '../draft/types';
import { ALL_SECTION_IDS, SECTION_TITLES, sectionTag, type SectionId } from '../model/sections';
import { fingerprint } from '../model/fingerprint';
import { encodeStoredXml, type StoredState } from '../model/stored-case';
import type { ApplyResult } from './types';
import { sectionOrder } from './validate';
import type { CaseStore } from './store';
import { displayText, duplicateWarnings, isEdited, readSections } from './read';
import { Writer, SECTION_BYTES, localizedHeadingName, sectionSteps, type WrittenHeading } from './write';
import { jsonBytes, packChunks, syncInChunks } from './chunks';

/**
 * What one write chunk may weigh by the writer's estimate (write.ts). Below REQUEST_BUDGET so that
 * the estimate's error cannot push a request over it; the real sizes are measured in the tests
 * and the bench on Microsoft's library.
 */
export const CHUNK_ESTIMATE_LIMIT = 920_000;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Where a new section goes: after the nearest preceding section of ours (in standard order),
 * else before the nearest following one, else at the end of the document. Returns a new empty
 * paragraph there (outside every existing control). Queues only.
 */
function insertionPoint(
  context: Word.RequestContext,
  id: SectionId,
  control: (id: SectionId) => Word.ContentControl | null,
): Word.Paragraph {
  const i = sectionOrder(id);
  for (let j = i - 1; j >= 0; j--) {
    const prev = control(ALL_SECTION_IDS[j]);
    if (prev) return prev.insertParagraph('', 'After');
  }
  for (let j = i + 1; j < ALL_SECTION_IDS.length; j++) {
    const next = control(ALL_SECTION_IDS[j]);
    if (next) return next.insertParagraph('', 'Before');
  }
  return context.document.body.insertParagraph('', 'End');
}

/**
 * Headings that did not take their built-in style (Office-Add-in-samples #223) are set by their
 * localized name, in one more sync; a Swedish warning if even that fails. After the writes' syncs
 * (their styleBuiltIn was loaded with them).
 */
export async function fixHeadings(context: Word.RequestContext, headings: WrittenHeading[], language: string): Promise<string | undefined> {
  const wrong = headings.filter((h) => h.p.styleBuiltIn !== h.style);
  if (wrong.length === 0) return undefined;
  for (const h of wrong) h.p.style = localizedHeadingName(h.level, language);
  try {
    await context.sync();
    return undefined;
  } catch (e) {
    return `${wrong.length} rubriker fick inte Words rubrikformat (${errorText(e)}). Texten är infogad; ge rubrikerna formatet ${localizedHeadingName(2, language)} för hand.`;
  }
}

interface Queued {
  bytes: number;
  run: () => void;
}

export interface WriteRequest {
  store: CaseStore;
  /** The asked sections, validated, in standard order. */
  sections: DraftSection[];
  validCase: Case;
  /** Edited sections the user agreed to replace. */
  consent: ReadonlySet<SectionId>;
  /** WordApi 1.4: Track Changes can be read. */
  canTrack: boolean;
  /** Word's language, for the headings' localized style names. */
  language: string;
}

/** The body of apply() inside its Word.run: reads, decides, writes in chunks, stores last. */
export async function writeSections(
  context: Word.RequestContext,
  { store, sections, validCase, consent, canTrack, language }: WriteRequest,
): Promise<{ result: ApplyResult; newState: StoredState }> {
  const read = await readSections(context, store, ALL_SECTION_IDS, canTrack);
  const { state: stored, partIndex } = store.state(read.store);
  const states = read.states;

  const result: ApplyResult = { inserted: [], updated: [], skipped: [] };
  const warnings = duplicateWarnings(
    states,
    sections.map((s) => s.id),
  );
  const fingerprints = { ...(stored?.fingerprints ?? {}) };

  // Our controls by section: the ones queued in this action, and the existing ones found
  // again by tag when first needed (an object found by its place in a collection could
  // point elsewhere once new controls are in).
  const controls = new Map<SectionId, Word.ContentControl>();
  const control = (id: SectionId): Word.ContentControl | null => {
    const known = controls.get(id);
    if (known) return known;
    if (!states.get(id)?.control) return null;
    const cc = context.document.body.contentControls.getByTag(sectionTag(id)).getFirst();
    controls.set(id, cc);
    return cc;
  };

  // Decide everything first (pure), then queue the writes in standard order.
  const queued: Queued[] = [];
  const headings: WrittenHeading[] = [];
  for (const s of sections) {
    const st = states.get(s.id)!;
    const mode = !st.control ? 'insert' : isEdited(st, stored, sectionText(s)) && !consent.has(s.id) ? 'skip' : 'update';
    if (mode === 'skip') {
      // Left alone, and reported with both texts so the pane can ask without reading again.
      result.skipped.push(s.id);
      (result.conflicts ??= []).push({
        id: s.id,
        title: SECTION_TITLES[s.id],
        currentText: displayText(st.currentText),
        newText: sectionText(s),
      });
      continue;
    }
    (mode === 'insert' ? result.inserted : result.updated).push(s.id);
    fingerprints[s.id] = fingerprint(sectionText(s));
    let w: Writer | null = null;
    queued.push({
      bytes: SECTION_BYTES,
      run: () => {
        let cc: Word.ContentControl;
        let pending: Word.Paragraph;
        if (mode === 'update') {
          cc = control(s.id)!;
          cc.clear();
          cc.title = SECTION_TITLES[s.id];
          // The empty paragraph clear() leaves (after the tracked deletions when Track
          // Changes is on) keeps the old first paragraph's formatting, list included.
          pending = cc.paragraphs.getLast();
        } else {
          pending = insertionPoint(context, s.id, control);
          cc = pending.insertContentControl();
          cc.tag = sectionTag(s.id);
          cc.title = SECTION_TITLES[s.id];
          controls.set(s.id, cc);
        }
        pending.detachFromList();
        w = new Writer(cc, pending);
      },
    });
    for (const step of sectionSteps(s)) queued.push({ bytes: step.bytes, run: () => step.run(w!) });
    queued.push({
      bytes: 0,
      run: () => {
        w!.finish();
        headings.push(...w!.headings);
      },
    });
  }

  const newState: StoredState = {
    format: 'tu-arende',
    version: 1,
    seq: (stored?.seq ?? 0) + 1,
    case: validCase,
    fingerprints,
  };
  // The store is the last write; in a chunk of its own when the last one has no room.
  const storeBytes = store.usesXml() ? jsonBytes(encodeStoredXml(newState)) + SECTION_BYTES : 0;
  const chunks = packChunks(queued, CHUNK_ESTIMATE_LIMIT);
  const lastBytes = (chunks[chunks.length - 1] ?? []).reduce((n, q) => n + q.bytes, 0);
  if (chunks.length === 0 || lastBytes + storeBytes > CHUNK_ESTIMATE_LIMIT) chunks.push([]);
  let added: Word.CustomXmlPart | null = null;
  await syncInChunks(context, chunks.length, (k) => {
    for (const q of chunks[k]) q.run();
    if (k === chunks.length - 1) added = store.queueWrite(context, read.store, partIndex, newState);
  });
  store.written(read.store, partIndex, added, newState);
  const fixed = await fixHeadings(context, headings, language);
  if (fixed) warnings.push(fixed);
  if (warnings.length) result.warnings = warnings;
  if (read.trackChanges) result.trackChanges = true;
  return { result, newState };
}
