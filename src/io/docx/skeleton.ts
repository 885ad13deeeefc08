/**
 * The parts of the .docx around the body, written as WordprocessingML text like body.ts writes the
 * body: content types, relationships, styles, settings, the page header (on the first page and the
 * others), core and app properties, and the document part's frame (the markup before and after
 * the body). This replaced the `docx` package, which was used only for these parts and pulled in
 * nanoid 6 (Node ≥ 22 only).
 *
 * - Word's built-in heading styles Heading1–Heading4 (Swedish Word shows "Rubrik 1" …), named in
 *   lower case as Word writes them ("heading 1"); Arial 11 pt, language sv-SE.
 * - Page A4 with the margins of Stockholm's tjänsteutlåtanden (top 30 mm, others 25 mm), a header
 *   0.5 cm from the edge on every page.
 * - Core properties: the title, Författare (dc:creator) = the handläggare of the case (the
 *   förvaltning when the case names none), Senast sparad av (cp:lastModifiedBy) = "TU-tillägget".
 *
 * No Node APIs: it runs in the task pane too.
 */
import type { DraftDocument, HeaderInfo } from '../../draft/types';
import { escapeXml, stripXmlInvalid } from './text';

export const FONT = 'Arial';
export const LANG = 'sv-SE';
/** Senast sparad av: the program that wrote the file (Word replaces it when the user saves). */
export const LAST_MODIFIED_BY = 'TU-tillägget';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL_NUMBERING = `${OFFICE_REL}/numbering`;
const CT_WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Page: A4, margins in twips (1701 = 30 mm, 1418 = 25 mm), header and footer 10 mm from the edge. */
const PAGE = { w: 11906, h: 16838, top: 1701, bottom: 1418, left: 1418, right: 1418, header: 567, footer: 567 };

const xmlText = (s: string): string => escapeXml(stripXmlInvalid(s));

function contentTypes(): string {
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    o('/word/document.xml', `${CT_WORD}.document.main+xml`) +
    o('/word/styles.xml', `${CT_WORD}.styles+xml`) +
    o('/word/settings.xml', `${CT_WORD}.settings+xml`) +
    o('/word/numbering.xml', `${CT_WORD}.numbering+xml`) +
    o('/word/header1.xml', `${CT_WORD}.header+xml`) +
    o('/word/header2.xml', `${CT_WORD}.header+xml`) +
    o('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    o('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

function rels(list: [id: string, type: string, target: string][]): string {
  return `${DECL}<Relationships xmlns="${PKG_RELS_NS}">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

/** The run properties of a heading style. */
function headingRun(size: number, italic = false): string {
  return (
    `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/><w:b/><w:bCs/>` +
    `${italic ? '<w:i/><w:iCs/>' : ''}<w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

function headingStyle(level: number, size: number, before: number, after: number, italic = false): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:spacing w:before="${before}" w:after="${after}"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `${headingRun(size, italic)}</w:style>`
  );
}

function styles(): string {
  return (
    `${DECL}<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>` +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${LANG}" w:eastAsia="${LANG}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    headingStyle(1, 32, 240, 240) +
    headingStyle(2, 26, 240, 120) +
    headingStyle(3, 23, 200, 80) +
    headingStyle(4, 22, 160, 60, true) +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>' +
    '<w:uiPriority w:val="34"/><w:qFormat/></w:style>' +
    '</w:styles>'
  );
}

function settings(): string {
  return (
    `${DECL}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="${LANG}"/></w:settings>`
  );
}

/** One line of the page header: no space after, bold or not. */
function headerLine(text: string, bold = false): string {
  return `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
}

const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const field = (instr: string) => `<w:fldSimple w:instr="${instr}">${run('1')}</w:fldSimple>`;

/** The page header: förvaltning and avdelning left; Tjänsteutlåtande, Dnr, Sida x (y) and the date right. */
export function pageHeader(h: HeaderInfo): string {
  const width = PAGE.w - PAGE.left - PAGE.right;
  const left = Math.round(width * 0.55);
  const none =
    '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>';
  return (
    `${DECL}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${left}"/><w:gridCol w:w="${width - left}"/></w:tblGrid><w:tr>` +
    `<w:tc><w:tcPr><w:tcW w:w="${left}" w:type="dxa"/></w:tcPr>${headerLine(h.forvaltning, true)}${headerLine(h.avdelning)}</w:tc>` +
    `<w:tc><w:tcPr><w:tcW w:w="${width - left}" w:type="dxa"/></w:tcPr>${headerLine(h.dokumentnamn, true)}${headerLine(`Dnr ${h.dnr}`)}` +
    `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${run('Sida ')}${field('PAGE')}${run(' (')}${field('NUMPAGES')}${run(')')}</w:p>` +
    `${headerLine(h.datum)}</w:tc></w:tr></w:tbl>` +
    '<w:p><w:pPr><w:spacing w:after="240"/></w:pPr></w:p></w:hdr>'
  );
}

/** docProps/core.xml: title, Författare, Senast sparad av, language, times. */
export function coreProperties(doc: DraftDocument, now: Date): string {
  const creator = doc.header.handlaggare.trim() || doc.header.forvaltning;
  const time = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(doc.title)}</dc:title><dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dc:description>Tjänsteutlåtande</dc:description><cp:lastModifiedBy>${xmlText(LAST_MODIFIED_BY)}</cp:lastModifiedBy>` +
    `<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified><dc:language>${LANG}</dc:language></cp:coreProperties>`
  );
}

function appProperties(): string {
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${xmlText(LAST_MODIFIED_BY)}</Application></Properties>`
  );
}

/** The document part before and after the body (body.ts's markup goes between). */
export function documentFrame(): [string, string] {
  const sectPr =
    '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:headerReference w:type="first" r:id="rId5"/>' +
    `<w:pgSz w:w="${PAGE.w}" w:h="${PAGE.h}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>';
  return [`${DECL}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>`, `${sectPr}</w:body></w:document>`];
}

/** Every part but word/document.xml (streamed from documentFrame and the body) and word/numbering.xml (made with the body). */
export function skeletonParts(doc: DraftDocument, now = new Date()): Record<string, string> {
  const header = pageHeader(doc.header);
  return {
    '[Content_Types].xml': contentTypes(),
    '_rels/.rels': rels([
      ['rId1', `${OFFICE_REL}/officeDocument`, 'word/document.xml'],
      ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['rId3', `${OFFICE_REL}/extended-properties`, 'docProps/app.xml'],
    ]),
    'word/_rels/document.xml.rels': rels([
      ['rId1', `${OFFICE_REL}/styles`, 'styles.xml'],
      ['rId2', REL_NUMBERING, 'numbering.xml'],
      ['rId3', `${OFFICE_REL}/settings`, 'settings.xml'],
      ['rId4', `${OFFICE_REL}/header`, 'header1.xml'],
      ['rId5', `${OFFICE_REL}/header`, 'header2.xml'],
    ]),
    'word/styles.xml': styles(),
    'word/settings.xml': settings(),
    'word/header1.xml': header,
    'word/header2.xml': header,
    'docProps/core.xml': coreProperties(doc, now),
    'docProps/app.xml': appProperties(),
  };
}
