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
import type { DocParagraph, DocText } from '../../check/types';
import { InputError, whereText } from '../../model/errors';
import { validateCaseQuick } from '../../model/case-quick';
import { decodeStoredXml, type StoredDecode } from '../../model/stored-case';
import { DocxPackage, SAVE_AS } from './package';
import { attr, child, kids, MAX_DEPTH, nameOf } from './nodes';
import { readParagraph } from './paragraph';
import { parseStyles, StyleResolver, type Styles } from './styles';
import { Walker } from './walker';
import { parseXml, XmlDepthError, XmlSyntaxError, type XNode } from './xml';

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
      return parseXml(text, MAX_DEPTH, readParagraph);
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

const NUMBERED = /^(.*?)([1-9]\d{0,14})\.xml$/;

/**
 * Sorts part names in place as localeCompare(…, 'en', { numeric: true }) does ("header2.xml"
 * before "header10.xml"). Names that differ only in their number before ".xml" (as Word names
 * them) are sorted by that number without starting the collator, which costs several
 * milliseconds the first time; any other names go to the collator.
 */
export function sortPartNames(names: string[]): string[] {
  if (names.length < 2) return names;
  const numbers = new Map<string, number>();
  let prefix: string | undefined;
  for (const n of names) {
    const m = NUMBERED.exec(n);
    if (!m || /\d$/.test(m[1]) || (prefix !== undefined && m[1] !== prefix))
      return names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    prefix = m[1];
    numbers.set(n, Number(m[2]));
  }
  return names.sort((a, b) => numbers.get(a)! - numbers.get(b)!);
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
  for (const [type, part] of [
    ['header', 'header'],
    ['footer', 'footer'],
  ] as const) {
    for (const target of sortPartNames(byType(type))) {
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
  const items = pkg.names().filter((n) => /^customXml\/[^/]+\.xml$/i.test(n) && !/itemProps/i.test(n));
  sortPartNames(items);
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
        // A case as the add-in and tu draft store it is read without building the schema; any other
        // is validated by it (validate.ts, loaded only then), with its messages.
        doc.storedCase =
          validateCaseQuick(decoded.state.case) ?? (await import('../../model/validate')).validateCase(decoded.state.case, fileName);
      } catch (e) {
        const detail =
          e instanceof InputError
            ? e.problems
                .map((p) => {
                  // Named as people name the field ("Diarienummer (dnr)"), never the internal path.
                  const where = whereText(p, fileName);
                  return where ? `${where}: ${p.what}` : p.what;
                })
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
