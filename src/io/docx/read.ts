/**
 * .docx → DocText, host-free (fflate + our own XML reader, xml.ts; Uint8Array in).
 *
 * Body paragraphs come first, in document order (also those in tables and content controls),
 * then the paragraphs of headers, footers, footnotes, endnotes, comments and text boxes, each
 * with its `part`. Heading levels come from the paragraph's style, matched on the style's NAME
 * (case-insensitively, in several languages: "heading 1", "Rubrik 1", "Überschrift 1", "Titre 1" …,
 * because localized Word files translate style ids), or from an outline level in the style or
 * the paragraph. Text is what Word shows: field RESULTS (not field codes), tabs and line breaks
 * as one space, deleted revisions left out.
 *
 * Any input gives a DocText or an InputError in plain Swedish; never another exception.
 */
import type { DocParagraph, DocPart, DocText } from '../../check/types';
import { InputError } from '../../model/errors';
import { validateCase } from '../../model/validate';
import { decodeStoredXml, type StoredDecode } from '../../model/stored-case';
import { DocxPackage, SAVE_AS } from './package';
import { decodeXmlEntities } from './text';
import { parseXml, XmlDepthError, XmlSyntaxError, type XNode } from './xml';

// ---------------------------------------------------------------------------------------------
// XML

const MAX_DEPTH = 400;

function nameOf(n: XNode): string {
  for (const k in n) if (k !== ':@') return k;
  return '';
}

function kids(n: XNode): XNode[] {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

function attr(n: XNode | undefined, key: string): string | undefined {
  if (!n) return undefined;
  const a = n[':@'] as Record<string, unknown> | undefined;
  const v = a?.[key];
  return typeof v === 'string' ? decodeXmlEntities(v) : undefined;
}

function child(n: XNode | undefined, name: string): XNode | undefined {
  if (!n) return undefined;
  for (const c of kids(n)) if (nameOf(c) === name) return c;
  return undefined;
}

function textContent(n: XNode): string {
  let s = '';
  for (const c of kids(n)) {
    if ('#text' in c) s += decodeXmlEntities(String(c['#text']));
    else if ('#cdata' in c) s += cdataText(c);
  }
  return s;
}

function cdataText(n: XNode): string {
  const v = n['#cdata'];
  const str = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');
  if (Array.isArray(v)) return v.map((x: XNode) => str(x['#text'])).join('');
  return str(v);
}

// ---------------------------------------------------------------------------------------------
// Styles

/** "heading 1" in the languages Word is used in around here, and the common ones beyond. */
const HEADING_NAME =
  /^(?:heading|rubrik|överskrift|overskrift|overskrift|überschrift|uberschrift|titre|titolo|título|titulo|kop|otsikko|nagłówek|naglowek|nadpis|címsor|заголовок|başlık|baslik|antraštė|virsraksts|pealkiri|fyrirsögn)\s*([1-9])$/i;

/** The heading level a style name or id stands for ("Rubrik 1", "Heading1", "heading 2"), else null. */
export function headingLevelFromStyleName(name: string): number | null {
  const m = HEADING_NAME.exec(name.trim());
  return m ? Number(m[1]) : null;
}

interface StyleInfo {
  name?: string;
  basedOn?: string;
  outline?: number;
  /** numId given by the style: undefined = none, '0' = explicitly none. */
  numId?: string;
}

interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string;
}

function parseStyles(root: XNode[] | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  const stylesEl = root?.find((n) => nameOf(n) === 'styles');
  for (const s of stylesEl ? kids(stylesEl) : []) {
    if (nameOf(s) !== 'style') continue;
    const type = attr(s, 'type') ?? 'paragraph';
    if (type !== 'paragraph') continue;
    const id = attr(s, 'styleId');
    if (id === undefined) continue;
    const pPr = child(s, 'pPr');
    const outline = attr(child(pPr, 'outlineLvl'), 'val');
    const numPr = child(pPr, 'numPr');
    const info: StyleInfo = {
      name: attr(child(s, 'name'), 'val'),
      basedOn: attr(child(s, 'basedOn'), 'val'),
      outline: outline !== undefined && /^\d+$/.test(outline) ? Number(outline) : undefined,
      numId: numPr ? (attr(child(numPr, 'numId'), 'val') ?? undefined) : undefined,
    };
    byId.set(id, info);
    const def = attr(s, 'default');
    if (def === '1' || def === 'true' || def === 'on') defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

class StyleResolver {
  private readonly levelCache = new Map<string, number | null>();
  constructor(private readonly styles: Styles) {}

  get defaultId(): string | undefined {
    return this.styles.defaultParagraph;
  }

  name(id: string): string {
    return this.styles.byId.get(id)?.name ?? id;
  }

  level(id: string): number | null {
    const hit = this.levelCache.get(id);
    if (hit !== undefined) return hit;
    let level: number | null = null;
    let cur: string | undefined = id;
    const seen = new Set<string>();
    while (cur !== undefined && !seen.has(cur) && seen.size < 20) {
      seen.add(cur);
      const s = this.styles.byId.get(cur);
      const byName = headingLevelFromStyleName(s?.name ?? cur);
      if (byName !== null) {
        level = byName;
        break;
      }
      if (s?.outline !== undefined) {
        level = s.outline <= 8 ? s.outline + 1 : null;
        break;
      }
      cur = s?.basedOn;
    }
    this.levelCache.set(id, level);
    return level;
  }

  isList(id: string): boolean {
    let cur: string | undefined = id;
    const seen = new Set<string>();
    while (cur !== undefined && !seen.has(cur) && seen.size < 20) {
      seen.add(cur);
      const s = this.styles.byId.get(cur);
      if (s?.numId !== undefined) return s.numId !== '0';
      cur = s?.basedOn;
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Walking the content

interface Ctx {
  part: DocPart;
  inTable: boolean;
  tag?: string;
}

interface FieldState {
  phase: 'code' | 'result';
}

/** Elements whose content Word does not show as text of the paragraph. */
const SKIP = new Set([
  'pPr',
  'rPr',
  'sectPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'sdtPr',
  'sdtEndPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'rt',
  'bookmarkStart',
  'bookmarkEnd',
  'commentRangeStart',
  'commentRangeEnd',
  'proofErr',
  'permStart',
  'permEnd',
  'lastRenderedPageBreak',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'annotationRef',
  'footnoteRef',
  'endnoteRef',
  'separator',
  'continuationSeparator',
  'object',
  'fldData',
  'customXmlPr',
  'smartTagPr',
  'altChunk',
]);

class Walker {
  readonly body: DocParagraph[] = [];
  readonly textboxes: { ctx: Ctx; nodes: XNode[] }[] = [];
  /** Text deleted with tracked changes (w:del, w:moveFrom), by the paragraph it was deleted from. */
  readonly deleted = new Map<DocParagraph, string>();
  private deletedNow = '';
  private fields: FieldState[] = [];
  private out: DocParagraph[] = this.body;

  constructor(private readonly styles: StyleResolver) {}

  /** Walks block content (body, cell, header, note …) into `out`. */
  blocks(nodes: XNode[], ctx: Ctx, out: DocParagraph[], depth = 0): void {
    this.out = out;
    for (const n of nodes) this.block(n, ctx, depth);
  }

  resetFields(): void {
    this.fields = [];
  }

  private block(n: XNode, ctx: Ctx, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const name = nameOf(n);
    switch (name) {
      case 'p':
        this.paragraph(n, ctx, depth);
        return;
      case 'tbl':
        for (const tr of kids(n)) {
          const trName = nameOf(tr);
          if (trName === 'tr') {
            for (const tc of kids(tr)) this.cellLike(tc, ctx, depth + 1);
          } else if (!SKIP.has(trName)) {
            // Rows wrapped in content controls, customXml or revisions.
            this.cellLike(tr, ctx, depth + 1);
          }
        }
        return;
      case 'sdt': {
        const tag = attr(child(child(n, 'sdtPr'), 'tag'), 'val');
        const inner: Ctx = { ...ctx, tag: tag !== undefined && tag !== '' ? tag : ctx.tag };
        const content = child(n, 'sdtContent');
        if (content) for (const c of kids(content)) this.block(c, inner, depth + 1);
        return;
      }
      case 'AlternateContent':
        for (const c of alternate(n)) this.block(c, ctx, depth + 1);
        return;
      default:
        if (SKIP.has(name) || name === '#text' || name === '#cdata' || name === '') return;
        // customXml, ins, moveTo, smartTag, body, tc, tr … : their children are blocks.
        for (const c of kids(n)) this.block(c, ctx, depth + 1);
    }
  }

  private cellLike(n: XNode, ctx: Ctx, depth: number): void {
    const name = nameOf(n);
    if (name === 'tc') {
      for (const c of kids(n)) this.block(c, { ...ctx, inTable: true }, depth + 1);
    } else if (name === 'tr') {
      for (const c of kids(n)) this.cellLike(c, ctx, depth + 1);
    } else if (name === 'sdt') {
      const tag = attr(child(child(n, 'sdtPr'), 'tag'), 'val');
      const inner: Ctx = { ...ctx, tag: tag !== undefined && tag !== '' ? tag : ctx.tag };
      const content = child(n, 'sdtContent');
      if (content) for (const c of kids(content)) this.cellLike(c, inner, depth + 1);
    } else if (!SKIP.has(name) && name !== '#text' && name !== '') {
      for (const c of kids(n)) this.cellLike(c, ctx, depth + 1);
    }
  }

  private paragraph(p: XNode, ctx: Ctx, depth: number): void {
    const pPr = child(p, 'pPr');
    const styleId = attr(child(pPr, 'pStyle'), 'val') ?? this.styles.defaultId;
    const numPr = child(pPr, 'numPr');
    const directNum = numPr ? attr(child(numPr, 'numId'), 'val') : undefined;
    let isListItem: boolean;
    if (directNum !== undefined) isListItem = directNum !== '0';
    else if (numPr && child(numPr, 'ilvl')) isListItem = styleId !== undefined && this.styles.isList(styleId);
    else isListItem = styleId !== undefined && this.styles.isList(styleId);

    const outline = attr(child(pPr, 'outlineLvl'), 'val');
    let headingLevel: number | null = null;
    if (outline !== undefined && /^\d+$/.test(outline) && Number(outline) <= 8) headingLevel = Number(outline) + 1;
    else if (styleId !== undefined) headingLevel = this.styles.level(styleId);

    const outerDeleted = this.deletedNow;
    this.deletedNow = '';
    const text = this.inline(kids(p), ctx, depth + 1);
    const deleted = this.deletedNow;
    this.deletedNow = outerDeleted;
    const para: DocParagraph = {
      index: 0,
      text,
      headingLevel,
      isListItem,
      inTable: ctx.inTable,
      part: ctx.part,
    };
    if (styleId !== undefined) para.styleName = this.styles.name(styleId);
    if (ctx.tag !== undefined) para.tag = ctx.tag;
    this.out.push(para);
    if (deleted.trim() !== '') this.deleted.set(para, deleted);
  }

  private visible(): boolean {
    for (const f of this.fields) if (f.phase === 'code') return false;
    return true;
  }

  /** The text of run-level content. */
  private inline(nodes: XNode[], ctx: Ctx, depth: number): string {
    if (depth > MAX_DEPTH) return '';
    let s = '';
    for (const n of nodes) {
      const name = nameOf(n);
      switch (name) {
        case 't':
          if (this.visible()) s += textContent(n);
          break;
        case 'tab':
        case 'ptab':
        case 'br':
        case 'cr':
          if (this.visible()) s += ' ';
          break;
        case 'noBreakHyphen':
          if (this.visible()) s += '\u2011';
          break;
        case 'sym': {
          const code = attr(n, 'char');
          if (this.visible() && code && /^[0-9A-Fa-f]{1,4}$/.test(code)) {
            let cp = parseInt(code, 16);
            if (cp >= 0xf000 && cp <= 0xf0ff) cp -= 0xf000; // symbol-font private use → its ASCII slot
            if (cp >= 0x20) s += String.fromCharCode(cp);
          }
          break;
        }
        case 'fldChar': {
          const type = attr(n, 'fldCharType');
          if (type === 'begin') this.fields.push({ phase: 'code' });
          else if (type === 'separate') {
            const top = this.fields[this.fields.length - 1];
            if (top) top.phase = 'result';
          } else if (type === 'end') this.fields.pop();
          break;
        }
        case 'drawing':
        case 'pict':
        case 'AlternateContent':
          this.collectTextboxes(n, ctx, depth + 1);
          break;
        case 'pPr':
        case 'rPr':
          break;
        case 'del':
        case 'moveFrom':
          // Not shown, but still in the file until the changes are accepted: kept for the personnummer rule.
          this.deletedNow += deletedText(kids(n), depth + 1);
          break;
        default:
          if (SKIP.has(name) || name === '#text' || name === '#cdata' || name === '') break;
          // r, hyperlink, ins, moveTo, smartTag, fldSimple, sdt/sdtContent, customXml, bdo, dir, ruby/rubyBase, oMath …
          s += this.inline(kids(n), ctx, depth + 1);
      }
    }
    return s;
  }

  private collectTextboxes(n: XNode, ctx: Ctx, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const name = nameOf(n);
    if (name === 'txbxContent') {
      this.textboxes.push({ ctx: { part: 'textbox', inTable: false, tag: undefined }, nodes: kids(n) });
      return;
    }
    const next = name === 'AlternateContent' ? alternate(n) : kids(n);
    for (const c of next) this.collectTextboxes(c, ctx, depth + 1);
  }
}

/** The text of deleted runs (w:delText, and w:t inside w:moveFrom), iteratively. */
function deletedText(nodes: XNode[], depth: number): string {
  let s = '';
  const stack: { nodes: XNode[]; i: number }[] = [{ nodes, i: 0 }];
  while (stack.length > 0 && stack.length + depth <= MAX_DEPTH) {
    const top = stack[stack.length - 1];
    if (top.i >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const n = top.nodes[top.i++];
    const name = nameOf(n);
    if (name === 'delText' || name === 't') s += textContent(n);
    else if (name === 'tab' || name === 'br' || name === 'cr') s += ' ';
    else if (name !== 'rPr' && name !== 'instrText' && name !== 'delInstrText' && name !== '#text') stack.push({ nodes: kids(n), i: 0 });
  }
  return s;
}

/** The content of mc:AlternateContent Word would use: the first Choice, else the Fallback. */
function alternate(n: XNode): XNode[] {
  const choice = child(n, 'Choice');
  if (choice) return kids(choice);
  const fallback = child(n, 'Fallback');
  return fallback ? kids(fallback) : [];
}

// ---------------------------------------------------------------------------------------------
// Package structure

interface Rel {
  type: string;
  target: string;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function resolveTarget(base: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : dirOf(base) + target;
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

class Reader {
  constructor(private readonly pkg: DocxPackage) {}

  get source(): string {
    return this.pkg.source;
  }

  async xml(name: string): Promise<XNode[]> {
    const text = await this.pkg.text(name);
    // Anywhere in the part, not only near its start: a DOCTYPE can declare entities (XXE, billion laughs).
    if (/<!DOCTYPE/i.test(text)) {
      throw new InputError(
        this.source,
        `filen är skadad eller manipulerad: delen ${name} innehåller en DOCTYPE-deklaration, vilket en Word-fil aldrig har. ${SAVE_AS}`,
      );
    }
    try {
      return parseXml(text, MAX_DEPTH);
    } catch (e) {
      if (e instanceof XmlDepthError) {
        throw new InputError(
          this.source,
          `delen ${name} är nästlad i fler än ${MAX_DEPTH} nivåer (till exempel tabeller i tabeller) och kan inte läsas. Förenkla dokumentet i Word och spara det igen.`,
        );
      }
      const where = e instanceof XmlSyntaxError ? ` (rad ${e.line}, tecken ${e.column})` : '';
      throw new InputError(this.source, `filen är skadad: delen ${name} är inte giltig XML${where}. ${SAVE_AS}`);
    }
  }

  async rels(part: string): Promise<Map<string, Rel>> {
    const out = new Map<string, Rel>();
    const path = relsPathOf(part);
    if (!this.pkg.has(path)) return out;
    let nodes: XNode[];
    try {
      nodes = await this.xml(path);
    } catch (e) {
      // A broken relationships part only loses us headers, notes and comments.
      if (e instanceof InputError && /inte giltig XML/.test(e.message)) return out;
      throw e;
    }
    const root = nodes.find((n) => nameOf(n) === 'Relationships');
    for (const r of root ? kids(root) : []) {
      if (nameOf(r) !== 'Relationship') continue;
      const id = attr(r, 'Id');
      const type = attr(r, 'Type') ?? '';
      const target = attr(r, 'Target');
      if (id === undefined || target === undefined || attr(r, 'TargetMode') === 'External') continue;
      out.set(id, { type, target: resolveTarget(part, target) });
    }
    return out;
  }

  /** The main document part: from the package relationships, else word/document.xml. */
  async mainPart(): Promise<string> {
    const root = await this.rels('');
    for (const r of root.values()) {
      if (/\/officeDocument$/.test(r.type) && this.pkg.has(r.target)) return r.target;
    }
    if (this.pkg.has('word/document.xml')) return 'word/document.xml';
    throw new InputError(this.source, `filen är ett zip-arkiv men ingen Word-fil (.docx): delen word/document.xml saknas. ${SAVE_AS}`);
  }
}

function relType(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

const NOTE_SKIP = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

async function readText(pkg: DocxPackage): Promise<DocText> {
  const reader = new Reader(pkg);
  const main = await reader.mainPart();
  const rels = await reader.rels(main);
  const byType = (t: string) => [...rels.values()].filter((r) => relType(r.type) === t && pkg.has(r.target)).map((r) => r.target);

  const stylesPart = byType('styles')[0] ?? (pkg.has('word/styles.xml') ? 'word/styles.xml' : undefined);
  let styles: Styles = { byId: new Map() };
  if (stylesPart) {
    try {
      styles = parseStyles(await reader.xml(stylesPart));
    } catch (e) {
      // Without styles we still read the text; heading levels then come from style ids.
      if (!(e instanceof InputError) || !/inte giltig XML|DOCTYPE/.test(e.message)) throw e;
    }
  }
  const walker = new Walker(new StyleResolver(styles));

  const docNodes = await reader.xml(main);
  const documentEl = docNodes.find((n) => nameOf(n) === 'document');
  const bodyEl = documentEl ? child(documentEl, 'body') : undefined;
  if (!documentEl) {
    throw new InputError(pkg.source, `filen är skadad: delen ${main} innehåller inget Word-dokument. ${SAVE_AS}`);
  }
  walker.blocks(bodyEl ? kids(bodyEl) : [], { part: 'body', inTable: false }, walker.body);

  const others: DocParagraph[] = [];
  const sortParts = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  for (const [type, part] of [
    ['header', 'header'],
    ['footer', 'footer'],
  ] as const) {
    for (const target of byType(type).sort(sortParts)) {
      const nodes = await reader.xml(target);
      const root = nodes.find((n) => nameOf(n) === (type === 'header' ? 'hdr' : 'ftr'));
      walker.resetFields();
      if (root) walker.blocks(kids(root), { part, inTable: false }, others);
    }
  }
  for (const [type, el, part] of [
    ['footnotes', 'footnote', 'footnote'],
    ['endnotes', 'endnote', 'endnote'],
  ] as const) {
    for (const target of byType(type)) {
      const nodes = await reader.xml(target);
      const root = nodes.find((n) => nameOf(n) === type);
      for (const note of root ? kids(root) : []) {
        if (nameOf(note) !== el || NOTE_SKIP.has(attr(note, 'type') ?? '')) continue;
        walker.resetFields();
        walker.blocks(kids(note), { part, inTable: false }, others);
      }
    }
  }
  for (const target of byType('comments')) {
    const nodes = await reader.xml(target);
    const root = nodes.find((n) => nameOf(n) === 'comments');
    for (const c of root ? kids(root) : []) {
      if (nameOf(c) !== 'comment') continue;
      walker.resetFields();
      walker.blocks(kids(c), { part: 'comment', inTable: false }, others);
    }
  }
  // Text boxes, including those inside text boxes, headers and notes.
  const boxes: DocParagraph[] = [];
  for (let i = 0; i < walker.textboxes.length && i < 10_000; i++) {
    const tb = walker.textboxes[i];
    walker.resetFields();
    walker.blocks(tb.nodes, tb.ctx, boxes);
  }

  const paragraphs = [...walker.body, ...others, ...boxes];
  paragraphs.forEach((p, i) => (p.index = i));
  const doc: DocText = { paragraphs, source: pkg.source };
  if (walker.deleted.size > 0) doc.deletedText = Array.from(walker.deleted, ([p, text]) => ({ paragraph: p.index, text }));
  return doc;
}

/** The first stored case among the custom XML parts; else the first damaged one; else not-found. */
async function findStoredCase(pkg: DocxPackage): Promise<StoredDecode> {
  const items = pkg
    .names()
    .filter((n) => /^customXml\/[^/]+\.xml$/i.test(n) && !/itemProps/i.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  let found: StoredDecode = { kind: 'not-found' };
  for (const name of items) {
    const decoded = decodeStoredXml(await pkg.text(name));
    if (decoded.kind === 'ok') return decoded;
    if (decoded.kind === 'invalid' && found.kind === 'not-found') found = decoded;
  }
  return found;
}

function internal(source: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const why = e instanceof Error ? e.message : String(e);
  return new InputError(
    source,
    `filen kunde inte läsas: den är skadad eller har ett innehåll som programmet inte känner igen (intern orsak: ${why}). ${SAVE_AS}`,
  );
}

/**
 * The text of a .docx as DocText. storedCase is set only when the document carries a case
 * (custom XML part) that validates as a Case.
 * @throws InputError in plain Swedish for anything that is not a readable .docx
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocText> {
  try {
    const pkg = await DocxPackage.open(bytes, fileName);
    const doc = await readText(pkg);
    let decoded: StoredDecode;
    try {
      decoded = await findStoredCase(pkg);
    } catch (e) {
      const why = e instanceof InputError ? e.problems.map((p) => p.what).join(' ') : 'delen kan inte läsas';
      decoded = { kind: 'invalid', cause: 'xml', reason: `Ärendet som är sparat i dokumentet går inte att läsa: ${why}` };
    }
    if (decoded.kind === 'invalid') {
      // Reported, not ignored: the text is still checked, without the case's own rules.
      doc.storedCaseProblem = `${decoded.reason} Granskningen görs utan ärendets uppgifter; ange ärendet med --case för att jämföra med det.`;
    } else if (decoded.kind === 'ok') {
      try {
        doc.storedCase = validateCase(decoded.state.case, fileName);
      } catch (e) {
        const detail =
          e instanceof InputError
            ? e.problems
                .map((p) => (p.where ? `${p.where}: ${p.what}` : p.what))
                .slice(0, 3)
                .join('; ')
            : '';
        doc.storedCaseProblem = `Ärendet som är sparat i dokumentet är inte giltigt${detail ? ` (${detail})` : ''}. Granskningen görs utan ärendets uppgifter; ange ärendet med --case för att jämföra med det.`;
      }
    }
    return doc;
  } catch (e) {
    throw internal(fileName, e);
  }
}

/**
 * The value stored in the document's case part (customXml, namespace CASE_XML_NAMESPACE),
 * not validated; undefined when there is none.
 * @throws InputError when the bytes are not a readable .docx
 */
export async function readStoredCase(bytes: Uint8Array, fileName = 'Word-filen'): Promise<unknown> {
  try {
    const pkg = await DocxPackage.open(bytes, fileName);
    const decoded = await findStoredCase(pkg);
    return decoded.kind === 'ok' ? decoded.state.case : undefined;
  } catch (e) {
    throw internal(fileName, e);
  }
}
