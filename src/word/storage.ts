/**
 * What the add-in stores in the document besides its text: the case and a fingerprint of each
 * section as inserted. Pure code (no Word), so the docx writer and tests can share the format.
 *
 * Where it is stored (see adapter.ts):
 *  - WordApi 1.4+: a custom XML part in namespace CASE_XML_NAMESPACE, written in the same
 *    Word batch as the text.
 *  - WordApi 1.3: Office.context.document.settings under SETTINGS_KEY, written with saveAsync
 *    only after the Word batch succeeded.
 * When both exist (a document edited in both kinds of Word) the one with the higher `seq` wins.
 */
import { type SectionId, ALL_SECTION_IDS } from '../model/sections';

export const CASE_XML_NAMESPACE = 'urn:stockholm:tu:arende:1';
export const SETTINGS_KEY = 'tu:arende';

export interface StoredState {
  format: 'tu-arende';
  version: 1;
  /** Increases by one on every save; decides between two stores. */
  seq: number;
  /** The case, as given to apply (validated before it was stored; validate again on read). */
  case: unknown;
  /** Fingerprint (fingerprint.ts) of each section's text as the add-in inserted it. */
  fingerprints: Partial<Record<SectionId, string>>;
}

/** JSON with every non-ASCII code unit escaped, so the XML is plain ASCII and round-trips exactly. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/**
 * The custom XML part's content. The same shape as the .docx writer's case part
 * (src/io/docx/case-part.ts): root <arende> in CASE_XML_NAMESPACE whose text is the case JSON,
 * so either side reads what the other wrote. The add-in's bookkeeping rides in attributes:
 * seq="3" fingerprints="forslag=fnv1a64:…;bakgrund=…".
 */
export function storageXml(state: StoredState): string {
  const fps = ALL_SECTION_IDS.filter((id) => state.fingerprints[id])
    .map((id) => `${id}=${state.fingerprints[id]}`)
    .join(';');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<arende xmlns="${CASE_XML_NAMESPACE}" version="1" seq="${state.seq}" fingerprints="${fps}">${escapeXmlText(asciiJson(state.case))}</arende>`
  );
}

/** The settings value (a string, so the settings store never reinterprets it). */
export function storageJson(state: StoredState): string {
  return asciiJson(state);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A parsed value → StoredState, or undefined when it is not one. Accepts a bare case object too
 * (a document whose part holds only the case): then there are no fingerprints.
 */
export function toStoredState(value: unknown): StoredState | undefined {
  if (!isRecord(value)) return undefined;
  if (value.format === 'tu-arende') {
    const fps: Partial<Record<SectionId, string>> = {};
    if (isRecord(value.fingerprints)) {
      for (const id of ALL_SECTION_IDS) {
        const f = value.fingerprints[id];
        if (typeof f === 'string') fps[id] = f;
      }
    }
    return {
      format: 'tu-arende',
      version: 1,
      seq: typeof value.seq === 'number' && Number.isFinite(value.seq) ? value.seq : 0,
      case: value.case,
      fingerprints: fps,
    };
  }
  // Anything else is taken as a bare case (the .docx writer stores just the case); validate it on use.
  return { format: 'tu-arende', version: 1, seq: 0, case: value, fingerprints: {} };
}

/** The custom XML part's content → StoredState; undefined (never an exception) when unreadable. */
export function parseStorageXml(xml: string): StoredState | undefined {
  try {
    const m = /<(?:[A-Za-z_][\w.-]*:)?arende\b([^>]*)>([\s\S]*)<\/(?:[A-Za-z_][\w.-]*:)?arende\s*>/.exec(xml);
    if (!m) return undefined;
    const attrs = m[1];
    const attr = (name: string): string | undefined => {
      const a = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
      return a ? unescapeXmlText(a[1]) : undefined;
    };
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(m[2]);
    const text = (cdata ? cdata[1] : unescapeXmlText(m[2])).trim();
    if (!text) return undefined;
    const value: unknown = JSON.parse(text);
    if (isRecord(value) && value.format === 'tu-arende') return toStoredState(value);
    const state = toStoredState(value);
    if (!state) return undefined;
    const seq = Number(attr('seq'));
    if (Number.isFinite(seq)) state.seq = seq;
    for (const pair of (attr('fingerprints') ?? '').split(';')) {
      const eq = pair.indexOf('=');
      const id = pair.slice(0, eq);
      if (eq > 0 && (ALL_SECTION_IDS as readonly string[]).includes(id)) state.fingerprints[id as SectionId] = pair.slice(eq + 1);
    }
    return state;
  } catch {
    return undefined;
  }
}

/** The settings value → StoredState; undefined when absent or unreadable. */
export function parseStorageJson(value: unknown): StoredState | undefined {
  try {
    return toStoredState(typeof value === 'string' ? JSON.parse(value) : value);
  } catch {
    return undefined;
  }
}

/** The newer of two stores (higher seq; the XML part when equal). */
export function newer(a: StoredState | undefined, b: StoredState | undefined): StoredState | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.seq > a.seq ? b : a;
}
