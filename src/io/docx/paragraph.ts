/**
 * The common paragraph read in one step: most paragraphs Word writes are a w:pPr of simple
 * properties and runs of text, tabs and breaks. For those, parseXml (xml.ts) hands the whole
 * <w:p>…</w:p> to readParagraph, which checks it against one regular expression and keeps only
 * what the walker needs (the paragraph style, numbering and outline level, and the text). Anything
 * else (fields, revisions, hyperlinks, drawings, content controls, another namespace prefix …)
 * does not match and is parsed and walked node by node as before. What matches is well-formed
 * by construction, and its children are still there, parsed on demand, for anyone who asks.
 */
import { decodeXmlEntities } from './text';
import { attrIn, parseXml, type XNode } from './xml';

/** Attributes: each after white space, a name (with at most one prefix), '=', a quoted value without '<'. */
const A = String.raw`(?:\s+[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*`;
/** An empty element such as <w:jc w:val="left"/>. */
const LEAF = `<w:[A-Za-z]+${A}/>`;
/**
 * Paragraph properties: empty elements, or elements holding only empty elements (w:numPr, w:tabs,
 * w:rPr …), whose name is group `n` of the whole expression (numbered: a named group would cost
 * an object for every match).
 */
const PPR = (n: number) => `<w:pPr${A}>(?:${LEAF}|<w:([A-Za-z]+)${A}>(?:${LEAF})*</w:\\${n}>)*</w:pPr>`;
/** Run properties: empty elements only. */
const RPR = `<w:rPr${A}>(?:${LEAF})*</w:rPr>`;
/** What a run may hold besides its properties. */
const RUN_ITEM = `<w:t${A}>[^<]*</w:t>|<w:t${A}/>|<w:(?:tab|br|cr|noBreakHyphen|softHyphen|lastRenderedPageBreak)${A}/>`;
const RUN = `<w:r${A}>(?:${RPR})?(?:${RUN_ITEM})*</w:r>`;
/** Markers between runs that the walker passes over (walker.ts SKIP). */
const MARK = `<w:(?:bookmarkStart|bookmarkEnd|proofErr|commentRangeStart|commentRangeEnd|permStart|permEnd)${A}/>`;
/**
 * Group 1: the w:p's attributes; 2: the w:pPr; 4: the text of a paragraph of one run with one
 * w:t (most are), else 5: the runs.
 */
const PARAGRAPH = new RegExp(
  `<w:p(${A})(?:/>|>(${PPR(3)})?(?:<w:r${A}>(?:${RPR})?<w:t${A}>([^<]*)</w:t></w:r></w:p>|((?:${RUN}|${MARK})*)</w:p>))`,
  'y',
);

/** In the runs: a text, a tab or break, or run properties (passed over whole, so nothing inside them is read). */
const TEXT = new RegExp(`<w:t${A}>([^<]*)</w:t>|<w:(tab|br|cr|noBreakHyphen)[\\s/>]|${RPR}`, 'g');
/** A child of w:pPr: its name, its attributes, and what it holds. */
const PPR_CHILD = new RegExp(`<w:([A-Za-z]+)(${A})(?:/>|>((?:${LEAF})*)</w:\\1>)`, 'y');
const PPR_OPEN = new RegExp(`<w:pPr${A}>`, 'y');
const LEAF_NAMED = new RegExp(`<w:([A-Za-z]+)(${A})/>`, 'g');
const ATTR = /\s+([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/** What the walker reads from w:pPr, as attribute values with entities decoded (undefined: not there). */
export interface ParagraphProps {
  styleId: string | undefined;
  /** The w:numId in the w:numPr; undefined also when there is no w:numPr. */
  numId: string | undefined;
  outline: string | undefined;
}

/** A paragraph read in one step. */
export class FastParagraph implements XNode {
  readonly name = 'p';
  text = '';
  private parsed: readonly XNode[] | undefined;
  constructor(
    private readonly src: string,
    /** Where the element starts ('<') and ends (after '</w:p>' or '/>') in src. */
    private readonly start: number,
    private readonly end: number,
    /** Where its attributes end (they start after "<w:p"). */
    private readonly attrsTo: number,
    /** The w:pPr as written; paragraphs with the same one have the same props(). */
    readonly pPr: string | undefined,
    /** The one w:t's text as written, when that is all there is. */
    private readonly only: string | undefined,
    private readonly runs: string | undefined,
  ) {}

  /** Its children, parsed from the source the first time they are asked for. */
  get kids(): readonly XNode[] {
    return (this.parsed ??= parseXml(this.src.slice(this.start, this.end), Infinity)[0].kids);
  }

  attr(key: string): string | undefined {
    return attrIn(this.src, this.start + 4, this.attrsTo, key);
  }

  /** The w:pPr's style, numbering and outline level, as the walker would find them in the tree. */
  props(): ParagraphProps {
    const out: ParagraphProps = { styleId: undefined, numId: undefined, outline: undefined };
    const pPr = this.pPr;
    if (pPr === undefined) return out;
    PPR_OPEN.lastIndex = 0;
    PPR_OPEN.exec(pPr);
    PPR_CHILD.lastIndex = PPR_OPEN.lastIndex;
    let seenStyle = false;
    let seenOutline = false;
    let seenNumPr = false;
    for (let m = PPR_CHILD.exec(pPr); m !== null; m = PPR_CHILD.exec(pPr)) {
      const name = m[1];
      // The first of each, as child() finds it.
      if (name === 'pStyle' && !seenStyle) {
        seenStyle = true;
        out.styleId = valOf(m[2]);
      } else if (name === 'outlineLvl' && !seenOutline) {
        seenOutline = true;
        out.outline = valOf(m[2]);
      } else if (name === 'numPr' && !seenNumPr) {
        seenNumPr = true;
        LEAF_NAMED.lastIndex = 0;
        for (let k = LEAF_NAMED.exec(m[3] ?? ''); k !== null; k = LEAF_NAMED.exec(m[3] ?? '')) {
          if (k[1] !== 'numId') continue;
          out.numId = valOf(k[2]);
          break;
        }
      }
    }
    return out;
  }

  /** The paragraph's text as the walker gives it when field codes are not being hidden. */
  shownText(): string {
    if (this.only !== undefined) return decodeXmlEntities(this.only);
    const runs = this.runs;
    if (runs === undefined || runs === '') return '';
    let s = '';
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(runs); m !== null; m = TEXT.exec(runs)) {
      if (m[1] !== undefined) s += decodeXmlEntities(m[1]);
      else if (m[2] === 'noBreakHyphen') s += '\u2011';
      else if (m[2] !== undefined) s += ' ';
    }
    return s;
  }
}

/** The value of the first attribute whose local name is val (xmlns attributes are not attributes). */
function valOf(attrs: string): string | undefined {
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m !== null; m = ATTR.exec(attrs)) {
    const name = m[1];
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    if (name.slice(name.indexOf(':') + 1) !== 'val') continue;
    return decodeXmlEntities(m[2] ?? m[3]);
  }
  return undefined;
}

/** parseXml's FastReader for .docx parts: a common <w:p> in one step. */
export function readParagraph(text: string, at: number, kids: XNode[]): number {
  PARAGRAPH.lastIndex = at;
  const m = PARAGRAPH.exec(text);
  if (m === null) return -1;
  const end = PARAGRAPH.lastIndex;
  kids.push(new FastParagraph(text, at, end, at + 4 + m[1].length, m[2], m[4], m[5]));
  return end;
}
