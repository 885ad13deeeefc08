/** The common shape both spreadsheet readers (.xlsx and .csv) produce: rows of typed cells. */
import { memoize } from '../../model/memo';

export type Cell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  /** A date cell stored as text (t="d" in .xlsx): the ISO date. */
  | { kind: 'date'; iso: string }
  /** An Excel error value such as #DIV/0! */
  | { kind: 'error'; code: string }
  /** A formula whose result Excel did not store. */
  | { kind: 'formula'; formula: string };

export interface GridRow {
  /** The row number as Excel shows it (1-based). */
  row: number;
  /** Cells by 0-based column index. */
  cells: Map<number, Cell>;
}

export interface Merge {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name (.xlsx), or undefined for a .csv file. */
  sheet?: string;
  rows: GridRow[];
  merges: Merge[];
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.kind === 'text' && cell.text.trim() === '');
}

export function rowIsBlank(row: GridRow): boolean {
  for (const c of row.cells.values()) if (!isBlank(c)) return false;
  return true;
}

/** Case-, accent- and punctuation-insensitive form of a header or field name: "Från år" → "fran ar". */
const normalizeCached = memoize(normalizeUncached, 5000);

export function normalizeName(s: string): string {
  return s.length > 60 ? normalizeUncached(s) : normalizeCached(s);
}

function normalizeUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "B7" → { row: 7, col: 1 }. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}

export function parseMerge(ref: string): Merge | undefined {
  const [a, b] = ref.split(':');
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q) return undefined;
  return { ref, top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel serial number → ÅÅÅÅ-MM-DD, in the 1900 (with its phantom 29 February) or 1904 system. */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial);
  const day = 86_400_000;
  let t: number;
  if (date1904) t = Date.UTC(1904, 0, 1) + days * day;
  else if (days === 60)
    return '1900-02-29'; // Excel's phantom day; the calendar check rejects it
  else t = Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * day;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
