/**
 * DraftDocument → .docx (Uint8Array), with the `docx` package.
 *
 * - Headings use Word's built-in styles Heading1–Heading4 (Swedish Word shows "Rubrik 1" …):
 *   the title is level 1, standard sections level 2, subsections 3 and 4.
 * - Ordered lists are real Word numbering; each ListBlock is its own list instance, so it starts
 *   at 1, and the body paragraphs between its items do not break the numbering.
 * - Each section is a block-level content control (w:sdt) tagged "tu:<id>", as the Word adapter
 *   inserts them, so the add-in can later find and update the sections of an exported file.
 * - The header block: förvaltning, avdelning, "Tjänsteutlåtande", Dnr, "Sida x (y)" (PAGE and
 *   NUMPAGES fields) and the date in the page header; Handläggare and Till at the top of the body.
 * - The case JSON is stored as a custom XML part (src/model/stored-case.ts); core properties carry the
 *   title and the language sv-SE.
 *
 * No Node APIs: Uint8Array out, so it runs in the task pane too.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  SimpleField,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  XmlComponent,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import type { Case } from '../../model/case';
import { sectionText, type Block, type DraftDocument, type DraftSection, type HeaderInfo, type ParagraphBlock } from '../../draft/types';
import { SECTION_TITLES, sectionTag } from '../../model/sections';
import { CASE_XML_NAMESPACE, encodeStoredXml } from '../../model/stored-case';
import { fingerprint } from '../../model/fingerprint';
import { escapeXml, stripXmlInvalid } from './text';

const FONT = 'Arial';
const LANG = 'sv-SE';
const ORDERED_REF = 'tu-numrerad';
const BULLET_REF = 'tu-punkt';
/** Indent of list text (twips); body paragraphs of a list item line up with it. */
const LIST_INDENT = 425;

type HeadingValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];
const HEADING: Record<1 | 2 | 3 | 4, HeadingValue> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

// ---------------------------------------------------------------------------------------------
// Text → runs

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for a text: invalid XML characters dropped, tabs as Word tabs, line breaks as Word line breaks. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const clean = stripXmlInvalid(text);
  const lines = clean.split(/\r\n|\r|\n/);
  const runs: TextRun[] = [];
  lines.forEach((line, li) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((p, pi) => {
      if (pi > 0) children.push(new Tab());
      if (p !== '') children.push(p);
    });
    runs.push(new TextRun({ ...style, children, ...(li > 0 ? { break: 1 } : {}) }));
  });
  return runs;
}

function para(
  text: string,
  opts: { italic?: boolean; bold?: boolean; spacingAfter?: number; spacingBefore?: number; indent?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: textRuns(text, { italics: opts.italic, bold: opts.bold }),
    spacing: { after: opts.spacingAfter ?? 160, before: opts.spacingBefore },
    indent: opts.indent ? { left: opts.indent } : undefined,
    keepNext: opts.keepNext,
  });
}

// ---------------------------------------------------------------------------------------------
// Content controls (block-level w:sdt), which docx does not offer itself

class ValElement extends XmlComponent {
  constructor(name: string, val: string) {
    super(name);
    this.root.push(new ValAttr({ val }));
  }
}

class ValAttr extends XmlComponent {
  private readonly attrs: { val: string };
  constructor(attrs: { val: string }) {
    super('_attr');
    this.attrs = attrs;
  }
  override prepForXml(): { _attr: Record<string, string> } {
    return { _attr: { 'w:val': this.attrs.val } };
  }
}

class SdtContent extends XmlComponent {
  constructor(children: readonly FileChild[]) {
    super('w:sdtContent');
    for (const c of children) this.root.push(c);
  }
}

class SdtProperties extends XmlComponent {
  constructor(tag: string, title: string, id: number) {
    super('w:sdtPr');
    this.root.push(new ValElement('w:alias', title));
    this.root.push(new ValElement('w:tag', tag));
    this.root.push(new ValElement('w:id', String(id)));
  }
}

/** A rich-text content control around block content, tagged like the Word adapter's sections. */
class BlockContentControl extends FileChild {
  constructor(tag: string, title: string, id: number, children: readonly FileChild[]) {
    super('w:sdt');
    this.root.push(new SdtProperties(tag, title, id));
    this.root.push(new SdtContent(children.length > 0 ? children : [new Paragraph({})]));
  }
}

// ---------------------------------------------------------------------------------------------
// Placeholders: where the handläggare must write (ParagraphBlock.placeholders)

/**
 * An inline content control that Word shows as placeholder text (w:showingPlcHdr): the prompt
 * "[Skriv … här]", highlighted, tagged "tu:platshallare:<id>". Clicking it selects the whole
 * prompt and typing replaces it. A reader that ignores content controls still reads the marker,
 * which the checker's rule placeholder-left reports.
 */
class Element extends XmlComponent {
  constructor(name: string, children: readonly XmlComponent[] = []) {
    super(name);
    for (const c of children) this.root.push(c);
  }
}

class InlinePlaceholder extends XmlComponent {
  constructor(id: string, sdtId: number, text: string) {
    super('w:sdt');
    const pr = new SdtProperties(`tu:platshallare:${id}`, 'Platshållare', sdtId);
    pr.addChildElement(new Element('w:showingPlcHdr'));
    this.root.push(pr);
    this.root.push(new Element('w:sdtContent', textRuns(text, { highlight: 'yellow' })));
  }
}

function placeholderParagraph(block: ParagraphBlock, ctx: Ctx): Paragraph {
  const children: (TextRun | InlinePlaceholder)[] = [];
  let at = 0;
  for (const r of [...(block.placeholders ?? [])].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > block.text.length) continue;
    if (r.start > at) children.push(...textRuns(block.text.slice(at, r.start), { italics: block.italic }));
    children.push(new InlinePlaceholder(r.id, ++ctx.placeholderId, block.text.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < block.text.length) children.push(...textRuns(block.text.slice(at), { italics: block.italic }));
  return new Paragraph({ children: children as TextRun[], spacing: { after: 160 } });
}

// ---------------------------------------------------------------------------------------------
// Blocks

interface Ctx {
  listInstance: number;
  /** w:id of the placeholders' content controls (after the sections' ids). */
  placeholderId: number;
}

const NO_BORDERS = TableBorders.NONE;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

function blockChildren(block: Block, ctx: Ctx): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: textRuns(block.text), keepNext: true })];
    case 'paragraph':
      return [block.placeholders?.length ? placeholderParagraph(block, ctx) : para(block.text, { italic: block.italic })];
    case 'list': {
      const instance = ++ctx.listInstance;
      const out: FileChild[] = [];
      for (const item of block.items) {
        out.push(
          new Paragraph({
            children: textRuns(item.text, { italics: item.italic }),
            numbering: { reference: block.ordered ? ORDERED_REF : BULLET_REF, level: 0, instance },
            spacing: { after: 120 },
          }),
        );
        // Body paragraphs; those in item.bodyBullets are a bulleted list written in the project's text.
        const bullets = new Set(item.bodyBullets ?? []);
        (item.body ?? []).forEach((b, k) => {
          if (!bullets.has(k)) out.push(para(b, { indent: LIST_INDENT }));
          else {
            if (!bullets.has(k - 1)) ctx.listInstance++;
            out.push(
              new Paragraph({
                children: textRuns(b),
                numbering: { reference: BULLET_REF, level: 1, instance: ctx.listInstance },
                spacing: { after: 60 },
              }),
            );
          }
        });
      }
      return out;
    }
    case 'table': {
      const width = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
      const cell = (text: string, header: boolean) =>
        new TableCell({
          children: [new Paragraph({ children: textRuns(text, { bold: header }), spacing: { after: 0 } })],
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
        });
      const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
      const rows = [
        new TableRow({ tableHeader: true, cantSplit: true, children: pad(block.header).map((t) => cell(t, true)) }),
        ...block.rows.map((r) => new TableRow({ cantSplit: true, children: pad(r).map((t) => cell(t, false)) })),
      ];
      return [
        new Table({
          rows,
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
        }),
        new Paragraph({ spacing: { after: 160 } }),
      ];
    }
    case 'signatures': {
      const out: FileChild[] = [];
      block.people.forEach((p) => {
        out.push(para(p.namn, { spacingBefore: 480, spacingAfter: 0, keepNext: true }));
        out.push(para(p.titel, { spacingAfter: p.forvaltning ? 0 : 160, keepNext: Boolean(p.forvaltning) }));
        if (p.forvaltning) out.push(para(p.forvaltning));
      });
      return out;
    }
  }
}

/** Handläggare (left) and Till (right) at the top of the body, in a borderless table. */
function addresseeTable(h: HeaderInfo): Table {
  const cell = (lines: { text: string; bold?: boolean }[]) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: lines.map((l) => new Paragraph({ children: textRuns(l.text, { bold: l.bold }), spacing: { after: 0 } })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([{ text: 'Handläggare', bold: true }, { text: h.handlaggare }, { text: `Telefon: ${h.telefon}` }]),
          cell([{ text: 'Till', bold: true }, { text: h.till }, { text: h.sammantradesdatum }]),
        ],
      }),
    ],
  });
}

/** The page header: förvaltning and avdelning left; Tjänsteutlåtande, Dnr, Sida x (y) and the date right. */
function pageHeader(h: HeaderInfo): Header {
  const left = [
    new Paragraph({ children: textRuns(h.forvaltning, { bold: true }), spacing: { after: 0 } }),
    new Paragraph({ children: textRuns(h.avdelning), spacing: { after: 0 } }),
  ];
  const right = [
    new Paragraph({ children: textRuns(h.dokumentnamn, { bold: true }), spacing: { after: 0 } }),
    new Paragraph({ children: textRuns(`Dnr ${h.dnr}`), spacing: { after: 0 } }),
    new Paragraph({
      children: [new TextRun('Sida '), new SimpleField('PAGE', '1'), new TextRun(' ('), new SimpleField('NUMPAGES', '1'), new TextRun(')')],
      spacing: { after: 0 },
    }),
    new Paragraph({ children: textRuns(h.datum), spacing: { after: 0 } }),
  ];
  return new Header({
    children: [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            children: [
              new TableCell({ width: { size: 55, type: WidthType.PERCENTAGE }, children: left }),
              new TableCell({ width: { size: 45, type: WidthType.PERCENTAGE }, children: right }),
            ],
          }),
        ],
      }),
      new Paragraph({ spacing: { after: 240 } }),
    ],
  });
}

function sectionChildren(section: DraftSection, doc: DraftDocument, ctx: Ctx): FileChild[] {
  if (section.id === 'huvud') {
    // The header block is drawn from doc.header (its blocks repeat the same facts).
    return [addresseeTable(doc.header), new Paragraph({ spacing: { after: 240 } })];
  }
  const out: FileChild[] = [];
  if (section.heading !== null) {
    out.push(new Paragraph({ heading: HEADING[section.headingLevel], children: textRuns(section.heading), keepNext: true }));
  }
  for (const b of section.blocks) out.push(...blockChildren(b, ctx));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The document

function buildDocument(doc: DraftDocument): Document {
  const ctx: Ctx = { listInstance: 0, placeholderId: 5000 };
  const children: FileChild[] = [];
  let sdtId = 1000;
  const sections = doc.sections.some((s) => s.id === 'huvud')
    ? doc.sections
    : [{ id: 'huvud', heading: null, headingLevel: 1, blocks: [] } as DraftSection, ...doc.sections];
  for (const s of sections) {
    children.push(new BlockContentControl(sectionTag(s.id), SECTION_TITLES[s.id] ?? s.id, ++sdtId, sectionChildren(s, doc, ctx)));
  }
  const header = pageHeader(doc.header);
  const headingRun = (size: number) => ({ font: FONT, bold: true, size, color: '000000' });
  return new Document({
    title: stripXmlInvalid(doc.title),
    creator: stripXmlInvalid(doc.header.forvaltning),
    description: 'Tjänsteutlåtande',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: LANG, eastAsia: LANG, bidirectional: 'ar-SA' } },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
        heading1: { run: headingRun(32), paragraph: { spacing: { before: 240, after: 240 }, outlineLevel: 0, keepNext: true } },
        heading2: { run: headingRun(26), paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 1, keepNext: true } },
        heading3: { run: headingRun(23), paragraph: { spacing: { before: 200, after: 80 }, outlineLevel: 2, keepNext: true } },
        heading4: {
          run: { ...headingRun(22), italics: true },
          paragraph: { spacing: { before: 160, after: 60 }, outlineLevel: 3, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED_REF,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            start: 1,
            style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
          })),
        },
        {
          reference: BULLET_REF,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: ['•', '–', '▪'][level],
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { margin: { top: 1701, bottom: 1418, left: 1418, right: 1418, header: 567, footer: 567 } },
        },
        headers: { first: header, default: header },
        children,
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Post-processing: the case part, core language

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** Fixed so the same case gives the same file. */
const CASE_ITEM_GUID = '{6F1E2B7A-3C4D-4E5F-9A0B-1C2D3E4F5A6B}';

/**
 * The stored state in the same format the Word adapter writes (src/model/stored-case.ts): the case, and a
 * fingerprint of each section as written, so the add-in later updates an exported file's sections
 * without asking (and still asks for any section the user has edited since). The header block is
 * drawn from doc.header rather than its blocks, so it carries no fingerprint (the add-in asks).
 */
async function addCasePart(zip: JSZip, c: Case, doc: DraftDocument): Promise<void> {
  const fingerprints: Record<string, string> = {};
  for (const s of doc.sections) if (s.id !== 'huvud') fingerprints[s.id] = fingerprint(sectionText(s));
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  zip.file(item, encodeStoredXml({ format: 'tu-arende', version: 1, seq: 1, case: c, fingerprints }));
  zip.file(
    `customXml/itemProps${n}.xml`,
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
      `<ds:datastoreItem ds:itemID="${CASE_ITEM_GUID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${CASE_XML_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  const relsPath = 'word/_rels/document.xml.rels';
  const rels = await zip.file(relsPath)!.async('string');
  const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let k = 1;
  while (ids.has(`rIdTuCase${k}`)) k++;
  zip.file(
    relsPath,
    rels.replace('</Relationships>', `<Relationship Id="rIdTuCase${k}" Type="${REL_CUSTOM_XML}" Target="../${item}"/></Relationships>`),
  );

  const ctPath = '[Content_Types].xml';
  let ct = await zip.file(ctPath)!.async('string');
  if (!/<Default\b[^>]*\bExtension="xml"/i.test(ct))
    ct = ct.replace(/(<Types[^>]*>)/, '$1<Default Extension="xml" ContentType="application/xml"/>');
  ct = ct.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_CUSTOM_XML_PROPS}"/></Types>`);
  zip.file(ctPath, ct);
}

/** Word writes the built-in heading styles' names in lower case ("heading 1"); do the same. */
async function canonicalHeadingNames(zip: JSZip): Promise<void> {
  const path = 'word/styles.xml';
  const f = zip.file(path);
  if (!f) return;
  const styles = await f.async('string');
  zip.file(path, styles.replace(/<w:name w:val="Heading ([1-9])"\/>/g, '<w:name w:val="heading $1"/>'));
}

async function setCoreLanguage(zip: JSZip): Promise<void> {
  const path = 'docProps/core.xml';
  const f = zip.file(path);
  if (!f) return;
  let core = await f.async('string');
  if (core.includes('<dc:language>')) return;
  if (!/xmlns:dc=/.test(core))
    core = core.replace(/<cp:coreProperties\b/, '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"');
  core = core.replace('</cp:coreProperties>', `<dc:language>${escapeXml(LANG)}</dc:language></cp:coreProperties>`);
  zip.file(path, core);
}

/** The DraftDocument as a .docx, with the case stored inside as a custom XML part. */
export async function writeDocx(doc: DraftDocument, c: Case): Promise<Uint8Array> {
  const packed = await Packer.pack(buildDocument(doc), 'uint8array');
  const zip = await JSZip.loadAsync(packed);
  await addCasePart(zip, c, doc);
  await setCoreLanguage(zip);
  await canonicalHeadingNames(zip);
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
