/**
 * The case stored inside a document, besides its text: the case itself and a fingerprint
 * (fingerprint.ts) of each section as the add-in inserted it. One codec for the Word shell and
 * the .docx writer and reader; pure code (no Word, no fs).
 *
 * Where it is stored:
 *  - a custom XML part (WordApi 1.4+, and every .docx the CLI writes): root <arende> in
 *    CASE_XML_NAMESPACE whose text is the case JSON, with the add-in's bookkeeping in attributes:
 *    `<arende xmlns="urn:…" version="1" seq="3" fingerprints="forslag=fnv1a64:…;bakgrund=…">{…}</arende>`.
 *    Parts written by earlier versions hold only the case (no seq, no fingerprints) or, in the
 *    text, the whole StoredState as JSON; both are read.
 *  - Office.context.document.settings under SETTINGS_KEY (WordApi 1.3): the StoredState as a
 *    JSON string.
 * When both exist (a document edited in both kinds of Word) the one with the higher seq wins (newer()).
 *
 * Decoding never throws: it says ok, not-found, or invalid with a Swedish reason, so a caller can
 * tell the user that the stored case was damaged or edited by hand instead of silently ignoring it.
 * The case inside is NOT validated here; validate it with validateCase before use.
 */
import { z } from 'zod';
import { FINGERPRINT_PATTERN } from './fingerprint';
import { ALL_SECTION_IDS, type SectionId } from './sections';

/** The XML namespace of the stored-case part. The only place this string is written. */
export const CASE_XML_NAMESPACE = 'urn:stockholm:tu:arende:1';
/** The local name of the part's root element. */
export const CASE_XML_ROOT = 'arende';
/** The key in Office.context.document.settings (WordApi 1.3). */
export const SETTINGS_KEY = 'tu:arende';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const KNOWN_SECTIONS: ReadonlySet<string> = new Set(ALL_SECTION_IDS);

const FINGERPRINTS_BAD = 'fingeravtrycken av avsnitten har fel form';

/**
 * The stored state's schema, made on first use: a state as the add-in and `tu draft` write it is
 * read by quickState below without it; the schema decides, and words the message, for anything else.
 */
function makeStoredState() {
  /** Fingerprints by section id. Ids this version does not know are dropped (a later version may add sections). */
  const Fingerprints = z
    .record(z.string(), z.string().regex(FINGERPRINT_PATTERN, { error: FINGERPRINTS_BAD }), { error: FINGERPRINTS_BAD })
    .transform((fps): Partial<Record<SectionId, string>> => {
      const out: Partial<Record<SectionId, string>> = {};
      for (const [id, fp] of Object.entries(fps)) if (KNOWN_SECTIONS.has(id)) out[id as SectionId] = fp;
      return out;
    });

  /** The state the add-in keeps in a document. */
  const StoredState = z.object({
    format: z.literal('tu-arende', { error: 'formatet är inte "tu-arende"' }),
    version: z.literal(1, { error: 'versionen är okänd' }),
    /** Increases by one on every save; decides between two stores. */
    seq: z
      .number({ error: 'löpnumret är inte ett tal' })
      .int({ error: 'löpnumret är inte ett heltal' })
      .min(0, { error: 'löpnumret är negativt' })
      .max(Number.MAX_SAFE_INTEGER, { error: 'löpnumret är för stort' })
      .default(0),
    /** The case, as given to apply (validated before it was stored; validate again on read). */
    case: z.unknown().refine(isRecord, { error: 'ärendet saknas eller är inte ett objekt' }),
    /** Fingerprint of each section's text as the add-in inserted it. */
    fingerprints: Fingerprints.default({}),
  });
  return StoredState;
}

let made: ReturnType<typeof makeStoredState> | undefined;

/** The stored state's zod schema (made on first use). */
export function storedStateSchema(): ReturnType<typeof makeStoredState> {
  return (made ??= makeStoredState());
}

/** The state the add-in keeps in a document. */
export type StoredState = z.output<ReturnType<typeof makeStoredState>>;

/** What decoding found. */
export type StoredDecode =
  | { kind: 'ok'; state: StoredState }
  | { kind: 'not-found' }
  | {
      kind: 'invalid';
      /** What kind of damage: unreadable XML, unreadable JSON, or content that is not a stored case. */
      cause: 'xml' | 'json' | 'schema';
      /** A Swedish sentence for the user: what is wrong with the stored case. */
      reason: string;
    };

const NOT_FOUND: StoredDecode = { kind: 'not-found' };

function invalid(cause: 'xml' | 'json' | 'schema', detail: string): StoredDecode {
  const what =
    cause === 'xml'
      ? `XML-koden är trasig (${detail})`
      : cause === 'json'
        ? `innehållet är inte giltig JSON (${detail})`
        : `innehållet har ändrats utanför tillägget: ${detail}`;
  return { kind: 'invalid', cause, reason: `Ärendet som är sparat i dokumentet går inte att läsa: ${what}.` };
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** JSON with every non-ASCII code unit escaped, so the XML is plain ASCII and round-trips exactly. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The custom XML part's content for a state. */
export function encodeStoredXml(state: StoredState): string {
  const fps = ALL_SECTION_IDS.filter((id) => state.fingerprints[id])
    .map((id) => `${id}=${state.fingerprints[id]}`)
    .join(';');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<${CASE_XML_ROOT} xmlns="${CASE_XML_NAMESPACE}" version="1" seq="${state.seq}" fingerprints="${escapeXmlText(fps).replace(/"/g, '&quot;')}">` +
    `${escapeXmlText(asciiJson(state.case))}</${CASE_XML_ROOT}>`
  );
}

/** The settings value for a state (a string, so the settings store never reinterprets it). */
export function encodeStoredSettings(state: StoredState): string {
  return asciiJson(state);
}

// ---------------------------------------------------------------------------------------------
// Decoding

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character data; undefined when it holds a bare '&', an unknown entity or an impossible character. */
function decodeXmlText(s: string): string | undefined {
  let bad = false;
  const out = s.replace(/&([^;&\s]{0,12});?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) {
      bad = true;
      return whole;
    }
    if (body in NAMED) return NAMED[body];
    const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
    const code = m ? (m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10)) : NaN;
    if (!(code >= 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
      bad = true;
      return whole;
    }
    return String.fromCodePoint(code);
  });
  return bad ? undefined : out;
}

/** The attributes of a start tag; undefined when they are not well-formed name="value" pairs. */
function parseAttributes(text: string): Map<string, string> | undefined {
  const attrs = new Map<string, string>();
  const re = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/gy;
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    const value = decodeXmlText(m[2] ?? m[3]);
    if (value === undefined || attrs.has(m[1])) return undefined;
    attrs.set(m[1], value);
    at = re.lastIndex;
  }
  return text.slice(at).trim() === '' ? attrs : undefined;
}

/** Comments, processing instructions (the XML declaration) and whitespace, as allowed around the root element. */
const MISC = /^(?:\s+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*/;

/**
 * The custom XML part's content → the stored state. not-found when the root element is not in
 * CASE_XML_NAMESPACE (another add-in's part); invalid when it is, but cannot be read.
 */
export function decodeStoredXml(xml: string): StoredDecode {
  const text = xml.replace(/^\uFEFF/, '');
  let at = MISC.exec(text)?.[0].length ?? 0;
  if (text.startsWith('<!DOCTYPE', at) || text.startsWith('<!doctype', at)) return invalid('xml', 'en DOCTYPE är inte tillåten');
  const start = /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:\s[^<>]*?)?)(\/?)>/.exec(text.slice(at));
  if (!start) return NOT_FOUND;
  const [tag, prefix, local, attrText, selfClosing] = start;
  const attrs = parseAttributes(attrText);
  const ns = attrs?.get(prefix ? `xmlns:${prefix}` : 'xmlns');
  if (ns !== CASE_XML_NAMESPACE) {
    // Not ours, unless the namespace is written somewhere in a start tag we could not read.
    return attrs === undefined && attrText.includes(CASE_XML_NAMESPACE)
      ? invalid('xml', 'rotelementets attribut går inte att läsa')
      : NOT_FOUND;
  }
  if (local !== CASE_XML_ROOT) return invalid('xml', `rotelementet heter <${local}>, inte <${CASE_XML_ROOT}>`);
  if (selfClosing) return invalid('json', 'inget ärende finns i det');
  at += tag.length;
  const qname = prefix ? `${prefix}:${local}` : local;
  const endTag = new RegExp(`</${qname.replace(/[.-]/g, '\\$&')}\\s*>`, 'g');
  let end = -1;
  for (let m = endTag.exec(text); m; m = endTag.exec(text)) {
    if (MISC.exec(text.slice(m.index + m[0].length))?.[0].length === text.length - m.index - m[0].length) {
      end = m.index;
      break;
    }
  }
  if (end < 0) return invalid('xml', `slutet </${qname}> saknas eller följs av annat`);
  const raw = text.slice(at, end);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  let body: string | undefined;
  if (cdata) body = cdata[1];
  else if (raw.includes('<')) return invalid('xml', `<${qname}> innehåller andra element än text`);
  else body = decodeXmlText(raw);
  if (body === undefined) return invalid('xml', 'ett &-tecken eller en teckenreferens är fel skriven');

  const parsed = parseJson(body);
  if (parsed.kind !== 'ok') return parsed.kind === 'empty' ? invalid('json', 'inget ärende finns i det') : invalid('json', parsed.detail);
  const value = parsed.value;
  if (isRecord(value) && value.format !== undefined) return fromState(value);
  if (!attrs) return invalid('xml', 'rotelementets attribut går inte att läsa');

  // A bare case, with the bookkeeping in attributes (absent in parts the first .docx writer wrote).
  const fingerprints: Record<string, string> = {};
  const fpText = attrs.get('fingerprints') ?? '';
  for (const pair of fpText ? fpText.split(';') : []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return invalid('schema', FINGERPRINTS_BAD);
    fingerprints[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const seqText = attrs.get('seq');
  const seq = seqText === undefined ? 0 : /^\s*\d{1,16}\s*$/.test(seqText) ? Number(seqText) : NaN;
  return fromState({ format: 'tu-arende', version: 1, seq, case: value, fingerprints });
}

/** The settings value (a JSON string, or an object from an older version) → the stored state. */
export function decodeStoredSettings(value: unknown): StoredDecode {
  if (value === undefined || value === null || value === '') return NOT_FOUND;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    const p = parseJson(value);
    if (p.kind === 'empty') return NOT_FOUND;
    if (p.kind === 'error') return invalid('json', p.detail);
    parsed = p.value;
  }
  if (isRecord(parsed) && parsed.format !== undefined) return fromState(parsed);
  // Anything else is taken as a bare case; it is validated on use.
  return fromState({ format: 'tu-arende', version: 1, seq: 0, case: parsed, fingerprints: {} });
}

function parseJson(text: string): { kind: 'ok'; value: unknown } | { kind: 'empty' } | { kind: 'error'; detail: string } {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'error', detail: 'ett kommatecken, citattecken eller en klammer saknas eller är fel' };
  }
}

/**
 * The state when `value` is certainly one the schema accepts, built as the schema builds it (the
 * fields in its order, seq 0 and no fingerprints when absent, fingerprints of sections this
 * version does not know dropped); undefined when in any doubt, and then the schema decides.
 * test/model/stored-case.test.ts compares the two on valid and damaged states.
 */
function quickState(value: unknown): StoredState | undefined {
  if (!isRecord(value) || value.format !== 'tu-arende' || value.version !== 1 || !isRecord(value.case)) return undefined;
  const seq = value.seq === undefined ? 0 : value.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return undefined;
  const fps = value.fingerprints === undefined ? {} : value.fingerprints;
  if (!isRecord(fps) || Object.getPrototypeOf(fps) !== Object.prototype) return undefined;
  const fingerprints: Partial<Record<SectionId, string>> = {};
  for (const id of Object.keys(fps)) {
    const fp = fps[id];
    if (id === '__proto__' || typeof fp !== 'string' || !FINGERPRINT_PATTERN.test(fp)) return undefined;
    if (KNOWN_SECTIONS.has(id)) fingerprints[id as SectionId] = fp;
  }
  return { format: 'tu-arende', version: 1, seq, case: value.case, fingerprints };
}

function fromState(value: unknown): StoredDecode {
  const quick = quickState(value);
  if (quick) return { kind: 'ok', state: quick };
  const r = storedStateSchema().safeParse(value);
  if (r.success) return { kind: 'ok', state: r.data };
  return invalid('schema', r.error.issues[0].message);
}

/** The state when decoding found one; undefined when there was none or it could not be read. */
export function storedStateOf(decoded: StoredDecode): StoredState | undefined {
  return decoded.kind === 'ok' ? decoded.state : undefined;
}

/** The newer of two stores (higher seq; the first when equal). */
export function newer(a: StoredState | undefined, b: StoredState | undefined): StoredState | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.seq > a.seq ? b : a;
}
