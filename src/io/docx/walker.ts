/** Walks a part's XML and collects its paragraphs as Word shows them (field results, no deleted text). */
import type { DocParagraph, DocPart } from '../../check/types';
import { alternate, attr, child, kids, MAX_DEPTH, nameOf, textContent } from './nodes';
import { FastParagraph, type ParagraphProps } from './paragraph';
import type { StyleResolver } from './styles';
import type { XNode } from './xml';
// ---------------------------------------------------------------------------------------------
// Walking the content

export interface Ctx {
  part: DocPart;
  inTable: boolean;
  tag?: string;
}

/** What a paragraph's properties make of it. */
interface Format {
  headingLevel: number | null;
  isListItem: boolean;
  styleName: string | undefined;
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

export class Walker {
  readonly body: DocParagraph[] = [];
  readonly textboxes: { ctx: Ctx; nodes: readonly XNode[] }[] = [];
  /** Text deleted with tracked changes (w:del, w:moveFrom), by the paragraph it was deleted from. */
  readonly deleted = new Map<DocParagraph, string>();
  private deletedNow = '';
  private fields: FieldState[] = [];
  private out: DocParagraph[] = this.body;
  private readonly formatByPPr = new Map<string, Format>();

  constructor(private readonly styles: StyleResolver) {}

  /** Walks block content (body, cell, header, note …) into `out`. */
  blocks(nodes: readonly XNode[], ctx: Ctx, out: DocParagraph[], depth = 0): void {
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
    // A paragraph read in one step (paragraph.ts) has no fields, revisions or text boxes; deep down
    // (where inline() gives up) it is walked node by node like any other.
    const fast = p instanceof FastParagraph && depth + 3 <= MAX_DEPTH ? p : undefined;
    let format: Format;
    if (fast) {
      // Most paragraphs share a few sets of properties: each set is read and resolved once.
      const key = fast.pPr ?? '';
      let hit = this.formatByPPr.get(key);
      if (hit === undefined) {
        hit = this.format(fast.props());
        if (this.formatByPPr.size < 10_000) this.formatByPPr.set(key, hit);
      }
      format = hit;
    } else {
      const pPr = child(p, 'pPr');
      const numPr = child(pPr, 'numPr');
      format = this.format({
        styleId: attr(child(pPr, 'pStyle'), 'val'),
        numId: numPr ? attr(child(numPr, 'numId'), 'val') : undefined,
        outline: attr(child(pPr, 'outlineLvl'), 'val'),
      });
    }
    const { headingLevel, isListItem, styleName } = format;

    const outerDeleted = this.deletedNow;
    this.deletedNow = '';
    const text = fast ? (this.visible() ? fast.shownText() : '') : this.inline(kids(p), ctx, depth + 1);
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
    if (styleName !== undefined) para.styleName = styleName;
    if (ctx.tag !== undefined) para.tag = ctx.tag;
    this.out.push(para);
    if (deleted.trim() !== '') this.deleted.set(para, deleted);
  }

  /** The heading level, list and style name that paragraph properties give, with the document's styles. */
  private format(props: ParagraphProps): Format {
    const styleId = props.styleId ?? this.styles.defaultId;
    const directNum = props.numId;
    let isListItem: boolean;
    if (directNum !== undefined) isListItem = directNum !== '0';
    else isListItem = styleId !== undefined && this.styles.isList(styleId);

    const outline = props.outline;
    let headingLevel: number | null = null;
    if (outline !== undefined && /^\d+$/.test(outline) && Number(outline) <= 8) headingLevel = Number(outline) + 1;
    else if (styleId !== undefined) headingLevel = this.styles.level(styleId);
    return { headingLevel, isListItem, styleName: styleId !== undefined ? this.styles.name(styleId) : undefined };
  }

  private visible(): boolean {
    for (const f of this.fields) if (f.phase === 'code') return false;
    return true;
  }

  /** The text of run-level content. */
  private inline(nodes: readonly XNode[], ctx: Ctx, depth: number): string {
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
export function deletedText(nodes: readonly XNode[], depth: number): string {
  let s = '';
  const stack: { nodes: readonly XNode[]; i: number }[] = [{ nodes, i: 0 }];
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
