/**
 * A small writer of .xlsx workbooks (the minimal SpreadsheetML parts), used to make the template
 * examples/mall/arende-mall.xlsx (scripts/make-templates.js) and the test fixtures; zipped with
 * fflate. Deterministic: the same input gives the same bytes. Not part of the add-in or the CLI.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { columnLetter } from '../src/io/import/grid';

export { columnLetter };

/** A cell to write. `null`/`undefined` leaves the cell out. */
export type WriteCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | { date: string } // ÅÅÅÅ-MM-DD, written as a serial number with a date format
  | { formula: string; value?: string | number | boolean } // value = the cached result, if any
  | { rich: string[] } // rich text: one run per string (every other run bold)
  | { error: string } // an Excel error value such as "#DIV/0!"
  | { serial: number; dateStyle?: boolean }; // a raw number, optionally with a date format

export interface WriteSheet {
  name: string;
  rows: WriteCell[][];
  /** Merged areas such as "A2:A4". */
  merges?: string[];
  /** Column widths in characters. */
  widths?: number[];
  /** Rows to leave out entirely (1-based); lets a test write a gap, e.g. rows 1–3 then row 9. */
  startRow?: number;
  /** Make the first row bold and freeze it. */
  header?: boolean;
}

export interface WriteOptions {
  /** Store text as shared strings (as Excel does) or as inline strings. Default shared. */
  sharedStrings?: boolean;
  /** The 1904 date system (old Mac Excel). */
  date1904?: boolean;
}

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));

function xmlEscape(s: string): string {
  // OOXML escapes characters XML 1.0 cannot carry as _xHHHH_, and a literal "_x" as _x005F_x.
  let escaped = '';
  for (const ch of s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')) {
    const c = ch.charCodeAt(0);
    const invalid = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    escaped += invalid ? `_x${c.toString(16).toUpperCase().padStart(4, '0')}_` : ch;
  }
  return escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ÅÅÅÅ-MM-DD → Excel serial number (1900 or 1904 system). */
export function dateToSerial(iso: string, date1904 = false): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`dateToSerial: "${iso}" är inte ÅÅÅÅ-MM-DD`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = 86_400_000;
  if (date1904) return Math.round((t - Date.UTC(1904, 0, 1)) / day);
  const serial = Math.round((t - Date.UTC(1899, 11, 30)) / day);
  return serial < 61 ? serial - 1 : serial; // Excel's phantom 1900-02-29
}

const STYLE_DATE = 1;
const STYLE_HEADER = 2;
const STYLE_WRAP = 3;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** Writes a workbook; resolves to the .xlsx bytes. */
export async function writeXlsx(sheets: WriteSheet[], options: WriteOptions = {}): Promise<Uint8Array> {
  const shared = options.sharedStrings !== false;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const sst = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };

  const zip: Zippable = {};
  const add = (name: string, text: string) => {
    zip[name] = strToU8(text);
  };

  const sheetXml = sheets.map((sheet) => {
    const start = sheet.startRow ?? 1;
    const rowsXml: string[] = [];
    sheet.rows.forEach((row, ri) => {
      const r = start + ri;
      const cells: string[] = [];
      row.forEach((cell, ci) => {
        if (cell === null || cell === undefined) return;
        const ref = `${columnLetter(ci)}${r}`;
        const headerStyle = sheet.header && ri === 0 ? ` s="${STYLE_HEADER}"` : '';
        if (typeof cell === 'string') {
          const wrap = !headerStyle && (cell.includes('\n') || cell.length > 60) ? ` s="${STYLE_WRAP}"` : headerStyle;
          if (shared) cells.push(`<c r="${ref}"${wrap} t="s"><v>${sst(cell)}</v></c>`);
          else cells.push(`<c r="${ref}"${wrap} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(cell)}</t></is></c>`);
        } else if (typeof cell === 'number') {
          cells.push(`<c r="${ref}"${headerStyle}><v>${cell}</v></c>`);
        } else if (typeof cell === 'boolean') {
          cells.push(`<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`);
        } else if ('date' in cell) {
          cells.push(`<c r="${ref}" s="${STYLE_DATE}"><v>${dateToSerial(cell.date, options.date1904)}</v></c>`);
        } else if ('serial' in cell) {
          cells.push(`<c r="${ref}"${cell.dateStyle ? ` s="${STYLE_DATE}"` : ''}><v>${cell.serial}</v></c>`);
        } else if ('formula' in cell) {
          const v = cell.value;
          const f = `<f>${xmlEscape(cell.formula)}</f>`;
          if (v === undefined) cells.push(`<c r="${ref}">${f}</c>`);
          else if (typeof v === 'string') cells.push(`<c r="${ref}" t="str">${f}<v>${xmlEscape(v)}</v></c>`);
          else if (typeof v === 'boolean') cells.push(`<c r="${ref}" t="b">${f}<v>${v ? 1 : 0}</v></c>`);
          else cells.push(`<c r="${ref}">${f}<v>${v}</v></c>`);
        } else if ('rich' in cell) {
          const runs = cell.rich
            .map((t, i) => `<r>${i % 2 === 1 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${xmlEscape(t)}</t></r>`)
            .join('');
          cells.push(`<c r="${ref}" t="inlineStr"><is>${runs}</is></c>`);
        } else if ('error' in cell) {
          cells.push(`<c r="${ref}" t="e"><v>${xmlEscape(cell.error)}</v></c>`);
        }
      });
      if (cells.length) rowsXml.push(`<row r="${r}">${cells.join('')}</row>`);
    });
    const cols = sheet.widths?.length
      ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const pane = sheet.header
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
      : '';
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${pane}${cols}<sheetData>${rowsXml.join('')}</sheetData>${merges}</worksheet>`;
  });

  const hasShared = shared && strings.length > 0;
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${
      hasShared
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : ''
    }</Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${
      options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'
    }<sheets>${sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  const n = sheets.length;
  add(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${
      hasShared
        ? `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
        : ''
    }</Relationships>`,
  );
  sheetXml.forEach((xml, i) => add(`xl/worksheets/sheet${i + 1}.xml`, xml));
  add('xl/styles.xml', STYLES);
  if (hasShared) {
    add(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
        .map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`)
        .join('')}</sst>`,
    );
  }
  return Promise.resolve(zipSync(zip, { level: 9, mtime: FIXED_DATE }));
}
