/**
 * Where things stand in a sheet (sheet reader, part 1 of 3): merged cells filled from their
 * top-left value, text cleaned as people type it, and the grid split into its Ärende block
 * (Fält | Värde) and its project table (a header row with Typ; the same header repeated goes on).
 */
import { type Grid, type GridRow, type Merge, columnLetter, isBlank, normalizeName, rowIsBlank } from './grid';
import { findColumn, findField } from './layout';
import { cellString } from './sheet-fields';
import { bidiProblem, cleanText } from './typed-text';

/** Where a problem is: the sheet (.xlsx), the row and column as the user's program shows them, a field. */
export interface Loc {
  sheet?: string;
  row?: number;
  column?: string;
  /** "fältet Dnr": a field of the Ärende block (with or without its row). */
  field?: string;
}

/** Where problems go while a grid is read. */
export interface ProblemSink {
  add(loc: Loc, what: string, path?: (string | number)[]): void;
}

export interface MetaSection {
  kind: 'meta';
  rows: GridRow[];
  fieldCol: number;
  valueCol: number;
}

export interface ProjectSection {
  kind: 'projects';
  header: GridRow;
  rows: GridRow[];
}

/** One grid as read: its sections and what the merged cells did. */
export interface ReadGrid {
  grid: Grid;
  meta?: MetaSection;
  projects?: ProjectSection;
  /** Multi-column merges by row. */
  wideMerges: Map<number, Merge[]>;
  /** Cells filled from a merged area ("row:col"). */
  filled: Set<string>;
}

const MAX_MERGE_FILL = 200_000;

/** Fills merged areas with their top-left value and notes the merges that span several columns. */
function applyMerges(grid: Grid): { wideMerges: Map<number, Merge[]>; filled: Set<string> } {
  const wideMerges = new Map<number, Merge[]>();
  const filled = new Set<string>();
  if (!grid.merges.length) return { wideMerges, filled };
  const byRow = new Map(grid.rows.map((r) => [r.row, r]));
  const lastRow = grid.rows.length ? grid.rows[grid.rows.length - 1].row : 0;
  let maxCol = 0;
  for (const r of grid.rows) for (const c of r.cells.keys()) maxCol = Math.max(maxCol, c);
  let budget = MAX_MERGE_FILL;
  for (const m of grid.merges) {
    const source = byRow.get(m.top)?.cells.get(m.left);
    const bottom = Math.min(m.bottom, lastRow);
    const right = Math.min(m.right, maxCol + 1);
    for (let r = m.top; r <= bottom; r++) {
      if (m.right > m.left) {
        const list = wideMerges.get(r) ?? [];
        list.push(m);
        wideMerges.set(r, list);
      }
      if (!source) continue;
      let row = byRow.get(r);
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        if (--budget < 0) break;
        if (!row) {
          row = { row: r, cells: new Map() };
          byRow.set(r, row);
          grid.rows.push(row);
        }
        if (isBlank(row.cells.get(c))) {
          row.cells.set(c, source);
          filled.add(`${r}:${c}`);
        }
      }
    }
  }
  grid.rows.sort((a, b) => a.row - b.row);
  return { wideMerges, filled };
}

function isMetaHeader(row: GridRow): { fieldCol: number; valueCol: number } | undefined {
  let fieldCol = -1;
  let valueCol = -1;
  for (const [col, cell] of row.cells) {
    if (cell.kind !== 'text' || cell.text.length > 40) continue;
    const k = normalizeName(cell.text);
    if (k === 'falt' && fieldCol < 0) fieldCol = col;
    else if (k === 'varde' && valueCol < 0) valueCol = col;
  }
  return fieldCol >= 0 && valueCol >= 0 ? { fieldCol, valueCol } : undefined;
}

function isProjectHeader(row: GridRow): boolean {
  let typ = false;
  let other = false;
  for (const cell of row.cells.values()) {
    if (cell.kind !== 'text' || cell.text.length > 40) continue;
    const c = findColumn(cell.text);
    if (c?.key === 'typ') typ = true;
    else if (c) other = true;
  }
  return typ && other;
}

/** The columns a project header row names, "0=typ,1=namn,…", to recognise the same header repeated. */
function headerSignature(row: GridRow): string {
  const parts: string[] = [];
  for (const [col, cell] of [...row.cells].sort((a, b) => a[0] - b[0])) {
    const def = cell.kind === 'text' ? findColumn(cell.text) : undefined;
    if (def) parts.push(`${col}=${def.key}`);
  }
  return parts.join(',');
}

/**
 * Text cells as people type them: NFC and no zero-width characters (typed-text.ts); a bidi
 * control character is a problem at its row and column.
 */
function cleanCells(grid: Grid, ctx: ProblemSink): void {
  for (const r of grid.rows) {
    for (const [col, cell] of r.cells) {
      if (cell.kind !== 'text') continue;
      const why = bidiProblem(cell.text);
      if (why) ctx.add({ sheet: grid.sheet, row: r.row, column: columnLetter(col) }, why);
      const clean = cleanText(cell.text);
      if (clean !== cell.text) r.cells.set(col, { kind: 'text', text: clean });
    }
  }
}

/** Splits a grid into its Ärende block (Fält | Värde) and its project table (header row with Typ). */
export function readGrid(grid: Grid, ctx: ProblemSink): ReadGrid {
  cleanCells(grid, ctx);
  const { wideMerges, filled } = applyMerges(grid);
  const rows = grid.rows.filter((r) => !rowIsBlank(r));
  const out: ReadGrid = { grid, wideMerges, filled };
  const sheet = grid.sheet;
  type Head = { at: number; meta?: { fieldCol: number; valueCol: number }; projects?: boolean };
  const heads: Head[] = [];
  rows.forEach((r, i) => {
    const meta = isMetaHeader(r);
    if (meta) heads.push({ at: i, meta });
    else if (isProjectHeader(r)) heads.push({ at: i, projects: true });
  });
  const firstHead = heads.length ? heads[0].at : rows.length;
  const before = rows.slice(0, firstHead);
  const looksLikeProjectHeader = (r: GridRow) => [...r.cells.values()].filter((c) => c.kind === 'text' && findColumn(c.text)).length >= 2;
  if (heads.length === 0 && before.length > 0 && looksLikeProjectHeader(before[0])) {
    ctx.add(
      { sheet, row: before[0].row },
      'ser ut som projekttabellens rubrikrad men saknar kolumnen Typ; lägg till en kolumn Typ med LUM, MUL eller FUM på varje rad.',
    );
    return out;
  }
  const implicitMeta =
    before.length > 0 && (heads.length === 0 || before.every((r) => findField(cellString(r.cells.get(0))) !== undefined));
  if (implicitMeta) out.meta = { kind: 'meta', rows: before, fieldCol: 0, valueCol: 1 };
  heads.forEach((h, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].at : rows.length;
    const body = rows.slice(h.at + 1, end);
    if (h.meta) {
      if (out.meta)
        ctx.add(
          { sheet, row: rows[h.at].row },
          'rubrikraden Fält/Värde står en gång till; uppgifterna om ärendet får bara stå i ett block.',
        );
      else out.meta = { kind: 'meta', rows: body, ...h.meta };
    } else if (out.projects && headerSignature(rows[h.at]) === headerSignature(out.projects.header)) {
      // The same header again (a sheet printed or pasted page by page): the table goes on.
      for (const r of body) out.projects.rows.push(r);
    } else if (out.projects) {
      ctx.add(
        { sheet, row: rows[h.at].row },
        'projekttabellens rubrikrad (Typ, Namn, …) står en gång till med andra kolumner; alla projekt ska stå i en tabell med en rubrikrad.',
      );
    } else {
      out.projects = { kind: 'projects', header: rows[h.at], rows: body };
    }
  });
  return out;
}
