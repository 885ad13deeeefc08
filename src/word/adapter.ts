/**
 * The Word adapter: the ONLY code that touches Word.*. Implements WordAdapter (types.ts) as a
 * thin facade over its parts: reading (read.ts), writing (write.ts, the emitter; apply.ts, the
 * sections' update), the stored case (store.ts), request chunks (chunks.ts), selecting a finding
 * (select.ts) and validation (validate.ts).
 *
 * Rules this code keeps (eslint-plugin-office-addins: call-sync-after-load, no-context-sync-in-loop,
 * load-object-before-read):
 *  - One Word.run per action; every load names its properties; a fixed number of context.sync()
 *    calls whatever the size of the document, except that no request may exceed REQUEST_BUDGET
 *    (1 MB as the real office.js library serializes it): a bigger write is sent in chunks, one
 *    sync each (chunks.ts). syncs ≤ syncBudget(bytes) = 3 + one per MB beyond the first.
 *      plan            1 sync (+1: stored XML not cached, or Track Changes on)
 *      apply           2 syncs (+1 as plan) (+1 per extra MB of writes) (+1 only when a heading
 *                      did not take its built-in style and is set by its localized name)
 *      insertAtCursor  2 syncs: where is the cursor, write (+1 per extra MB of writes; a
 *                      failure in a later chunk leaves the earlier blocks in: they are new
 *                      paragraphs outside our sections, nothing of the user's is touched)
 *      readDocText     1 sync (+1 as plan; with Track Changes on, one per 4 000 paragraphs)
 *      select          2 syncs (3 when the text also occurs earlier in the same paragraph)
 *      loadStoredCase  1 sync (+1); 0 on WordApi 1.3 (settings are read locally)
 *  - Headings by styleBuiltIn ("Heading1"…), never by a localized style name, except as the
 *    fallback write.ts describes. The literals keep this module loadable where the global Word is
 *    absent (tests, the plain browser).
 *  - Nothing outside content controls tagged "tu:…" is ever changed: new sections are new
 *    controls next to existing ones; a section's content is written from its control; insertAtCursor
 *    only inserts new paragraphs (never inside a tu: control: when the cursor is in one, the blocks
 *    go right after that control).
 *
 * All or nothing. Everything is validated (the draft, the asked sections, the case) before the
 * first write. A write is one sync, or several when it is large; Word does not roll a failed
 * request back, and earlier chunks are already in. The writes are therefore ordered so that any
 * prefix of them is safe:
 *   1. sections are written one after the other in standard order, each from its control, so a
 *      failure leaves at most one section half-written;
 *   2. only our own text is cleared: unedited sections (text the add-in wrote) and edited ones the
 *      user agreed to replace; user text outside tu: controls is never in a request;
 *   3. the stored case and fingerprints are written LAST (the last chunk): when a write fails they
 *      still describe the old text, so the next plan() sees the half-written sections as "edited
 *      by the user" and asks before touching them again — it never silently overwrites.
 * On WordApi 1.3 the store is Office settings, saved with saveAsync only after every write succeeded.
 *
 * Track Changes (WordApi 1.4): read.ts reads the sections' current text (deletions left out);
 * UpdatePlan.trackChanges and ApplyResult.trackChanges say whether it is on, so the pane can say
 * that the add-in's text will appear as tracked changes.
 *
 * To check by hand in real Word (neither host in the tests can): see README, "Kontrollera för hand
 * i Word".
 */
import type { Case } from '../model/case';
import { validateCase } from '../model/validate';
import { InputError, type Problem } from '../model/errors';
import { sectionText, type Block } from '../draft/types';
import { SECTION_TITLES, type SectionId } from '../model/sections';
import type { DocText } from '../check/types';
import type { InsertAtCursorResult, SectionConflict, UpdatePlan, WordAdapter } from './types';
import { DRAFT_SOURCE, isSectionId, validateBlocks, validateRequest } from './validate';
import { CaseStore, type SettingsLike } from './store';
import { displayText, duplicateWarnings, isEdited, readParagraphs, readSections } from './read';
import { Writer, blockSteps } from './write';
import { REQUEST_BUDGET, packChunks, syncInChunks } from './chunks';
import { CHUNK_ESTIMATE_LIMIT, fixHeadings, writeSections } from './apply';
import { selectText } from './select';
import { WordActionError } from './errors';

export { validateBlocks, validateRequest } from './validate';
export { occurrenceIndex } from './read';
export type { SettingsLike } from './store';
export { REQUEST_BUDGET } from './chunks';
export { CHUNK_ESTIMATE_LIMIT } from './apply';
export { WordActionError } from './errors';

/** The most context.sync() calls an action may make when its requests fit in 1 MB. */
export const SYNC_BUDGET = 3;

/** The most syncs an action whose requests add up to `bytes` may make: 3, plus one per MB beyond the first. */
export function syncBudget(bytes: number): number {
  return SYNC_BUDGET + Math.max(0, Math.ceil(bytes / REQUEST_BUDGET) - 1);
}

/** The form of Word.run the adapter uses (Word.run itself fits; so does test/fakes/word.ts's run). */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordAdapterOptions {
  /** Word.run; a fake in tests. */
  run?: WordRun;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Office.context.document.settings (used as the store on WordApi 1.3). */
  settings?: SettingsLike | null;
  /** Name of the document in DocText.source and messages. */
  source?: string;
  /** Word's language (Office.context.displayLanguage), for localized style names; "sv-SE" gives "Rubrik 1". */
  language?: string;
}

/** WordAdapter with the precise result of insertAtCursor. */
export interface TuWordAdapter extends WordAdapter {
  insertAtCursor(blocks: Block[]): Promise<InsertAtCursorResult>;
  /** True when the case is stored in a custom XML part (WordApi 1.4+), false for the settings fallback. */
  usesCustomXmlPart(): boolean;
}

const CASE_SOURCE = 'Ärendet';
const STORED_CASE_SOURCE = 'Ärendet som är sparat i dokumentet';

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function officeLanguage(): string {
  try {
    return Office.context.displayLanguage || 'sv-SE';
  } catch {
    return 'sv-SE';
  }
}

export function createWordAdapter(opts: WordAdapterOptions = {}): TuWordAdapter {
  const run: WordRun = opts.run ?? (<T>(batch: (context: Word.RequestContext) => Promise<T>) => Word.run(batch));
  const isSetSupported = opts.isSetSupported ?? ((name: string, ver: string) => Office.context.requirements.isSetSupported(name, ver));
  const source = opts.source ?? 'Word-dokumentet';
  const settings = (): SettingsLike | null => {
    if (opts.settings !== undefined) return opts.settings;
    try {
      return (Office.context.document.settings as unknown as SettingsLike) ?? null;
    } catch {
      return null;
    }
  };
  /** WordApi 1.4: custom XML parts, Document.changeTrackingMode and getReviewedText. */
  const api14 = (): boolean => isSetSupported('WordApi', '1.4');
  const store = new CaseStore(api14, settings);
  const language = (): string => opts.language ?? officeLanguage();

  function requireApi(): void {
    if (!isSetSupported('WordApi', '1.3')) {
      throw new WordActionError(
        'Den här versionen av Word är för gammal för tillägget. Det behöver Word 2016 eller senare, Word på webben eller Word för Mac (WordApi 1.3).',
      );
    }
  }

  async function wrap<T>(what: string, f: () => Promise<T>, hint = ''): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof InputError || e instanceof WordActionError) throw e;
      throw new WordActionError(`Word kunde inte ${what} (${errorText(e)}).${hint ? ` ${hint}` : ''}`, e);
    }
  }

  const adapter: TuWordAdapter = {
    usesCustomXmlPart: api14,

    async plan(doc, ids) {
      requireApi();
      const sections = validateRequest(doc, ids);
      const wanted = sections.map((s) => s.id);
      return wrap('läsa dokumentet', () =>
        run(async (context) => {
          const read = await readSections(context, store, wanted, api14());
          const { state } = store.state(read.store);
          const plan: UpdatePlan = { toInsert: [], toUpdate: [], conflicts: [] };
          for (const s of sections) {
            const st = read.states.get(s.id)!;
            const newText = sectionText(s);
            if (!st.control) plan.toInsert.push(s.id);
            else if (isEdited(st, state, newText)) {
              const c: SectionConflict = { id: s.id, title: SECTION_TITLES[s.id], currentText: displayText(st.currentText), newText };
              plan.conflicts.push(c);
            } else plan.toUpdate.push(s.id);
          }
          const warnings = duplicateWarnings(read.states, wanted);
          if (warnings.length) plan.warnings = warnings;
          if (read.trackChanges) plan.trackChanges = true;
          return plan;
        }),
      );
    },

    async apply(doc, c, ids, replaceEdited) {
      requireApi();
      // Everything is validated before Word is touched.
      const sections = validateRequest(doc, ids);
      const validCase: Case = validateCase(c, CASE_SOURCE);
      const consent = new Set<SectionId>(Array.isArray(replaceEdited) ? replaceEdited.filter(isSectionId) : []);

      const outcome = await wrap(
        'infoga avsnitten',
        () =>
          run(async (context) => {
            return writeSections(context, { store, sections, validCase, consent, canTrack: api14(), language: language() });
          }),
        'Ärendet sparades inte. Kontrollera dokumentet (ångra med Ctrl+Z om något hann ändras) och försök igen.',
      );

      const { result, newState } = outcome;
      if (!store.usesXml()) {
        const w = await store.saveSettings(newState);
        if (w) result.warnings = [...(result.warnings ?? []), w];
      }
      return result;
    },

    async insertAtCursor(blocks) {
      requireApi();
      const problems: Problem[] = [];
      validateBlocks(blocks, 'Blocket', problems);
      if (problems.length) throw new InputError(DRAFT_SOURCE, problems);
      if (blocks.length === 0) throw new InputError(DRAFT_SOURCE, 'det finns inget att infoga');

      return wrap('infoga vid markören', () =>
        run(async (context) => {
          // Only the innermost control around the cursor is looked at: navigating further up from a
          // possibly-null object in the same batch is not safe in Word. A user's own control nested
          // inside one of ours is therefore not seen through; the blocks then land inside our
          // section, and its next update asks before replacing it (its fingerprint no longer matches).
          // (Navigation straight from getSelection(): the office-addins lint rules read a
          // navigation property of a stored range as an unloaded property.)
          const cc = context.document.getSelection().parentContentControlOrNullObject;
          cc.load('tag');
          const table = context.document.getSelection().parentTableOrNullObject;
          table.load('rowCount');
          const lastPara = context.document.getSelection().paragraphs.getLast();
          await context.sync();

          const tag = cc.isNullObject ? '' : (cc.tag ?? '');
          let pending: Word.Paragraph;
          let result: InsertAtCursorResult;
          if (tag.startsWith('tu:')) {
            const id = tag.slice(3);
            const name = isSectionId(id) ? SECTION_TITLES[id] : tag;
            pending = cc.insertParagraph('', 'After');
            result = {
              placement: 'after-section',
              message: `Markören stod i avsnittet "${name}", som tillägget skriver om vid nästa uppdatering. Texten infogades därför direkt efter avsnittet.`,
            };
            if (isSectionId(id)) result.section = id;
          } else if (!table.isNullObject) {
            pending = table.insertParagraph('', 'After');
            result = { placement: 'after-table', message: 'Markören stod i en tabell. Texten infogades direkt efter tabellen.' };
          } else {
            pending = lastPara.insertParagraph('', 'After');
            result = { placement: 'cursor' };
          }
          pending.detachFromList();
          const w = new Writer(null, pending);
          // A block of many projects is sent in chunks under the request budget (chunks.ts).
          const chunks = packChunks(
            blocks.flatMap((b) => blockSteps(b)),
            CHUNK_ESTIMATE_LIMIT,
          );
          await syncInChunks(context, chunks.length, (k) => {
            for (const step of chunks[k]) step.run(w);
          });
          const fixed = await fixHeadings(context, w.headings, language());
          if (fixed) result.message = result.message ? `${result.message} ${fixed}` : fixed;
          return result;
        }),
      );
    },

    async readDocText() {
      return wrap('läsa dokumentet', () =>
        run(async (context) => {
          const read = await readParagraphs(context, store, api14());
          const out: DocText = { paragraphs: read.paragraphs, source };
          const { state } = store.state(read.store);
          if (state && state.case !== undefined) {
            try {
              out.storedCase = validateCase(state.case, STORED_CASE_SOURCE);
            } catch {
              /* an invalid stored case is left out; loadStoredCase() returns it for the pane to report */
            }
          }
          return out;
        }),
      );
    },

    async select(paragraph, start, end) {
      if (!Number.isInteger(paragraph) || paragraph < 0) throw new WordActionError('Det gick inte att markera texten: stycket finns inte.');
      return wrap('markera texten', () => run((context) => selectText(context, paragraph, start, end)));
    },

    async loadStoredCase() {
      if (!store.usesXml()) return store.settingsState()?.case;
      return wrap('läsa ärendet i dokumentet', () =>
        run(async (context) => {
          const read = store.queueRead(context);
          await context.sync();
          if (store.queueXml(read)) await context.sync();
          return store.state(read).state?.case;
        }),
      );
    },
  };
  return adapter;
}
