/**
 * Where the Word adapter keeps the case and the sections' fingerprints in the document (the format
 * is src/model/stored-case.ts, shared with the .docx writer):
 *  - WordApi 1.4+: a custom XML part in CASE_XML_NAMESPACE, written in the LAST write of an action;
 *  - WordApi 1.3: Office.context.document.settings under SETTINGS_KEY, saved with saveAsync only
 *    after every write of the action succeeded.
 * When both exist (a document edited in both kinds of Word) the newer (higher seq) wins.
 *
 * Why settings, not a hidden content control, on WordApi 1.3: a control lives in the body text,
 * so the checker, search, copy-paste and the user would all meet it (and 1.3 cannot hide text);
 * the user could delete or duplicate it; and writing it would mean touching the body outside our
 * sections. Settings live in the document's add-in part, travel with the file, and are invisible.
 * Their limit: they are per add-in id, and a .docx written by the CLI (case in a custom XML part)
 * opened in Word 2021 shows no stored case until it is saved once from a Word with WordApi 1.4.
 *
 * The XML parts' content is cached per part id: only the add-in writes these parts (Word's UI
 * cannot edit them), so when the ids are those of the last read or write the content is too, and
 * the getXml round trip is skipped. A part replaced or added by anyone else has a new id and is
 * read again. Cleared after a failed write. (Undo in Word may revert a part without changing its
 * id; the cached fingerprints then no longer match the text and the sections count as edited:
 * the user is asked, never overwritten silently.)
 *
 * Word on the web has answered an empty part collection with `items === undefined` instead of []
 * (office-js #6673): every read of `items` here goes through itemsOf().
 */
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

/** The part of Office.Settings the adapter uses (Office.context.document.settings). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** A loaded collection's items, [] when Word answered `undefined` (office-js #6673). */
export function itemsOf<T>(c: { items: T[] }): T[] {
  const items = c.items as T[] | undefined;
  return Array.isArray(items) ? items : [];
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The store as read in one action. */
export interface StoreRead {
  /** The XML parts in our namespace (WordApi 1.4), loaded. */
  parts: Word.CustomXmlPartScopedCollection | null;
  xml: OfficeExtension.ClientResult<string>[];
  /** True when the parts are unchanged since the last read: their content comes from the cache. */
  fromCache: boolean;
}

export class CaseStore {
  private cache: { partIds: string; xmlState: StoredState | undefined; partIndex: number } | null = null;

  constructor(
    /** True when the store is a custom XML part (WordApi 1.4). */
    readonly usesXml: () => boolean,
    private readonly settings: () => SettingsLike | null,
  ) {}

  settingsState(): StoredState | undefined {
    const s = this.settings();
    if (!s) return undefined;
    try {
      return storedStateOf(decodeStoredSettings(s.get(SETTINGS_KEY)));
    } catch {
      return undefined;
    }
  }

  /** Queues the read of the stored XML parts' ids (no sync). */
  queueRead(context: Word.RequestContext): StoreRead {
    if (!this.usesXml()) return { parts: null, xml: [], fromCache: false };
    const parts = context.document.customXmlParts.getByNamespace(CASE_XML_NAMESPACE);
    parts.load('items/id');
    return { parts, xml: [], fromCache: false };
  }

  private partIds(read: StoreRead): string {
    return read.parts
      ? itemsOf(read.parts)
          .map((p) => p.id)
          .join('|')
      : '';
  }

  /** After the first sync: queues getXml for each part unless cached; true when another sync is needed. */
  queueXml(read: StoreRead): boolean {
    if (!read.parts || itemsOf(read.parts).length === 0) return false;
    if (this.cache && this.cache.partIds === this.partIds(read)) {
      read.fromCache = true;
      return false;
    }
    read.xml = itemsOf(read.parts).map((p) => p.getXml());
    return true;
  }

  /** After the XML sync: the newest stored state and the index of the part it came from. */
  state(read: StoreRead): { state: StoredState | undefined; partIndex: number } {
    if (read.fromCache && this.cache) return { state: newer(this.cache.xmlState, this.settingsState()), partIndex: this.cache.partIndex };
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
    if (read.parts) this.cache = { partIds: this.partIds(read), xmlState: best, partIndex };
    return { state: newer(best, this.settingsState()), partIndex };
  }

  /**
   * Queues the write of the new state into the XML part (WordApi 1.4; nothing on 1.3) and forgets
   * the cache until written(). Returns the part to read the id of after the sync.
   */
  queueWrite(context: Word.RequestContext, read: StoreRead, partIndex: number, state: StoredState): Word.CustomXmlPart | null {
    this.cache = null;
    if (!this.usesXml() || !read.parts) return null;
    const items = itemsOf(read.parts);
    if (items.length > 0) {
      items[partIndex].setXml(encodeStoredXml(state));
      items.forEach((p, i) => {
        if (i !== partIndex) p.delete();
      });
      return null;
    }
    const added = context.document.customXmlParts.add(encodeStoredXml(state));
    added.load('id');
    return added;
  }

  /** After the sync that wrote the part: remembers its content. */
  written(read: StoreRead, partIndex: number, added: Word.CustomXmlPart | null, state: StoredState): void {
    if (!this.usesXml() || !read.parts) return;
    const id = added ? added.id : itemsOf(read.parts)[partIndex].id;
    this.cache = { partIds: id, xmlState: state, partIndex: 0 };
  }

  /** WordApi 1.3: saves the state in the settings; a Swedish warning when it could not be saved. */
  saveSettings(state: StoredState): Promise<string | undefined> {
    const s = this.settings();
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
}
