/**
 * The Word adapter: the ONLY code that touches Word.*. Implements WordAdapter (types.ts).
 *
 * Rules this file keeps (eslint-plugin-office-addins: call-sync-after-load, no-context-sync-in-loop,
 * load-object-before-read):
 *  - One Word.run per action, and at most SYNC_BUDGET context.sync() calls per action whatever the
 *    number of projects or paragraphs. No sync inside a loop; every load names its properties.
 *    "+1" below is the getXml read of the stored custom XML part (WordApi 1.4), needed only when
 *    the part is new to this adapter instance (first action of a task pane, or the part was
 *    replaced); otherwise its content is known from the last read/write (see `cache`).
 *      plan            1 sync (+1)
 *      apply           2 syncs (+1): read controls, write everything
 *      insertAtCursor  2 syncs: where is the cursor, write
 *      readDocText     1 sync (+1)
 *      select          2 syncs (3 when the text also occurs earlier in the same paragraph)
 *      loadStoredCase  1 sync (+1); 0 on WordApi 1.3 (settings are read locally)
 *    So a user's "Uppdatera" (plan, then apply) is 3 round trips in a warm pane.
 *  - Headings by styleBuiltIn ("Heading1"…), never by a localized style name. The values are the
 *    strings of Word.BuiltInStyleName / Word.Style (Word.Style.heading1 === "Heading1"); the
 *    literals keep this module loadable where the global Word is absent (tests, the plain browser).
 *  - Nothing outside content controls tagged "tu:…" is ever changed: new sections are new
 *    controls next to existing ones; insertAtCursor only inserts new paragraphs (never inside a
 *    tu: control: when the cursor is in one, the blocks go right after that control).
 *
 * All or nothing. Everything is validated (the draft, the asked sections, the case) before the
 * first write, and all writes are queued and sent in ONE final sync, after the reads. If that sync
 * fails, Word reports the error for the whole batch. RESIDUAL RISK: Word does not roll a batch
 * back; operations that ran before the failing one may remain in the document. The writes are
 * therefore ordered so that any prefix of them is safe:
 *   1. a section is written completely (clear, then its content) before the next one starts, in
 *      standard order, so a failure leaves at most one section half-written;
 *   2. only our own text is cleared: unedited sections (text the add-in wrote) and edited ones the
 *      user agreed to replace; user text outside tu: controls is never in the batch;
 *   3. the stored case and fingerprints are written LAST: when the batch fails part-way they still
 *      describe the old text, so the next plan() sees the half-written sections as "edited by the
 *      user" and asks before touching them again — it never silently overwrites.
 * On WordApi 1.3 the store is Office settings, saved with saveAsync only after the batch succeeded.
 *
 * Why settings, not a hidden content control, on WordApi 1.3: a control lives in the body text,
 * so the checker, search, copy-paste and the user would all meet it (and 1.3 cannot hide text);
 * the user could delete or duplicate it; and writing it would mean touching the body outside our
 * sections. Settings live in the document's add-in part, travel with the file, and are invisible.
 * Their limit: they are per add-in id, and a .docx written by the CLI (case in a custom XML part)
 * opened in Word 2021 shows no stored case until it is saved once from a Word with WordApi 1.4.
 *
 * Other residual risks, to check by hand in real Word (the fake cannot): very large batches (1 000
 * projects ≈ 16 000 queued calls) against Word on the web's request size limit; detachFromList()
 * on a paragraph that is not a list item being a no-op; paragraphs.load({ top: 1, skip: n })
 * honouring skip; the load path "items/parentContentControlOrNullObject/tag".
 */
import type { Case } from '../model/case';
import { validateCase } from '../model/validate';
import { InputError, type Problem } from '../model/errors';
import { sectionText, type Block, type DraftDocument, type DraftSection } from '../draft/types';
import { ALL_SECTION_IDS, SECTION_TITLES, sectionTag, type SectionId } from '../model/sections';
import type { DocParagraph, DocText } from '../check/types';
import type { ApplyResult, InsertAtCursorResult, SectionConflict, UpdatePlan, WordAdapter } from './types';
import { fingerprint, normalizeForFingerprint } from '../model/fingerprint';
import {
  CASE_XML_NAMESPACE,
  SETTINGS_KEY,
  decodeStoredSettings,
  decodeStoredXml,
  encodeStoredSettings,
  encodeStoredXml,
  newer,
  storedStateOf,
  type StoredState,
} from '../model/stored-case';

/** The most context.sync() calls any action may make. */
export const SYNC_BUDGET = 3;

/** The part of Office.Settings the adapter uses (Office.context.document.settings). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
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
}

/** WordAdapter with the precise result of insertAtCursor. */
export interface TuWordAdapter extends WordAdapter {
  insertAtCursor(blocks: Block[]): Promise<InsertAtCursorResult>;
  /** True when the case is stored in a custom XML part (WordApi 1.4+), false for the settings fallback. */
  usesCustomXmlPart(): boolean;
}

/** A Word failure during an action, in plain Swedish. `cause` holds Word's own error. */
export class WordActionError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'WordActionError';
  }
}

type StyleName = 'Normal' | 'ListParagraph' | `Heading${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

const DRAFT_SOURCE = 'Utkastet';
const CASE_SOURCE = 'Ärendet';
const STORED_CASE_SOURCE = 'Ärendet som är sparat i dokumentet';

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Line breaks inside one paragraph's text become Word's manual line break (Shift+Enter). */
function wordText(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '\u000b');
}

function isSectionId(x: unknown): x is SectionId {
  return typeof x === 'string' && (ALL_SECTION_IDS as readonly string[]).includes(x);
}

function sectionOrder(id: SectionId): number {
  return (ALL_SECTION_IDS as readonly string[]).indexOf(id);
}

// ---------------------------------------------------------------------------------------------
// Validation (pure, before any write)

function checkText(v: unknown, where: string, problems: Problem[]): void {
  if (typeof v !== 'string') problems.push({ where, what: 'ska vara text' });
}

export function validateBlocks(blocks: unknown, where: string, problems: Problem[]): void {
  if (!Array.isArray(blocks)) {
    problems.push({ where, what: 'ska vara en lista med stycken' });
    return;
  }
  blocks.forEach((b: unknown, i) => {
    const w = `${where}[${i}]`;
    if (typeof b !== 'object' || b === null) {
      problems.push({ where: w, what: 'är inte ett stycke' });
      return;
    }
    const blk = b as Block;
    switch (blk.type) {
      case 'heading':
        checkText(blk.text, `${w}.text`, problems);
        if (![1, 2, 3, 4].includes(blk.level)) problems.push({ where: `${w}.level`, what: 'rubriknivån ska vara 1, 2, 3 eller 4' });
        break;
      case 'paragraph':
        checkText(blk.text, `${w}.text`, problems);
        break;
      case 'list':
        if (!Array.isArray(blk.items)) problems.push({ where: `${w}.items`, what: 'ska vara en lista med punkter' });
        else
          blk.items.forEach((it, j) => {
            checkText(it?.text, `${w}.items[${j}].text`, problems);
            if (it?.body !== undefined) {
              if (!Array.isArray(it.body)) problems.push({ where: `${w}.items[${j}].body`, what: 'ska vara en lista med stycken' });
              else it.body.forEach((t, k) => checkText(t, `${w}.items[${j}].body[${k}]`, problems));
            }
          });
        break;
      case 'table': {
        if (!Array.isArray(blk.header) || blk.header.length === 0) {
          problems.push({ where: `${w}.header`, what: 'en tabell måste ha minst en kolumn' });
          break;
        }
        blk.header.forEach((t, k) => checkText(t, `${w}.header[${k}]`, problems));
        if (!Array.isArray(blk.rows)) problems.push({ where: `${w}.rows`, what: 'ska vara en lista med rader' });
        else
          blk.rows.forEach((r, j) => {
            if (!Array.isArray(r) || r.length !== blk.header.length) {
              problems.push({
                where: `${w}.rows[${j}]`,
                what: `raden har ${Array.isArray(r) ? r.length : 0} celler men tabellen har ${blk.header.length} kolumner`,
              });
            } else r.forEach((t, k) => checkText(t, `${w}.rows[${j}][${k}]`, problems));
          });
        break;
      }
      case 'signatures':
        if (!Array.isArray(blk.people)) problems.push({ where: `${w}.people`, what: 'ska vara en lista med personer' });
        else
          blk.people.forEach((p, j) => {
            checkText(p?.namn, `${w}.people[${j}].namn`, problems);
            checkText(p?.titel, `${w}.people[${j}].titel`, problems);
            if (p?.forvaltning !== undefined) checkText(p.forvaltning, `${w}.people[${j}].forvaltning`, problems);
          });
        break;
      default:
        problems.push({ where: `${w}.type`, what: `okänd sorts stycke "${String((blk as { type?: unknown }).type)}"` });
    }
  });
}

/** The asked sections in standard order, each present in the draft and well formed; else InputError. */
export function validateRequest(doc: DraftDocument, ids: readonly SectionId[]): DraftSection[] {
  const problems: Problem[] = [];
  if (!doc || !Array.isArray(doc.sections)) throw new InputError(DRAFT_SOURCE, 'utkastet saknar avsnitt');
  if (!Array.isArray(ids) || ids.length === 0)
    throw new InputError(DRAFT_SOURCE, 'inga avsnitt är valda. Välj minst ett avsnitt att infoga.');
  const wanted: SectionId[] = [];
  for (const id of ids) {
    if (!isSectionId(id)) problems.push({ where: 'avsnitt', what: `"${String(id)}" är inget avsnitt i ett tjänsteutlåtande` });
    else if (!wanted.includes(id)) wanted.push(id);
  }
  wanted.sort((a, b) => sectionOrder(a) - sectionOrder(b));
  const out: DraftSection[] = [];
  for (const id of wanted) {
    const s = doc.sections.find((x) => x && x.id === id);
    if (!s) {
      problems.push({ where: SECTION_TITLES[id], what: 'avsnittet finns inte i utkastet' });
      continue;
    }
    if (s.heading !== null) checkText(s.heading, `${SECTION_TITLES[id]}: rubrik`, problems);
    if (s.heading !== null && s.headingLevel !== 1 && s.headingLevel !== 2)
      problems.push({ where: `${SECTION_TITLES[id]}: rubriknivå`, what: 'ska vara 1 eller 2' });
    validateBlocks(s.blocks, SECTION_TITLES[id], problems);
    out.push(s);
  }
  if (problems.length) throw new InputError(DRAFT_SOURCE, problems);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing blocks: a chain of insertions, each after the previous one.

type Anchor = { kind: 'para'; p: Word.Paragraph } | { kind: 'table'; t: Word.Table } | { kind: 'list'; l: Word.List };

/**
 * Queues the insertion of blocks. Starts from `pending`, an empty paragraph of ours that the first
 * paragraph fills. Every paragraph gets its style and italic set explicitly, because Word's new
 * paragraphs inherit the formatting (and list membership) of the one they follow. After a list,
 * the next paragraph is inserted with List.insertParagraph(…, "After"), which Word puts outside
 * the list. Queues only: never syncs.
 */
class Emitter {
  private last: Anchor | null = null;
  constructor(private pending: Word.Paragraph | null) {}

  private nextParagraph(text: string): Word.Paragraph {
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      p.insertText(text, 'Replace');
      return p;
    }
    const a = this.last;
    if (!a) throw new Error('Emitter: no anchor');
    if (a.kind === 'para') return a.p.insertParagraph(text, 'After');
    if (a.kind === 'table') return a.t.insertParagraph(text, 'After');
    return a.l.insertParagraph(text, 'After');
  }

  paragraph(text: string, style: StyleName, italic = false): Word.Paragraph {
    const p = this.nextParagraph(wordText(text));
    p.styleBuiltIn = style;
    p.font.italic = italic;
    this.last = { kind: 'para', p };
    return p;
  }

  table(header: string[], rows: string[][]): void {
    const values = [header, ...rows].map((r) => r.map(wordText));
    const n = values.length;
    const m = header.length;
    let t: Word.Table;
    if (this.pending) {
      // The pending empty paragraph stays after the table (Word needs one there anyway).
      this.pending.styleBuiltIn = 'Normal';
      t = this.pending.insertTable(n, m, 'Before', values);
    } else {
      const a = this.last;
      if (!a) throw new Error('Emitter: no anchor');
      if (a.kind === 'para') t = a.p.insertTable(n, m, 'After', values);
      else if (a.kind === 'table') t = a.t.insertTable(n, m, 'After', values);
      else {
        const p = a.l.insertParagraph('', 'After');
        p.styleBuiltIn = 'Normal';
        t = p.insertTable(n, m, 'Before', values);
        this.pending = p;
      }
    }
    t.headerRowCount = 1;
    this.last = { kind: 'table', t };
  }

  /**
   * A real Word list. Items that have body paragraphs end a run of the list; the body paragraphs
   * are Normal paragraphs after it, and the next item starts a new Word list whose numbering
   * starts where the previous run stopped (setLevelStartingNumber), so "1. … body … 2." reads
   * as one list without needing a list id (which would cost a sync).
   */
  list(ordered: boolean, items: { text: string; italic?: boolean; body?: string[] }[]): void {
    let list: Word.List | null = null;
    let number = 1;
    for (const item of items) {
      if (!list) {
        const p = this.paragraph(item.text, 'ListParagraph', item.italic ?? false);
        list = p.startNewList();
        if (ordered) list.setLevelNumbering(0, 'Arabic', [0, '.']);
        else list.setLevelBullet(0, 'Solid');
        if (number > 1) list.setLevelStartingNumber(0, number);
      } else {
        const p = list.insertParagraph(wordText(item.text), 'End');
        p.font.italic = item.italic ?? false;
      }
      this.last = { kind: 'list', l: list };
      number++;
      if (item.body && item.body.length > 0) {
        for (const b of item.body) this.paragraph(b, 'Normal');
        list = null;
      }
    }
  }

  block(b: Block): void {
    switch (b.type) {
      case 'heading':
        this.paragraph(b.text, `Heading${b.level}`);
        break;
      case 'paragraph':
        this.paragraph(b.text, 'Normal', b.italic ?? false);
        break;
      case 'list':
        if (b.items.length > 0) this.list(b.ordered, b.items);
        break;
      case 'table':
        this.table(b.header, b.rows);
        break;
      case 'signatures':
        for (const person of b.people) {
          this.paragraph(person.namn, 'Normal');
          this.paragraph(person.titel, 'Normal');
          if (person.forvaltning) this.paragraph(person.forvaltning, 'Normal');
        }
        break;
    }
  }

  section(s: DraftSection): void {
    if (s.heading !== null) this.paragraph(s.heading, `Heading${s.headingLevel}`);
    for (const b of s.blocks) this.block(b);
    // A section with no content at all still owns its (empty) paragraph.
    if (this.pending && this.last === null) this.paragraph('', 'Normal');
  }
}

// ---------------------------------------------------------------------------------------------

interface StoreRead {
  /** The XML parts in our namespace (WordApi 1.4), loaded. */
  parts: Word.CustomXmlPartScopedCollection | null;
  xml: OfficeExtension.ClientResult<string>[];
  /** True when the parts are unchanged since the last read: their content comes from the cache. */
  fromCache: boolean;
}

interface SectionState {
  id: SectionId;
  control: Word.ContentControl | null;
  count: number;
  currentText: string;
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
  const useXml = (): boolean => isSetSupported('WordApi', '1.4');

  function requireApi(): void {
    if (!isSetSupported('WordApi', '1.3')) {
      throw new WordActionError(
        'Den här versionen av Word är för gammal för tillägget. Det behöver Word 2016 eller senare, Word på webben eller Word för Mac (WordApi 1.3).',
      );
    }
  }

  function settingsState(): StoredState | undefined {
    const s = settings();
    if (!s) return undefined;
    try {
      return storedStateOf(decodeStoredSettings(s.get(SETTINGS_KEY)));
    } catch {
      return undefined;
    }
  }

  /**
   * What the XML parts held when this adapter last read or wrote them, keyed by the parts' ids.
   * Only the add-in writes these parts (Word's UI cannot edit them), so when the ids are the same
   * as last time the content is too, and the second sync (getXml) is skipped. A part replaced or
   * added by anyone else has a new id and is read again. Content controls are ALWAYS read fresh.
   * Cleared after a failed apply. (Undo in Word may revert a part without changing its id; the
   * cached fingerprints then no longer match the text and the sections count as edited: the user
   * is asked, never overwritten silently.)
   */
  let cache: { partIds: string; xmlState: StoredState | undefined; partIndex: number } | null = null;

  /** Queues the read of the stored XML parts' ids (no sync). */
  function queueStoreRead(context: Word.RequestContext): StoreRead {
    if (!useXml()) return { parts: null, xml: [], fromCache: false };
    const parts = context.document.customXmlParts.getByNamespace(CASE_XML_NAMESPACE);
    parts.load('items/id');
    return { parts, xml: [], fromCache: false };
  }

  function partIdsOf(read: StoreRead): string {
    return read.parts ? read.parts.items.map((p) => p.id).join('|') : '';
  }

  /** After the first sync: queues getXml for each part unless the cache holds them; true when a second sync is needed. */
  function queueXmlRead(read: StoreRead): boolean {
    if (!read.parts || read.parts.items.length === 0) return false;
    if (cache && cache.partIds === partIdsOf(read)) {
      read.fromCache = true;
      return false;
    }
    read.xml = read.parts.items.map((p) => p.getXml());
    return true;
  }

  /**
   * Queues the store read behind whatever the caller has loaded, then syncs: once, and a second
   * time only when a stored part's XML must be fetched (not cached). Never more than two syncs.
   */
  async function syncWithStore(context: Word.RequestContext): Promise<StoreRead> {
    const store = queueStoreRead(context);
    await context.sync();
    if (queueXmlRead(store)) await context.sync();
    return store;
  }

  /** After the XML sync: the newest stored state and the index of the part it came from. */
  function storedState(read: StoreRead): { state: StoredState | undefined; partIndex: number } {
    if (read.fromCache && cache) return { state: newer(cache.xmlState, settingsState()), partIndex: cache.partIndex };
    let best: StoredState | undefined;
    let partIndex = -1;
    read.xml.forEach((r, i) => {
      const s = storedStateOf(decodeStoredXml(r.value));
      if (s && (!best || s.seq > best.seq)) {
        best = s;
        partIndex = i;
      }
    });
    if (partIndex < 0 && read.xml.length > 0) partIndex = 0;
    if (read.parts) cache = { partIds: partIdsOf(read), xmlState: best, partIndex };
    return { state: newer(best, settingsState()), partIndex };
  }

  function sectionStates(controls: Word.ContentControlCollection, ids: readonly SectionId[]): Map<SectionId, SectionState> {
    const map = new Map<SectionId, SectionState>();
    for (const id of ids) map.set(id, { id, control: null, count: 0, currentText: '' });
    for (const cc of controls.items) {
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

  function duplicateWarnings(states: Map<SectionId, SectionState>, ids: readonly SectionId[]): string[] {
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
  function isEdited(st: SectionState, stored: StoredState | undefined, newText: string): boolean {
    const current = normalizeForFingerprint(st.currentText);
    if (current === '') return false; // nothing to lose
    if (current === normalizeForFingerprint(newText)) return false; // same text: nothing to lose
    const fp = stored?.fingerprints[st.id];
    if (!fp) return true; // no record of what we inserted: treat as the user's
    return fp !== fingerprint(st.currentText);
  }

  function displayText(wordTextValue: string): string {
    return wordTextValue.replace(/\r\n?|\u000b/g, '\n');
  }

  async function wrap<T>(what: string, f: () => Promise<T>, hint = ''): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof InputError || e instanceof WordActionError) throw e;
      throw new WordActionError(`Word kunde inte ${what} (${errorText(e)}).${hint ? ` ${hint}` : ''}`, e);
    }
  }

  function saveSettings(state: StoredState): Promise<string | undefined> {
    const s = settings();
    if (!s)
      return Promise.resolve(
        'Ärendet kunde inte sparas i dokumentet: Word gav ingen plats att spara det på. Texten är infogad; spara ärendet som fil om du vill kunna läsa in det igen.',
      );
    return new Promise((resolve) => {
      try {
        s.set(SETTINGS_KEY, encodeStoredSettings(state));
        s.saveAsync((r) => {
          if (r && r.status === 'failed')
            resolve(
              `Ärendet kunde inte sparas i dokumentet (${r.error?.message ?? 'okänt fel'}). Texten är infogad. Nästa gång frågar tillägget innan det ersätter avsnitten.`,
            );
          else resolve(undefined);
        });
      } catch (e) {
        resolve(
          `Ärendet kunde inte sparas i dokumentet (${errorText(e)}). Texten är infogad. Nästa gång frågar tillägget innan det ersätter avsnitten.`,
        );
      }
    });
  }

  const adapter: TuWordAdapter = {
    usesCustomXmlPart: useXml,

    async plan(doc, ids) {
      requireApi();
      const sections = validateRequest(doc, ids);
      const wanted = sections.map((s) => s.id);
      return wrap('läsa dokumentet', () =>
        run(async (context) => {
          const controls = context.document.body.contentControls;
          controls.load('items/tag,items/text');
          const store = await syncWithStore(context);
          const { state } = storedState(store);
          const states = sectionStates(controls, wanted);
          const plan: UpdatePlan = { toInsert: [], toUpdate: [], conflicts: [] };
          for (const s of sections) {
            const st = states.get(s.id)!;
            const newText = sectionText(s);
            if (!st.control) plan.toInsert.push(s.id);
            else if (isEdited(st, state, newText)) {
              const c: SectionConflict = { id: s.id, title: SECTION_TITLES[s.id], currentText: displayText(st.currentText), newText };
              plan.conflicts.push(c);
            } else plan.toUpdate.push(s.id);
          }
          const warnings = duplicateWarnings(states, wanted);
          if (warnings.length) plan.warnings = warnings;
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
      const xml = useXml();

      const outcome = await wrap(
        'infoga avsnitten',
        () =>
          run(async (context) => {
            // Sync 1: every control with its text, and the stored parts; sync 2 (only when a part
            // exists and is not cached): the stored fingerprints.
            const controls = context.document.body.contentControls;
            controls.load('items/tag,items/text');
            const store = await syncWithStore(context);
            const { state: stored, partIndex } = storedState(store);
            const states = sectionStates(controls, ALL_SECTION_IDS);

            const result: ApplyResult = { inserted: [], updated: [], skipped: [] };
            const warnings = duplicateWarnings(
              states,
              sections.map((s) => s.id),
            );
            const fingerprints = { ...(stored?.fingerprints ?? {}) };
            /** Our controls by section, pre-existing ones and those queued in this batch. */
            const placed = new Map<SectionId, Word.ContentControl>();
            for (const st of states.values()) if (st.control) placed.set(st.id, st.control);

            // Decide everything first (pure), then queue the writes in standard order.
            const work: { s: DraftSection; mode: 'insert' | 'update' }[] = [];
            for (const s of sections) {
              const st = states.get(s.id)!;
              if (!st.control) work.push({ s, mode: 'insert' });
              else if (isEdited(st, stored, sectionText(s)) && !consent.has(s.id)) {
                // Left alone, and reported with both texts so the pane can ask without reading again.
                result.skipped.push(s.id);
                (result.conflicts ??= []).push({
                  id: s.id,
                  title: SECTION_TITLES[s.id],
                  currentText: displayText(st.currentText),
                  newText: sectionText(s),
                });
              } else work.push({ s, mode: 'update' });
            }

            for (const { s, mode } of work) {
              const tag = sectionTag(s.id);
              let pending: Word.Paragraph;
              if (mode === 'update') {
                const cc = placed.get(s.id)!;
                cc.clear();
                cc.title = SECTION_TITLES[s.id];
                pending = cc.paragraphs.getFirst();
                result.updated.push(s.id);
              } else {
                pending = insertionPoint(context, s.id, placed);
                pending.detachFromList();
                const cc = pending.insertContentControl();
                cc.tag = tag;
                cc.title = SECTION_TITLES[s.id];
                placed.set(s.id, cc);
                result.inserted.push(s.id);
              }
              new Emitter(pending).section(s);
              fingerprints[s.id] = fingerprint(sectionText(s));
            }

            const newState: StoredState = {
              format: 'tu-arende',
              version: 1,
              seq: (stored?.seq ?? 0) + 1,
              case: validCase,
              fingerprints,
            };
            // Last in the batch: the store (see the header comment).
            let added: Word.CustomXmlPart | null = null;
            if (xml && store.parts) {
              const items = store.parts.items;
              if (items.length > 0) {
                items[partIndex].setXml(encodeStoredXml(newState));
                items.forEach((p, i) => {
                  if (i !== partIndex) p.delete();
                });
              } else {
                added = context.document.customXmlParts.add(encodeStoredXml(newState));
                added.load('id');
              }
            }
            // Final sync: all writes in one batch.
            cache = null; // until the batch is known to have succeeded
            await context.sync();
            if (xml && store.parts) {
              const id = added ? added.id : store.parts.items[partIndex].id;
              cache = { partIds: id, xmlState: newState, partIndex: 0 };
            }
            if (warnings.length) result.warnings = warnings;
            return { result, newState };
          }),
        'Ärendet sparades inte. Kontrollera dokumentet (ångra med Ctrl+Z om något hann ändras) och försök igen.',
      );

      const { result, newState } = outcome;
      if (!xml) {
        const w = await saveSettings(newState);
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
          const e = new Emitter(pending);
          for (const b of blocks) e.block(b);
          await context.sync();
          return result;
        }),
      );
    },

    async readDocText() {
      return wrap('läsa dokumentet', () =>
        run(async (context) => {
          const paras = context.document.body.paragraphs;
          paras.load(
            'items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel,items/parentContentControlOrNullObject/tag',
          );
          const store = await syncWithStore(context);
          const paragraphs: DocParagraph[] = paras.items.map((p, index) => {
            const m = /^Heading([1-9])$/.exec(p.styleBuiltIn ?? '');
            const ol = p.outlineLevel;
            const headingLevel = m ? Number(m[1]) : typeof ol === 'number' && ol >= 1 && ol <= 9 ? ol : null;
            const cc = p.parentContentControlOrNullObject;
            const dp: DocParagraph = {
              index,
              text: p.text,
              headingLevel,
              styleName: p.style,
              isListItem: p.isListItem,
              inTable: p.tableNestingLevel > 0,
              part: 'body',
            };
            if (!cc.isNullObject && cc.tag) dp.tag = cc.tag;
            return dp;
          });
          const out: DocText = { paragraphs, source };
          const { state } = storedState(store);
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
      return wrap('markera texten', () =>
        run(async (context) => {
          const paras = context.document.body.paragraphs;
          paras.load({ select: 'text', top: 1, skip: paragraph });
          await context.sync();
          if (paras.items.length === 0) {
            throw new WordActionError(`Stycke ${paragraph + 1} finns inte längre i dokumentet. Granska dokumentet igen.`);
          }
          const p = paras.items[0];
          const text = p.text;
          const s = Math.max(0, Math.min(Number.isFinite(start) ? Math.floor(start) : 0, text.length));
          const e = Math.max(s, Math.min(Number.isFinite(end) ? Math.floor(end) : text.length, text.length));
          const sub = text.slice(s, e);
          const whole =
            sub.length === 0 || (s === 0 && e === text.length) || sub.length > 255 || /[\u0000-\u001f]/.test(sub) || sub.trim() === '';
          const k = whole ? -1 : occurrenceIndex(text, sub, s);
          if (k < 0) {
            p.getRange('Content').select();
            await context.sync();
            return;
          }
          const found = p.search(sub.replace(/\^/g, '^^'), { matchCase: true });
          if (k === 0) {
            found.getFirst().select();
            await context.sync();
            return;
          }
          found.load('items/text');
          await context.sync();
          if (found.items.length > k) found.items[k].select();
          else p.getRange('Content').select();
          await context.sync();
        }),
      );
    },

    async loadStoredCase() {
      if (!useXml()) return settingsState()?.case;
      return wrap('läsa ärendet i dokumentet', () =>
        run(async (context) => {
          const store = await syncWithStore(context);
          return storedState(store).state?.case;
        }),
      );
    },
  };
  return adapter;
}

/**
 * Where a new section goes: after the nearest preceding section of ours (in standard order),
 * else before the nearest following one, else at the end of the document. Returns a new empty
 * paragraph there (outside every existing control). Queues only.
 */
function insertionPoint(context: Word.RequestContext, id: SectionId, placed: Map<SectionId, Word.ContentControl>): Word.Paragraph {
  const i = sectionOrder(id);
  for (let j = i - 1; j >= 0; j--) {
    const prev = placed.get(ALL_SECTION_IDS[j]);
    if (prev) return prev.insertParagraph('', 'After');
  }
  for (let j = i + 1; j < ALL_SECTION_IDS.length; j++) {
    const next = placed.get(ALL_SECTION_IDS[j]);
    if (next) return next.insertParagraph('', 'Before');
  }
  return context.document.body.insertParagraph('', 'End');
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
