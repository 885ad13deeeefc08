/**
 * A small, fast XML reader for the parts of a .docx. Each element is one XNode: its local name
 * (namespace prefix removed), its children in order, and its attributes, which are read from the
 * source text only when asked for (XNode.attr: by local name, the first one wins, xmlns attributes
 * left out, the value as written — entities are decoded by the caller). Text is a '#text' node
 * (text on both sides of a comment or processing instruction is one text), CDATA a '#cdata'
 * node; comments, processing instructions and the declaration are left out.
 *
 * It checks what a well-formed part needs (tags closed in order, quoted attributes, one root
 * element, nothing but white space outside it) and says where it goes wrong; nesting deeper
 * than `maxDepth` stops it. One pass over character codes with indexOf, no recursion and no
 * objects but the nodes themselves; a caller may read the common <w:p> in one step (FastReader,
 * paragraph.ts). A 12 000-paragraph document is read in about 10 ms in a fresh process.
 */
import { isJsSpace } from '../../model/chars';

/** Not well-formed XML, at 1-based line and column. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    what: string,
  ) {
    super(`${what} (rad ${line}, tecken ${column})`);
    this.name = 'XmlSyntaxError';
  }
}

/** Elements nested deeper than allowed. */
export class XmlDepthError extends Error {
  constructor(readonly maxDepth: number) {
    super(`nested deeper than ${maxDepth} levels`);
    this.name = 'XmlDepthError';
  }
}

const NO_KIDS: readonly XNode[] = Object.freeze([]);

/** An element, a text or a CDATA section. */
export interface XNode {
  /** The element's local name; '#text' for text, '#cdata' for a CDATA section. */
  readonly name: string;
  /** The children in order (none for text and CDATA). */
  readonly kids: readonly XNode[];
  /** The text as written (entities not decoded) of a text or CDATA node; '' for an element. */
  text: string;
  /** The value of the attribute with this local name, as written (entities not decoded). */
  attr(key: string): string | undefined;
}

/** The nodes parseXml makes itself. */
class XmlNode implements XNode {
  constructor(
    readonly name: string,
    readonly kids: readonly XNode[],
    public text: string,
    /** The part's text and where this element's attributes are written in it (from === to: none). */
    private readonly src: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  attr(key: string): string | undefined {
    return attrIn(this.src, this.from, this.to, key);
  }
}

/**
 * The value of the attribute with this local name among the attributes written in src from
 * `from` to `to` (checked by parseXml: name, '=', a quoted value, in turn; xmlns attributes are
 * not attributes): the first one, as written.
 */
export function attrIn(s: string, from: number, end: number, key: string): string | undefined {
  let p = from;
  while (p < end) {
    while (isJsSpace(s.charCodeAt(p))) p++;
    if (p >= end) break;
    const nameAt = p;
    let colon = -1;
    for (let c = s.charCodeAt(p); !isNameStop(c) && p < end; c = s.charCodeAt(++p)) if (c === 58 && colon < 0) colon = p;
    const nameEnd = p;
    while (s.charCodeAt(p) !== 61 /* = */) p++;
    p++;
    while (isJsSpace(s.charCodeAt(p))) p++;
    const qe = s.indexOf(s[p], p + 1);
    const local = colon < 0 ? nameAt : colon + 1;
    if (nameEnd - local === key.length && s.startsWith(key, local) && !isXmlns(s, nameAt, nameEnd)) return s.slice(p + 1, qe);
    p = qe + 1;
  }
  return undefined;
}

/**
 * Reads the element that starts at `at` (a '<' followed by "w:p" and the end of the name) in one
 * step: pushes its node to `kids` and says where it ends, or says -1 to leave it to the parser.
 * What it accepts must be well-formed and nest at most 3 levels (the element, a child and a
 * grandchild, not counting empty elements), and its node's kids must be what the parser gives.
 */
export type FastReader = (text: string, at: number, kids: XNode[]) => number;

/** xmlns or xmlns:…, which are not attributes of the element. */
function isXmlns(s: string, from: number, to: number): boolean {
  return s.startsWith('xmlns', from) && (to === from + 5 || s.charCodeAt(from + 5) === 58);
}

/** Ends a name: white space, / > = < " ' ! ? (and the end of the text, NaN). */
function isNameStop(c: number): boolean {
  return c === 62 || c === 47 || c === 61 || c === 60 || c === 34 || c === 39 || c === 33 || c === 63 || isJsSpace(c) || c !== c;
}

/** "<w:p" and the end of the name at `at`. */
function isParagraphStart(text: string, at: number): boolean {
  if (text.charCodeAt(at + 2) !== 58 || text.charCodeAt(at + 3) !== 112) return false;
  const c = text.charCodeAt(at + 4);
  return c === 62 || c === 47 || isJsSpace(c);
}

function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: at - last };
}

/**
 * Parses an XML part into ordered nodes; `fast` may read <w:p> elements in one step (see FastReader).
 * @throws XmlSyntaxError, XmlDepthError
 */
export function parseXml(source: string, maxDepth: number, fast?: FastReader): XNode[] {
  // XML reads every line end as one line feed.
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const fail = (at: number, what: string): never => {
    const p = position(text, at);
    throw new XmlSyntaxError(p.line, p.column, what);
  };
  const skipSpace = (p: number): number => {
    while (isJsSpace(text.charCodeAt(p))) p++;
    return p;
  };
  const root: XNode[] = [];
  // The open elements: their children, and where their start tags begin and their names end.
  const stack: XNode[][] = [];
  const openAt: number[] = [];
  const nameEnds: number[] = [];
  let kids: XNode[] | undefined;
  let rootSeen = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const t = text.slice(i, end);
      if (kids !== undefined) {
        const last = kids[kids.length - 1];
        // Text on both sides of a comment or instruction is one text, as a general parser gives it.
        if (last !== undefined && last.name === '#text' && text.charCodeAt(i - 1) === 62 && text.charCodeAt(i - 2) !== 47) {
          const before = text.lastIndexOf('<', i - 1);
          const c = text.charCodeAt(before + 1);
          if (c === 33 && !text.startsWith('<![CDATA[', before)) last.text += t;
          else if (c === 63) last.text += t;
          else kids.push(new XmlNode('#text', NO_KIDS, t, '', 0, 0));
        } else kids.push(new XmlNode('#text', NO_KIDS, t, '', 0, 0));
      } else if (t.trim() !== '') fail(i, 'text utanför rotelementet');
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) fail(lt, 'en bearbetningsinstruktion stängs aldrig');
      i = close + 2;
    } else if (next === 33 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close < 0) fail(lt, 'en kommentar stängs aldrig');
        i = close + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0) fail(lt, 'ett CDATA-avsnitt stängs aldrig');
        if (kids === undefined) return fail(lt, 'CDATA utanför rotelementet');
        kids.push(new XmlNode('#cdata', NO_KIDS, text.slice(lt + 9, close), '', 0, 0));
        i = close + 3;
      } else {
        fail(lt, 'en deklaration (<!…) som inte hör hemma här');
      }
    } else if (next === 47 /* / */) {
      const close = text.indexOf('>', lt + 2);
      if (close < 0) fail(lt, 'en sluttagg stängs aldrig');
      const depth = stack.length;
      if (depth === 0) fail(lt, `sluttaggen </${text.slice(lt + 2, close).trimEnd()}> har ingen starttagg`);
      const from = openAt[depth - 1] + 1;
      const len = nameEnds[depth - 1] - from;
      // Mostly </name> right after the name; anything else is compared as written, white space trimmed.
      let same = close === lt + 2 + len;
      for (let k = 0; same && k < len; k++) same = text.charCodeAt(from + k) === text.charCodeAt(lt + 2 + k);
      if (!same) {
        const raw = text.slice(lt + 2, close).trimEnd();
        const open = text.slice(from, from + len);
        if (open !== raw) fail(lt, `sluttaggen </${raw}> stänger <${open}>`);
      }
      stack.pop();
      openAt.pop();
      nameEnds.pop();
      kids = stack.length > 0 ? stack[stack.length - 1] : undefined;
      i = close + 1;
    } else {
      if (fast !== undefined && next === 119 /* w */ && kids !== undefined && stack.length + 3 <= maxDepth && isParagraphStart(text, lt)) {
        const after = fast(text, lt, kids);
        if (after >= 0) {
          i = after;
          continue;
        }
      }
      let p = lt + 1;
      let colon = -1;
      for (let c = next; !isNameStop(c); c = text.charCodeAt(++p)) if (c === 58 && colon < 0) colon = p;
      const nameEnd = p;
      if (nameEnd === lt + 1) fail(lt, 'ett ogiltigt tecken efter <');
      const attrsFrom = p;
      let attrsTo = p;
      let selfClosing = false;
      for (;;) {
        p = skipSpace(p);
        const c = text.charCodeAt(p);
        if (c === 62 /* > */) {
          attrsTo = p;
          p++;
          break;
        }
        if (c === 47 /* / */ && text.charCodeAt(p + 1) === 62) {
          attrsTo = p;
          selfClosing = true;
          p += 2;
          break;
        }
        if (p >= n) fail(lt, `taggen <${text.slice(lt + 1, nameEnd)}> stängs aldrig`);
        const nameAt = p;
        while (!isNameStop(text.charCodeAt(p))) p++;
        if (p === nameAt || nameAt === nameEnd) fail(nameAt, `ett ogiltigt tecken i taggen <${text.slice(lt + 1, nameEnd)}>`);
        const attrEnd = p;
        p = skipSpace(p);
        if (text.charCodeAt(p) !== 61 /* = */) fail(p, `attributet ${text.slice(nameAt, attrEnd)} saknar värde`);
        p = skipSpace(p + 1);
        const q = text.charCodeAt(p);
        if (q !== 34 && q !== 39) fail(p, `attributet ${text.slice(nameAt, attrEnd)} har ett värde utan citattecken`);
        const qe = text.indexOf(q === 34 ? '"' : "'", p + 1);
        if (qe < 0) fail(p, `attributet ${text.slice(nameAt, attrEnd)} stängs aldrig`);
        const inner = text.indexOf('<', p + 1);
        if (inner >= 0 && inner < qe) fail(p, `attributet ${text.slice(nameAt, attrEnd)} innehåller <`);
        p = qe + 1;
      }
      const children: XNode[] | readonly XNode[] = selfClosing ? NO_KIDS : [];
      const node = new XmlNode(text.slice(colon < 0 ? lt + 1 : colon + 1, nameEnd), children, '', text, attrsFrom, attrsTo);
      if (kids !== undefined) kids.push(node);
      else {
        if (rootSeen) fail(lt, 'mer än ett rotelement');
        rootSeen = true;
        root.push(node);
      }
      if (!selfClosing) {
        if (stack.length >= maxDepth) throw new XmlDepthError(maxDepth);
        kids = children as XNode[];
        stack.push(kids);
        openAt.push(lt);
        nameEnds.push(nameEnd);
      }
      i = p;
    }
  }
  if (stack.length > 0) fail(openAt[0], `taggen <${text.slice(openAt[0] + 1, nameEnds[0])}> stängs aldrig`);
  if (!rootSeen) fail(0, 'inget rotelement');
  return root;
}
