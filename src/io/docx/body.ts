/**
 * The body of the .docx (everything between <w:body> and the section properties) and its list
 * numbering, written as WordprocessingML text directly. The `docx` package builds an object for
 * every run and property and took 2 s and 700 MB for a case of 10 000 projects; this writes the
 * same markup as strings in one pass (parts pushed one at a time, joined once: nothing grows
 * with the input on the call stack).
 *
 * What it writes (as the docx package did, so the add-in and Word see the same document):
 * - headings with the built-in styles Heading1–Heading4 and keepNext;
 * - each ListBlock as its own numbering instance (w:num with a start override), ordered lists
 *   decimal, unordered bullets; the body paragraphs of an item indented to the item's text, and
 *   bullets written in an item's text (ListItem.bodyBullets) a bulleted list one level in;
 * - tables with a repeated header row and thin grey borders; the addressee table borderless;
 * - each section inside a block-level content control (w:sdt) tagged "tu:<id>".
 */
import type { Block, DraftDocument, DraftSection, HeaderInfo, ParagraphBlock } from '../../draft/types';
import { SECTION_TITLES, sectionTag } from '../../model/sections';
import { escapeXml, stripXmlInvalid } from './text';

/** Indent of list text (twips); body paragraphs of a list item line up with it. */
export const LIST_INDENT = 425;
/** Text width of an A4 page with 1418-twip margins. */
const TEXT_WIDTH = 11906 - 2 * 1418;

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  highlight?: boolean;
}

interface ParaStyle extends RunStyle {
  style?: string;
  keepNext?: boolean;
  numId?: number;
  /** List level (0 = the item, 1 = a bullet inside an item's text). */
  level?: number;
  before?: number;
  after?: number;
  indent?: number;
}

/** Collects the XML in parts and hands them on in batches of joined text (nothing holds the whole body). */
class Out {
  readonly parts: string[] = [];
  constructor(private readonly sink: (xml: string) => void) {}
  /** One entry per list instance: true = ordered. */
  readonly lists: boolean[] = [];
  private sdtId = 1000;
  /** w:id of the placeholders' content controls (after the sections' ids). */
  private placeholderId = 5000;

  add(s: string): void {
    this.parts.push(s);
    if (this.parts.length >= 2000) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.sink(this.parts.join(''));
    this.parts.length = 0;
  }

  nextSdtId(): number {
    return ++this.sdtId;
  }

  nextPlaceholderId(): number {
    return ++this.placeholderId;
  }
}

function rPr(s: RunStyle): string {
  if (!s.bold && !s.italic && !s.highlight) return '';
  return `<w:rPr>${s.bold ? '<w:b/><w:bCs/>' : ''}${s.italic ? '<w:i/><w:iCs/>' : ''}${s.highlight ? '<w:highlight w:val="yellow"/>' : ''}</w:rPr>`;
}

/** Runs for a text: invalid XML characters dropped, tabs as Word tabs, line breaks as Word line breaks. */
export function runsXml(text: string, style: RunStyle = {}): string {
  const props = rPr(style);
  const clean = stripXmlInvalid(text);
  if (!/[\t\r\n]/.test(clean))
    return clean === '' ? `<w:r>${props}</w:r>` : `<w:r>${props}<w:t xml:space="preserve">${escapeXml(clean)}</w:t></w:r>`;
  const lines = clean.split(/\r\n|\r|\n/);
  let out = '';
  for (let li = 0; li < lines.length; li++) {
    let run = `<w:r>${props}${li > 0 ? '<w:br/>' : ''}`;
    const parts = lines[li].split('\t');
    for (let pi = 0; pi < parts.length; pi++) {
      if (pi > 0) run += '<w:tab/>';
      if (parts[pi] !== '') run += `<w:t xml:space="preserve">${escapeXml(parts[pi])}</w:t>`;
    }
    out += `${run}</w:r>`;
  }
  return out;
}

function paragraph(out: Out, text: string, p: ParaStyle = {}): void {
  let ppr = '';
  if (p.style) ppr += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) ppr += '<w:keepNext/>';
  if (p.numId !== undefined) ppr += `<w:numPr><w:ilvl w:val="${p.level ?? 0}"/><w:numId w:val="${p.numId}"/></w:numPr>`;
  if (p.before !== undefined || p.after !== undefined) {
    ppr += `<w:spacing${p.before !== undefined ? ` w:before="${p.before}"` : ''}${p.after !== undefined ? ` w:after="${p.after}"` : ''}/>`;
  }
  if (p.indent) ppr += `<w:ind w:left="${p.indent}"/>`;
  out.add(`<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${text === '' ? '' : runsXml(text, p)}</w:p>`);
}

function heading(out: Out, text: string, level: 1 | 2 | 3 | 4): void {
  paragraph(out, text, { style: `Heading${level}`, keepNext: true });
}

/**
 * A paragraph with places where the handläggare must write (ParagraphBlock.placeholders): each is
 * an inline content control that Word shows as placeholder text (w:showingPlcHdr): the prompt
 * "[Skriv … här]", highlighted, tagged "tu:platshallare:<id>". Clicking it selects the whole
 * prompt and typing replaces it. A reader that ignores content controls still reads the marker,
 * which the checker's rule placeholder-left reports.
 */
function placeholderParagraph(out: Out, b: ParagraphBlock): void {
  const ranges = [...(b.placeholders ?? [])].sort((x, y) => x.start - y.start);
  let xml = '<w:p><w:pPr><w:spacing w:after="160"/></w:pPr>';
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end > b.text.length) continue;
    if (r.start > at) xml += runsXml(b.text.slice(at, r.start), { italic: b.italic });
    xml +=
      `<w:sdt><w:sdtPr><w:alias w:val="Platshållare"/><w:tag w:val="${escapeXml(`tu:platshallare:${r.id}`)}"/><w:id w:val="${out.nextPlaceholderId()}"/><w:showingPlcHdr/></w:sdtPr>` +
      `<w:sdtContent>${runsXml(b.text.slice(r.start, r.end), { highlight: true })}</w:sdtContent></w:sdt>`;
    at = r.end;
  }
  if (at < b.text.length) xml += runsXml(b.text.slice(at), { italic: b.italic });
  out.add(`${xml}</w:p>`);
}

const THIN = 'w:val="single" w:color="808080" w:sz="4"';
const NONE = 'w:val="none" w:color="auto" w:sz="0"';

function borders(b: string): string {
  return `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders>`;
}

const CELL_MARGINS =
  '<w:tcMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tcMar>';

function dataTable(out: Out, header: string[], rows: string[][]): void {
  let width = Math.max(1, header.length);
  for (const r of rows) if (r.length > width) width = r.length;
  const col = Math.floor(TEXT_WIDTH / width);
  let grid = '';
  for (let i = 0; i < width; i++) grid += `<w:gridCol w:w="${col}"/>`;
  out.add(`<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/>${borders(THIN)}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`);
  const row = (cells: string[], isHeader: boolean) => {
    let xml = `<w:tr><w:trPr><w:cantSplit/>${isHeader ? '<w:tblHeader/>' : ''}</w:trPr>`;
    for (let i = 0; i < width; i++) {
      const text = cells[i] ?? '';
      xml += `<w:tc><w:tcPr>${CELL_MARGINS}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${text === '' ? '' : runsXml(text, { bold: isHeader })}</w:p></w:tc>`;
    }
    out.add(`${xml}</w:tr>`);
  };
  row(header, true);
  for (const r of rows) row(r, false);
  out.add('</w:tbl>');
  paragraph(out, '', { after: 160 });
}

function block(out: Out, b: Block): void {
  switch (b.type) {
    case 'heading':
      heading(out, b.text, b.level);
      return;
    case 'paragraph':
      if (b.placeholders?.length) placeholderParagraph(out, b);
      else paragraph(out, b.text, { italic: b.italic, after: 160 });
      return;
    case 'list': {
      out.lists.push(b.ordered);
      const numId = out.lists.length;
      for (const item of b.items) {
        paragraph(out, item.text, { style: 'ListParagraph', numId, after: 120, italic: item.italic });
        // Body paragraphs; those in item.bodyBullets are a bulleted list written in the project's text.
        const bullets = new Set(item.bodyBullets ?? []);
        const body = item.body ?? [];
        let bulletId = 0;
        for (let k = 0; k < body.length; k++) {
          if (!bullets.has(k)) {
            paragraph(out, body[k], { after: 160, indent: LIST_INDENT });
            continue;
          }
          if (!bullets.has(k - 1)) {
            out.lists.push(false);
            bulletId = out.lists.length;
          }
          paragraph(out, body[k], { style: 'ListParagraph', numId: bulletId, level: 1, after: 60 });
        }
      }
      return;
    }
    case 'table':
      dataTable(out, b.header, b.rows);
      return;
    case 'signatures':
      for (const p of b.people) {
        paragraph(out, p.namn, { before: 480, after: 0, keepNext: true });
        paragraph(out, p.titel, { after: p.forvaltning ? 0 : 160, keepNext: Boolean(p.forvaltning) });
        if (p.forvaltning) paragraph(out, p.forvaltning, { after: 160 });
      }
      return;
  }
}

/** Handläggare (left) and Till (right) at the top of the body, in a borderless table. */
function addresseeTable(out: Out, h: HeaderInfo): void {
  const half = Math.floor(TEXT_WIDTH / 2);
  const cell = (lines: { text: string; bold?: boolean }[]) => {
    let xml = '<w:tc><w:tcPr><w:tcW w:type="pct" w:w="2500"/></w:tcPr>';
    for (const l of lines) xml += `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${runsXml(l.text, { bold: l.bold })}</w:p>`;
    return `${xml}</w:tc>`;
  };
  out.add(
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/>${borders(NONE)}</w:tblPr><w:tblGrid><w:gridCol w:w="${half}"/><w:gridCol w:w="${half}"/></w:tblGrid><w:tr>` +
      cell([{ text: 'Handläggare', bold: true }, { text: h.handlaggare }, { text: `Telefon: ${h.telefon}` }]) +
      cell([{ text: 'Till', bold: true }, { text: h.till }, { text: h.sammantradesdatum }]) +
      '</w:tr></w:tbl>',
  );
  paragraph(out, '', { after: 240 });
}

function section(out: Out, s: DraftSection, doc: DraftDocument): void {
  const title = SECTION_TITLES[s.id] ?? s.id;
  out.add(
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(sectionTag(s.id))}"/><w:id w:val="${out.nextSdtId()}"/></w:sdtPr><w:sdtContent>`,
  );
  let empty = true;
  if (s.id === 'huvud') {
    // The header block is drawn from doc.header (its blocks repeat the same facts).
    addresseeTable(out, doc.header);
    empty = false;
  } else {
    if (s.heading !== null) heading(out, s.heading, s.headingLevel);
    for (const b of s.blocks) block(out, b);
    empty = s.heading === null && s.blocks.length === 0;
  }
  if (empty) out.add('<w:p/>');
  out.add('</w:sdtContent></w:sdt>');
}

/**
 * The body's XML (without <w:body> and the section properties), handed to `sink` in order in
 * batches, so a long document never exists as one string; returns the list instances
 * (true = ordered) for numberingXml().
 */
export function writeBody(doc: DraftDocument, sink: (xml: string) => void): boolean[] {
  const out = new Out(sink);
  if (!doc.sections.some((s) => s.id === 'huvud')) section(out, { id: 'huvud', heading: null, headingLevel: 1, blocks: [] }, doc);
  for (const s of doc.sections) section(out, s, doc);
  out.flush();
  return out.lists;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ORDERED_ABSTRACT = 1;
const BULLET_ABSTRACT = 2;

function abstractNum(id: number, ordered: boolean): string {
  let xml = `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>`;
  for (let level = 0; level < 3; level++) {
    const fmt = ordered ? (level === 1 ? 'lowerLetter' : 'decimal') : 'bullet';
    const text = ordered ? `%${level + 1}.` : ['•', '–', '▪'][level];
    xml +=
      `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${LIST_INDENT * (level + 1)}" w:hanging="${LIST_INDENT}"/></w:pPr></w:lvl>`;
  }
  return `${xml}</w:abstractNum>`;
}

/** word/numbering.xml: one abstract list per kind, one w:num per list instance, each from 1. */
export function numberingXml(lists: boolean[]): string {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}">`,
    abstractNum(ORDERED_ABSTRACT, true),
    abstractNum(BULLET_ABSTRACT, false),
  ];
  for (let i = 0; i < lists.length; i++) {
    parts.push(
      `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${lists[i] ? ORDERED_ABSTRACT : BULLET_ABSTRACT}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
    );
  }
  parts.push('</w:numbering>');
  return parts.join('');
}
