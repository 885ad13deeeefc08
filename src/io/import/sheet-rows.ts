/**
 * The rows of a sheet → the case's input (sheet reader, part 2 of 3): the Ärende block's Fält |
 * Värde rows and the project table's rows, each value converted (sheet-fields.ts) and every
 * problem located as data: sheet, row, column, field and the case path.
 */
import { formatPath } from '../../model/errors';
import { type GridRow, type Merge, columnLetter, isBlank, rowIsBlank } from './grid';
import {
  COLUMNS,
  KIND_LABEL,
  MAX_SIGNATORIES,
  type ColumnDef,
  type ColumnKey,
  type ProjectKind,
  columnDef,
  findColumn,
  findField,
  parseKind,
} from './layout';
import { cellString, convColumn, convField, convText, quote, setPath } from './sheet-fields';
import type { MetaSection, ProblemSink, ProjectSection, ReadGrid } from './sheet-layout';

/** Where the rows module puts problems: the sink, plus the case paths that already have one. */
export interface RowsCtx extends ProblemSink {
  readonly date1904: boolean;
  readonly badPaths: Set<string>;
}

// The Ärende block

export interface MetaResult {
  input: Record<string, unknown>;
  /** Case path (formatted) → row where its field stands. */
  rows: Map<string, number>;
  /** The sheet the block stands on (undefined for a .csv). */
  sheet: string | undefined;
}

function ambiguousMerge(rg: ReadGrid, row: number, cols: number[]): Merge | undefined {
  for (const m of rg.wideMerges.get(row) ?? []) {
    const inside = cols.filter((c) => c >= m.left && c <= m.right);
    if (inside.length >= 2) return m;
  }
  return undefined;
}

function mergeMessage(m: Merge, names: string[]): string {
  return `cellerna ${m.ref} är sammanfogade över kolumnerna ${names.join(' och ')}, så det går inte att avgöra vilken kolumn värdet hör till. Dela upp de sammanfogade cellerna (Start > Sammanfoga och centrera > Dela upp celler) och skriv värdet i rätt kolumn.`;
}

export function readMeta(rg: ReadGrid, sec: MetaSection, ctx: RowsCtx): MetaResult {
  const sheet = rg.grid.sheet;
  const input: Record<string, unknown> = {};
  const rows = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const r of sec.rows) {
    if (rowIsBlank(r)) continue;
    const m = ambiguousMerge(rg, r.row, [sec.fieldCol, sec.valueCol]);
    if (m) {
      ctx.add({ sheet, row: r.row }, mergeMessage(m, ['Fält', 'Värde']));
      continue;
    }
    const nameCell = r.cells.get(sec.fieldCol);
    const valueCell = r.cells.get(sec.valueCol);
    for (const [col, cell] of r.cells) {
      if (col === sec.fieldCol || col === sec.valueCol || isBlank(cell) || rg.filled.has(`${r.row}:${col}`)) continue;
      ctx.add(
        { sheet, row: r.row, column: columnLetter(col) },
        `här ska inget stå: uppgifterna om ärendet har bara kolumnerna Fält och Värde. Innehåller värdet ett semikolon eller kommatecken, sätt det inom citattecken.`,
      );
    }
    const name = cellString(nameCell);
    if (!name) {
      ctx.add({ sheet, row: r.row }, `värdet ${quote(cellString(valueCell))} saknar fältnamn i kolumnen Fält`);
      continue;
    }
    const def = findField(name);
    if (!def) {
      ctx.add(
        { sheet, row: r.row, field: `fältet ${quote(name)}` },
        'är inget fält som mallen känner till (stavfel? fälten står i mallen och i docs/import.md)',
      );
      continue;
    }
    const key = formatPath(def.path);
    const where = { sheet, row: r.row, field: `fältet ${def.label}` };
    const prev = seen.get(key);
    if (prev !== undefined) {
      ctx.add(where, `står två gånger (rad ${prev} och rad ${r.row}); ta bort den ena`, def.path);
      continue;
    }
    seen.set(key, r.row);
    rows.set(key, r.row);
    if (isBlank(valueCell)) continue;
    const v = convField(def, valueCell!, ctx.date1904);
    if (!v.ok) ctx.add(where, v.what, def.path);
    else setPath(input, def.path, v.value);
  }
  // signatories must be numbered without gaps
  const md = input.metadata as Record<string, unknown> | undefined;
  const sig = md?.underskrifter as unknown[] | undefined;
  if (sig) {
    for (let i = 0; i < sig.length && i < MAX_SIGNATORIES; i++) {
      if (sig[i] === undefined) {
        ctx.add(
          { sheet, field: `fältet Underskrift ${i + 1} namn` },
          `saknas, men Underskrift ${sig.length} finns; numrera underskrifterna 1, 2, 3 … utan luckor`,
          ['metadata', 'underskrifter', i],
        );
        sig[i] = {};
      }
    }
  }
  return { input, rows, sheet };
}

// ---------------------------------------------------------------------------------------------
// The project table

export interface ProjectLoc {
  row: number;
}

export interface ProjectResult {
  lists: Record<ProjectKind, Record<string, unknown>[]>;
  locs: Record<ProjectKind, ProjectLoc[]>;
  /** Column key → header as the user wrote it. */
  headers: Map<ColumnKey, string>;
  /** The sheet the table stands on (undefined for a .csv). */
  sheet: string | undefined;
}

/** The project table's header row: which known column stands where, and the unknown headers. */
interface TableHeader {
  byCol: Map<number, ColumnDef>;
  /** Column key → header as the user wrote it. */
  headers: Map<ColumnKey, string>;
  headerCols: Map<ColumnKey, number>;
  unknown: Map<number, string>;
}

function readHeader(sec: ProjectSection, sheet: string | undefined, ctx: RowsCtx): TableHeader {
  const h: TableHeader = { byCol: new Map(), headers: new Map(), headerCols: new Map(), unknown: new Map() };
  for (const [col, cell] of [...sec.header.cells].sort((a, b) => a[0] - b[0])) {
    const text = cellString(cell);
    if (!text) continue;
    const def = findColumn(text);
    if (!def) {
      h.unknown.set(col, text);
      continue;
    }
    const prev = h.headerCols.get(def.key);
    if (prev !== undefined) {
      ctx.add(
        { sheet, row: sec.header.row, column: text },
        `kolumnen ${def.label} står två gånger (kolumn ${columnLetter(prev)} och ${columnLetter(col)}); ta bort den ena`,
      );
      continue;
    }
    h.byCol.set(col, def);
    h.headers.set(def.key, text);
    h.headerCols.set(def.key, col);
  }
  return h;
}

/** Columns with values but an unknown header or none, each reported once. */
function reportStrayColumns(rg: ReadGrid, sec: ProjectSection, h: TableHeader, ctx: RowsCtx): void {
  const sheet = rg.grid.sheet;
  const reported = new Set<number>();
  for (const r of sec.rows) {
    for (const [col, cell] of r.cells) {
      if (h.byCol.has(col) || reported.has(col) || isBlank(cell) || rg.filled.has(`${r.row}:${col}`)) continue;
      const unknown = h.unknown.get(col);
      const label = (sec.header.cells.get(col) && cellString(sec.header.cells.get(col))) || '';
      reported.add(col);
      if (unknown !== undefined || label) {
        ctx.add(
          { sheet, row: sec.header.row, column: quote(unknown ?? label) },
          `är ingen känd kolumn (stavfel?). Kända kolumner: ${COLUMNS.map((c) => c.label).join(', ')}.`,
        );
      } else if (h.headerCols.has('typ') && col !== h.headerCols.get('typ') && !sec.header.cells.has(col)) {
        // A duplicate-header column lands here too; only true header-less columns are reported.
        ctx.add(
          { sheet, row: r.row, column: columnLetter(col) },
          'värdet står i en kolumn utan rubrik; skriv en rubrik i rubrikraden eller flytta värdet',
        );
      }
    }
  }
}

/** The kind of a project row from its Typ cell, or undefined after saying what is wrong. */
function rowKind(r: GridRow, h: TableHeader, sheet: string | undefined, ctx: RowsCtx, typName: string): ProjectKind | undefined {
  const typCol = h.headerCols.get('typ');
  const typCell = typCol === undefined ? undefined : r.cells.get(typCol);
  if (isBlank(typCell)) {
    ctx.add({ sheet, row: r.row, column: typName }, 'saknas; skriv LUM, MUL eller FUM');
    return undefined;
  }
  const typText = convText(typCell!);
  const kind = typText.ok ? parseKind(typText.value) : undefined;
  if (!kind) {
    ctx.add(
      { sheet, row: r.row, column: typName },
      typText.ok ? `${quote(typText.value)} är ingen typ; skriv LUM, MUL eller FUM` : typText.what,
    );
  }
  return kind;
}

/** One project row's values as the case input of its kind (index: its place in that list). */
function rowValues(
  rg: ReadGrid,
  r: GridRow,
  kind: ProjectKind,
  index: number,
  h: TableHeader,
  ctx: RowsCtx,
  headerName: (key: ColumnKey) => string,
): Record<string, unknown> {
  const sheet = rg.grid.sheet;
  const obj: Record<string, unknown> = {};
  const path = (field: string[]) => [kind, index, ...field];
  let fran: number | undefined;
  let till: number | undefined;
  for (const [col, def] of h.byCol) {
    const cell = r.cells.get(col);
    if (def.key === 'typ' || cell === undefined || isBlank(cell)) continue;
    const where = { sheet, row: r.row, column: headerName(def.key) };
    if (!def.kinds.includes(kind)) {
      if (!rg.filled.has(`${r.row}:${col}`)) {
        ctx.add(
          where,
          `används inte för ${KIND_LABEL[kind]} (bara för ${def.kinds.map((k) => KIND_LABEL[k]).join(' och ')}); töm cellen eller ändra Typ`,
        );
      }
      continue;
    }
    const year = def.key === 'fran' || def.key === 'till';
    const v = convColumn(def.key, kind, cell, ctx.date1904);
    if (!v.ok) {
      ctx.add(where, v.what, path(year ? ['ar', def.key] : [def.key]));
      if (year) ctx.badPaths.add(formatPath(path(['ar'])));
      continue;
    }
    if (def.key === 'fran') fran = v.value as number;
    else if (def.key === 'till') till = v.value as number;
    else if (def.key === 'bilagor' && kind === 'lum') obj.bilaga = v.value;
    else obj[def.key] = v.value;
  }
  if (kind === 'lum' && (fran !== undefined || till !== undefined)) obj.ar = { fran: fran ?? till, till: till ?? fran };
  return obj;
}

export function readProjects(rg: ReadGrid, sec: ProjectSection, ctx: RowsCtx): ProjectResult {
  const sheet = rg.grid.sheet;
  const h = readHeader(sec, sheet, ctx);
  reportStrayColumns(rg, sec, h, ctx);
  const lists: Record<ProjectKind, Record<string, unknown>[]> = { lum: [], mul: [], fum: [] };
  const locs: Record<ProjectKind, ProjectLoc[]> = { lum: [], mul: [], fum: [] };
  const headerName = (key: ColumnKey) => h.headers.get(key) ?? columnDef(key).label;
  const knownCols = [...h.byCol.keys()];
  for (const r of sec.rows) {
    if (rowIsBlank(r)) continue;
    const m = ambiguousMerge(rg, r.row, knownCols);
    if (m) {
      const names = knownCols.filter((c) => c >= m.left && c <= m.right).map((c) => headerName(h.byCol.get(c)!.key));
      ctx.add({ sheet, row: r.row }, mergeMessage(m, names));
      continue;
    }
    if (![...r.cells].some(([col, c]) => h.byCol.has(col) && !isBlank(c))) continue;
    const kind = rowKind(r, h, sheet, ctx, headerName('typ'));
    if (!kind) continue;
    lists[kind].push(rowValues(rg, r, kind, lists[kind].length, h, ctx, headerName));
    locs[kind].push({ row: r.row });
  }
  return { lists, locs, headers: h.headers, sheet };
}
