/**
 * Reading .xlsx workbooks with fflate (../zip.ts) + fast-xml-parser (not SheetJS, which has unfixed advisories).
 * Only the parts needed are unpacked: the workbook, its relationships, the shared strings and the
 * sheets asked for. Other sheets are never read.
 */
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../../model/errors';
import { type Cell, type Grid, type GridRow, type Merge, parseMerge, parseRef } from './grid';
import { isOle, isZip } from '../zip';
import { ZipPackage, isEncryptedOle } from './zip';

const ARRAYS = new Set(['row', 'c', 'si', 'r', 'sheet', 'mergeCell', 'Relationship', 'Override']);

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
  });
}

type Node = Record<string, unknown>;

function asNode(v: unknown): Node | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined;
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The text of an element that may be a string or { '#text': … , attributes }. */
function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(textOf).join('');
  const n = v as Node;
  return n['#text'] === undefined ? '' : textOf(n['#text']);
}

function attr(n: Node | undefined, name: string): string | undefined {
  const v = n?.[name];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** OOXML escapes characters XML cannot carry as _xHHHH_. */
export function unescapeOoxml(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a shared or inline string item: plain <t> or rich-text runs <r><t>…</t></r>. */
function stringItem(si: unknown): string {
  const n = asNode(si);
  if (!n) return textOf(si);
  let s = '';
  if (n.t !== undefined) s += textOf(n.t);
  for (const r of asArray(n.r)) s += textOf(asNode(r)?.t);
  return unescapeOoxml(s);
}

export interface Workbook {
  source: string;
  sheetNames: string[];
  date1904: boolean;
  /** Reads one sheet by its exact name (from sheetNames). */
  sheet(name: string): Promise<Grid>;
}

const WHAT = 'Excel-arbetsbok (*.xlsx)';

/** Recognises the bytes and opens the workbook, or throws InputError saying what the file is. */
export async function openWorkbook(bytes: Uint8Array, source: string): Promise<Workbook> {
  if (isOle(bytes)) {
    if (isEncryptedOle(bytes)) {
      throw new InputError(
        source,
        'filen är lösenordsskyddad (krypterad) och kan inte läsas. Öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord) och spara den igen.',
      );
    }
    throw new InputError(
      source,
      `filen är en äldre Excel-fil (.xls) eller ett annat Office-format, inte en .xlsx-fil. Öppna den i Excel och spara den som ${WHAT}.`,
    );
  }
  if (!isZip(bytes)) {
    throw new InputError(
      source,
      `filen är ingen Excel-arbetsbok: en .xlsx-fil är en zip-fil, och den här är det inte. Öppna den i Excel och spara den som ${WHAT}.`,
    );
  }
  const zip = await ZipPackage.open(bytes, source, WHAT);
  if (!zip.has('xl/workbook.xml')) {
    throw new InputError(source, `filen är en zip-fil men ingen Excel-arbetsbok (delen xl/workbook.xml saknas). Spara den som ${WHAT}.`);
  }
  const p = parser();
  const parse = async (name: string): Promise<Node> => {
    const text = await zip.text(name);
    if (/<!DOCTYPE/i.test(text))
      throw new InputError(
        source,
        `filen är skadad eller manipulerad: delen ${name} innehåller en DOCTYPE-deklaration, vilket en Excel-fil aldrig har.`,
      );
    try {
      return asNode(p.parse(text)) ?? {};
    } catch {
      throw new InputError(source, `filen är skadad: delen ${name} är inte giltig XML. Spara filen på nytt i Excel.`);
    }
  };

  const wbRoot = asNode((await parse('xl/workbook.xml')).workbook);
  if (!wbRoot) throw new InputError(source, `filen är skadad: xl/workbook.xml beskriver ingen arbetsbok.`);
  const pr = asNode(wbRoot.workbookPr);
  const flag = attr(pr, 'date1904');
  const date1904 = flag === '1' || flag === 'true';

  const rels = new Map<string, string>();
  if (zip.has('xl/_rels/workbook.xml.rels')) {
    const relRoot = asNode((await parse('xl/_rels/workbook.xml.rels')).Relationships);
    for (const r of asArray(relRoot?.Relationship)) {
      const n = asNode(r);
      const id = attr(n, 'Id');
      const target = attr(n, 'Target');
      if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
    }
  }
  const sheets: { name: string; path: string }[] = [];
  asArray(asNode(wbRoot.sheets)?.sheet).forEach((s, i) => {
    const n = asNode(s);
    const name = attr(n, 'name') ?? `Blad${i + 1}`;
    const id = attr(n, 'id');
    const path = (id && rels.get(id)) ?? `xl/worksheets/sheet${i + 1}.xml`;
    sheets.push({ name: unescapeOoxml(name), path });
  });

  let shared: string[] | undefined;
  const sharedStrings = async (): Promise<string[]> => {
    if (shared) return shared;
    const sstPath = [...rels.values()].find((t) => /sharedStrings\.xml$/i.test(t)) ?? 'xl/sharedStrings.xml';
    shared = zip.has(sstPath) ? asArray(asNode((await parse(sstPath)).sst)?.si).map(stringItem) : [];
    return shared;
  };

  return {
    source,
    sheetNames: sheets.map((s) => s.name),
    date1904,
    async sheet(name: string): Promise<Grid> {
      const info = sheets.find((s) => s.name === name);
      if (!info || !zip.has(info.path)) throw new InputError(source, `filen är skadad: bladet "${name}" saknar sitt innehåll.`);
      zip.checkDeclared([info.path]);
      const root = asNode((await parse(info.path)).worksheet);
      const strings = await sharedStrings();
      return readSheet(root, name, strings);
    },
  };
}

function readSheet(root: Node | undefined, name: string, strings: string[]): Grid {
  const rows: GridRow[] = [];
  let nextRow = 1;
  for (const r of asArray(asNode(root?.sheetData)?.row)) {
    const rn = asNode(r);
    const rowNum = Number(attr(rn, 'r'));
    const row = Number.isInteger(rowNum) && rowNum > 0 ? rowNum : nextRow;
    nextRow = row + 1;
    const cells = new Map<number, Cell>();
    let nextCol = 0;
    for (const c of asArray(rn?.c)) {
      const cn = asNode(c);
      const ref = attr(cn, 'r');
      const pos = ref ? parseRef(ref) : undefined;
      const col = pos ? pos.col : nextCol;
      nextCol = col + 1;
      const cell = readCell(cn, strings);
      if (cell) cells.set(col, cell);
    }
    rows.push({ row, cells });
  }
  rows.sort((a, b) => a.row - b.row);
  const merges: Merge[] = [];
  for (const m of asArray(asNode(root?.mergeCells)?.mergeCell)) {
    const ref = attr(asNode(m), 'ref');
    const merge = ref ? parseMerge(ref) : undefined;
    if (merge) merges.push(merge);
  }
  return { sheet: name, rows, merges };
}

function readCell(cn: Node | undefined, strings: string[]): Cell | undefined {
  if (!cn) return undefined;
  const t = attr(cn, 't') ?? 'n';
  const hasV = cn.v !== undefined;
  const v = unescapeOoxml(textOf(cn.v));
  const formula = cn.f !== undefined ? textOf(cn.f) : undefined;
  if (t === 'inlineStr') {
    const text = stringItem(cn.is);
    return { kind: 'text', text };
  }
  if (!hasV) {
    if (formula !== undefined) return { kind: 'formula', formula: formula || '(delad formel)' };
    return undefined; // a styled but empty cell
  }
  switch (t) {
    case 's': {
      const i = Number(v);
      return Number.isInteger(i) && i >= 0 && i < strings.length
        ? { kind: 'text', text: strings[i] }
        : { kind: 'error', code: '(saknad text)' };
    }
    case 'str':
      return { kind: 'text', text: v };
    case 'b':
      return { kind: 'bool', value: v.trim() === '1' || v.trim().toLowerCase() === 'true' };
    case 'e':
      return { kind: 'error', code: v.trim() };
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(v) ? { kind: 'date', iso: v.slice(0, 10) } : { kind: 'text', text: v };
    default: {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) return { kind: 'text', text: v };
      return { kind: 'number', value: n };
    }
  }
}
