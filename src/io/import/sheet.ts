/**
 * Grids (from .xlsx or .csv) → the Case input shape, with every problem located by file, sheet,
 * row (as Excel shows it) and column; then validation with the case schema, whose problems are
 * translated back to the same places.
 */
import { z } from 'zod';
import { FumStudy, LumProject, MulTrip, type Case } from '../../model/case';
import { InputError, formatPath, zodProblems, type Problem } from '../../model/errors';
import { validateCase } from '../../model/validate';
import { parseAmount } from '../../swedish/numbers';
import { parseLongDate } from '../../swedish/dates';
import { type Cell, type Grid, type GridRow, type Merge, columnLetter, isBlank, normalizeName, rowIsBlank, serialToIso } from './grid';
import {
  COLUMNS,
  FIELDS,
  KIND_LABEL,
  MAX_SIGNATORIES,
  type ColumnDef,
  type ColumnKey,
  type FieldDef,
  type ProjectKind,
  columnDef,
  columnForPath,
  fieldLabelForPath,
  findColumn,
  findField,
  parseKind,
} from './layout';
import { bidiProblem, cleanText } from './typed-text';

export interface Projects {
  lum: LumProject[];
  mul: MulTrip[];
  fum: FumStudy[];
}

interface MetaSection {
  kind: 'meta';
  rows: GridRow[];
  fieldCol: number;
  valueCol: number;
}

interface ProjectSection {
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

class Ctx {
  readonly problems: Problem[] = [];
  /** Case paths that already have a problem; schema problems under them are not repeated. */
  readonly badPaths = new Set<string>();
  constructor(
    readonly source: string,
    readonly date1904: boolean,
  ) {}
  add(where: string, what: string, path?: (string | number)[]) {
    this.problems.push({ where, what });
    if (path) this.badPaths.add(formatPath(path));
  }
}

function prefix(grid: Grid): string {
  return grid.sheet !== undefined ? `blad ${grid.sheet}, ` : '';
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

function cellString(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return numberText(cell.value);
    case 'bool':
      return cell.value ? 'SANT' : 'FALSKT';
    case 'date':
      return cell.iso;
    default:
      return '';
  }
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
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
function cleanCells(grid: Grid, ctx: { add(where: string, what: string): void }): void {
  const p = prefix(grid);
  for (const r of grid.rows) {
    for (const [col, cell] of r.cells) {
      if (cell.kind !== 'text') continue;
      const why = bidiProblem(cell.text);
      if (why) ctx.add(`${p}rad ${r.row}, kolumn ${columnLetter(col)}`, why);
      const clean = cleanText(cell.text);
      if (clean !== cell.text) r.cells.set(col, { kind: 'text', text: clean });
    }
  }
}

/** Splits a grid into its Ärende block (Fält | Värde) and its project table (header row with Typ). */
export function readGrid(grid: Grid, ctx: { add(where: string, what: string): void }): ReadGrid {
  cleanCells(grid, ctx);
  const { wideMerges, filled } = applyMerges(grid);
  const rows = grid.rows.filter((r) => !rowIsBlank(r));
  const out: ReadGrid = { grid, wideMerges, filled };
  const p = prefix(grid);
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
      `${p}rad ${before[0].row}`,
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
        ctx.add(`${p}rad ${rows[h.at].row}`, 'rubrikraden Fält/Värde står en gång till; uppgifterna om ärendet får bara stå i ett block.');
      else out.meta = { kind: 'meta', rows: body, ...h.meta };
    } else if (out.projects && headerSignature(rows[h.at]) === headerSignature(out.projects.header)) {
      // The same header again (a sheet printed or pasted page by page): the table goes on.
      for (const r of body) out.projects.rows.push(r);
    } else if (out.projects) {
      ctx.add(
        `${p}rad ${rows[h.at].row}`,
        'projekttabellens rubrikrad (Typ, Namn, …) står en gång till med andra kolumner; alla projekt ska stå i en tabell med en rubrikrad.',
      );
    } else {
      out.projects = { kind: 'projects', header: rows[h.at], rows: body };
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

function setPath(obj: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let o: Record<string | number, unknown> = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (o[k] === undefined) o[k] = nextIsIndex ? [] : {};
    o = o[k] as Record<string | number, unknown>;
  }
  o[path[path.length - 1]] = value;
}

function quote(s: string): string {
  const short = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return `"${short.replace(/\s+/g, ' ')}"`;
}

type Conv<T> = { ok: true; value: T } | { ok: false; what: string };

function specialCell(cell: Cell): Conv<never> | undefined {
  if (cell.kind === 'error')
    return { ok: false, what: `cellen innehåller Excel-felet ${cell.code} i stället för ett värde. Rätta formeln eller skriv in värdet.` };
  if (cell.kind === 'formula') {
    return {
      ok: false,
      what: `cellen har formeln =${cell.formula} men inget sparat resultat (filen har inte räknats om i Excel). Öppna filen i Excel och spara den igen, eller skriv in värdet i stället för formeln.`,
    };
  }
  return undefined;
}

function convText(cell: Cell, long = false): Conv<string> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'text') {
    const t = cell.text.replace(/\r\n?/g, '\n');
    return { ok: true, value: long ? t.replace(/[ \t]+\n/g, '\n').trim() : t.replace(/\s*\n\s*/g, ' ').trim() };
  }
  return { ok: true, value: cellString(cell) };
}

function convYear(cell: Cell): Conv<number> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'number') return { ok: true, value: cell.value };
  const s = cellString(cell);
  if (/^\d{4}$/.test(s)) return { ok: true, value: Number(s) };
  return { ok: false, what: `${quote(s)} är inte ett årtal; skriv till exempel 2025` };
}

function convCount(cell: Cell): Conv<number> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'number') return { ok: true, value: cell.value };
  const s = cellString(cell);
  if (/^\d{1,9}$/.test(s)) return { ok: true, value: Number(s) };
  return { ok: false, what: `${quote(s)} är inte ett antal; skriv ett heltal, till exempel 7` };
}

function convAmount(cell: Cell): Conv<number> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'number') return { ok: true, value: cell.value };
  const s = cellString(cell);
  const v = parseAmount(s);
  if (v === undefined || !Number.isFinite(v))
    return { ok: false, what: `${quote(s)} är inte ett belopp i kronor; skriv till exempel 500 000` };
  return { ok: true, value: v };
}

function isoFromText(s: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}`;
  if (/^(den\s+)?\d{1,2}\s+\p{L}+\s+\d{4}$/iu.test(s)) return parseLongDate(s);
  return undefined;
}

function convDate(cell: Cell, date1904: boolean): Conv<string> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'date') return { ok: true, value: cell.iso };
  if (cell.kind === 'number') {
    const iso = serialToIso(cell.value, date1904);
    if (!iso) return { ok: false, what: `talet ${numberText(cell.value)} går inte att läsa som ett datum; skriv datumet som ÅÅÅÅ-MM-DD` };
    const y = Number(iso.slice(0, 4));
    if (y < 1990 || y > 2100) {
      return {
        ok: false,
        what: `talet ${numberText(cell.value)} blir datumet ${iso} som Excel-datum, vilket inte är rimligt; skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-04-23`,
      };
    }
    return { ok: true, value: iso };
  }
  const s = cellString(cell);
  const iso = isoFromText(s);
  if (iso) return { ok: true, value: iso };
  return { ok: false, what: `${quote(s)} är inte ett datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-04-23` };
}

/** FUM "Klart": a date (serial or text) becomes ÅÅÅÅ-MM-DD; other text ("Januari 2021") is kept. */
function convDateOrText(cell: Cell, date1904: boolean): Conv<string> {
  if (cell.kind === 'number' || cell.kind === 'date') return convDate(cell, date1904);
  const t = convText(cell);
  if (!t.ok) return t;
  return { ok: true, value: isoFromText(t.value) ?? t.value };
}

function convBool(cell: Cell): Conv<boolean> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'bool') return { ok: true, value: cell.value };
  const s = normalizeName(cellString(cell));
  if (['ja', 'j', 'x', 'sant', 'true', '1'].includes(s)) return { ok: true, value: true };
  if (['nej', 'n', 'falskt', 'false', '0'].includes(s)) return { ok: true, value: false };
  return { ok: false, what: `${quote(cellString(cell))} är varken ja eller nej; skriv "ja" eller "nej"` };
}

function convList(cell: Cell, splitter: RegExp): Conv<string[]> {
  const t = convText(cell, true);
  if (!t.ok) return t;
  return {
    ok: true,
    value: t.value
      .split(splitter)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  };
}

function convDoctype(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (['inriktning redovisning', 'inriktning och redovisning', 'inriktning', 'inriktning samt redovisning'].includes(k))
    return { ok: true, value: 'inriktning-redovisning' };
  if (k === 'arsrapport') return { ok: true, value: 'arsrapport' };
  return { ok: false, what: `${quote(t.value)} är ingen dokumenttyp; skriv "inriktning och redovisning" eller "årsrapport"` };
}

function convPlacement(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (k.startsWith('efter forslag')) return { ok: true, value: 'efter-forslag' };
  if (k === 'sist' || k === 'sist fore bilagor') return { ok: true, value: 'sist' };
  return { ok: false, what: `${quote(t.value)} är ingen placering; skriv "efter förslaget" eller "sist"` };
}

function convLumStatus(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (['slutredovisas', 'slutredovisad', 'slutredovisat', 'avslutad', 'avslutat', 'avslutas'].includes(k))
    return { ok: true, value: 'slutredovisas' };
  if (['fortgar', 'pagar', 'fortsatter', 'pagaende', 'fortgaende'].includes(k)) return { ok: true, value: 'fortgar' };
  return { ok: false, what: `${quote(t.value)} är ingen status för LUM; skriv "slutredovisas" eller "fortgår"` };
}

function convFumStatus(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (['avslutad', 'avslutat', 'klar', 'klart', 'slutredovisas', 'slutredovisad'].includes(k)) return { ok: true, value: 'avslutad' };
  if (['pagar', 'fortgar', 'pagaende'].includes(k)) return { ok: true, value: 'pagar' };
  return { ok: false, what: `${quote(t.value)} är ingen status för FUM; skriv "avslutad" eller "pågår"` };
}

const LIST_SPLIT = /\s*(?:;|\n)\s*/;
const NAME_LIST_SPLIT = /\s*(?:[;,\n]|\soch\s)\s*/;

function convField(def: FieldDef, cell: Cell, date1904: boolean): Conv<unknown> {
  switch (def.type) {
    case 'text':
      return convText(cell);
    case 'longtext':
      return convText(cell, true);
    case 'date':
      return convDate(cell, date1904);
    case 'year':
      return convYear(cell);
    case 'count':
      return convCount(cell);
    case 'amount':
      return convAmount(cell);
    case 'bool':
      return convBool(cell);
    case 'list':
      return convList(cell, LIST_SPLIT);
    case 'doctype':
      return convDoctype(cell);
    case 'placement':
      return convPlacement(cell);
  }
}

function convColumn(key: ColumnKey, kind: ProjectKind, cell: Cell, date1904: boolean): Conv<unknown> {
  switch (key) {
    case 'fran':
    case 'till':
      return convYear(cell);
    case 'belopp':
    case 'kostnad':
      return convAmount(cell);
    case 'medsokande':
      return convList(cell, NAME_LIST_SPLIT);
    case 'bilagor':
      return kind === 'lum' ? convText(cell) : convList(cell, LIST_SPLIT);
    case 'status':
      return kind === 'fum' ? convFumStatus(cell) : convLumStatus(cell);
    case 'klart':
      return convDateOrText(cell, date1904);
    case 'syfte':
    case 'resultat':
    case 'beskrivning':
      return convText(cell, true);
    default:
      return convText(cell);
  }
}

// ---------------------------------------------------------------------------------------------
// The Ärende block

interface MetaResult {
  input: Record<string, unknown>;
  /** Case path (formatted) → row where its field stands. */
  rows: Map<string, number>;
  prefix: string;
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

function readMeta(rg: ReadGrid, sec: MetaSection, ctx: Ctx): MetaResult {
  const p = prefix(rg.grid);
  const input: Record<string, unknown> = {};
  const rows = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const r of sec.rows) {
    if (rowIsBlank(r)) continue;
    const m = ambiguousMerge(rg, r.row, [sec.fieldCol, sec.valueCol]);
    if (m) {
      ctx.add(`${p}rad ${r.row}`, mergeMessage(m, ['Fält', 'Värde']));
      continue;
    }
    const nameCell = r.cells.get(sec.fieldCol);
    const valueCell = r.cells.get(sec.valueCol);
    for (const [col, cell] of r.cells) {
      if (col === sec.fieldCol || col === sec.valueCol || isBlank(cell) || rg.filled.has(`${r.row}:${col}`)) continue;
      ctx.add(
        `${p}rad ${r.row}, kolumn ${columnLetter(col)}`,
        `här ska inget stå: uppgifterna om ärendet har bara kolumnerna Fält och Värde. Innehåller värdet ett semikolon eller kommatecken, sätt det inom citattecken.`,
      );
    }
    const name = cellString(nameCell);
    if (!name) {
      ctx.add(`${p}rad ${r.row}`, `värdet ${quote(cellString(valueCell))} saknar fältnamn i kolumnen Fält`);
      continue;
    }
    const def = findField(name);
    if (!def) {
      ctx.add(
        `${p}rad ${r.row}, fältet ${quote(name)}`,
        'är inget fält som mallen känner till (stavfel? fälten står i mallen och i docs/import.md)',
      );
      continue;
    }
    const key = formatPath(def.path);
    const where = `${p}rad ${r.row}, fältet ${def.label}`;
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
          `${p}fältet Underskrift ${i + 1} namn`,
          `saknas, men Underskrift ${sig.length} finns; numrera underskrifterna 1, 2, 3 … utan luckor`,
          ['metadata', 'underskrifter', i],
        );
        sig[i] = {};
      }
    }
  }
  return { input, rows, prefix: p };
}

// ---------------------------------------------------------------------------------------------
// The project table

interface ProjectLoc {
  row: number;
}

interface ProjectResult {
  lists: Record<ProjectKind, Record<string, unknown>[]>;
  locs: Record<ProjectKind, ProjectLoc[]>;
  /** Column key → header as the user wrote it. */
  headers: Map<ColumnKey, string>;
  prefix: string;
}

function readProjects(rg: ReadGrid, sec: ProjectSection, ctx: Ctx): ProjectResult {
  const p = prefix(rg.grid);
  const byCol = new Map<number, ColumnDef>();
  const headers = new Map<ColumnKey, string>();
  const headerCols = new Map<ColumnKey, number>();
  const unknown = new Map<number, string>();
  for (const [col, cell] of [...sec.header.cells].sort((a, b) => a[0] - b[0])) {
    const text = cellString(cell);
    if (!text) continue;
    const def = findColumn(text);
    if (!def) {
      unknown.set(col, text);
      continue;
    }
    const prev = headerCols.get(def.key);
    if (prev !== undefined) {
      ctx.add(
        `${p}rad ${sec.header.row}, kolumn ${text}`,
        `kolumnen ${def.label} står två gånger (kolumn ${columnLetter(prev)} och ${columnLetter(col)}); ta bort den ena`,
      );
      continue;
    }
    byCol.set(col, def);
    headers.set(def.key, text);
    headerCols.set(def.key, col);
  }
  // columns with values but an unknown or no header
  const reported = new Set<number>();
  for (const r of sec.rows) {
    for (const [col, cell] of r.cells) {
      if (byCol.has(col) || reported.has(col) || isBlank(cell) || rg.filled.has(`${r.row}:${col}`)) continue;
      const h = unknown.get(col);
      const label = (sec.header.cells.get(col) && cellString(sec.header.cells.get(col))) || '';
      reported.add(col);
      if (h !== undefined || label) {
        ctx.add(
          `${p}rad ${sec.header.row}, kolumn ${quote(h ?? label)}`,
          `är ingen känd kolumn (stavfel?). Kända kolumner: ${COLUMNS.map((c) => c.label).join(', ')}.`,
        );
      } else if (headerCols.has('typ') && col !== headerCols.get('typ')) {
        // A duplicate-header column lands here too; only report true header-less columns.
        if (![...sec.header.cells.keys()].includes(col)) {
          ctx.add(
            `${p}rad ${r.row}, kolumn ${columnLetter(col)}`,
            'värdet står i en kolumn utan rubrik; skriv en rubrik i rubrikraden eller flytta värdet',
          );
        }
      }
    }
  }

  const lists: Record<ProjectKind, Record<string, unknown>[]> = { lum: [], mul: [], fum: [] };
  const locs: Record<ProjectKind, ProjectLoc[]> = { lum: [], mul: [], fum: [] };
  const typCol = headerCols.get('typ');
  const headerName = (key: ColumnKey) => headers.get(key) ?? columnDef(key).label;
  const knownCols = [...byCol.keys()];
  for (const r of sec.rows) {
    if (rowIsBlank(r)) continue;
    const m = ambiguousMerge(rg, r.row, knownCols);
    if (m) {
      const names = knownCols.filter((c) => c >= m.left && c <= m.right).map((c) => headerName(byCol.get(c)!.key));
      ctx.add(`${p}rad ${r.row}`, mergeMessage(m, names));
      continue;
    }
    const typCell = typCol === undefined ? undefined : r.cells.get(typCol);
    const hasData = [...r.cells].some(([col, c]) => byCol.has(col) && !isBlank(c));
    if (!hasData) continue;
    if (isBlank(typCell)) {
      ctx.add(`${p}rad ${r.row}, kolumn ${headerName('typ')}`, 'saknas; skriv LUM, MUL eller FUM');
      continue;
    }
    const typText = convText(typCell!);
    const kind = typText.ok ? parseKind(typText.value) : undefined;
    if (!kind) {
      ctx.add(
        `${p}rad ${r.row}, kolumn ${headerName('typ')}`,
        typText.ok ? `${quote(typText.value)} är ingen typ; skriv LUM, MUL eller FUM` : typText.what,
      );
      continue;
    }
    const index = lists[kind].length;
    const obj: Record<string, unknown> = {};
    const path = (field: string | string[]) => [kind, index, ...(Array.isArray(field) ? field : [field])];
    let fran: number | undefined;
    let till: number | undefined;
    for (const [col, def] of byCol) {
      if (def.key === 'typ') continue;
      const cell = r.cells.get(col);
      if (isBlank(cell)) continue;
      const where = `${p}rad ${r.row}, kolumn ${headerName(def.key)}`;
      if (!def.kinds.includes(kind)) {
        if (rg.filled.has(`${r.row}:${col}`)) continue;
        ctx.add(
          where,
          `används inte för ${KIND_LABEL[kind]} (bara för ${def.kinds.map((k) => KIND_LABEL[k]).join(' och ')}); töm cellen eller ändra Typ`,
        );
        continue;
      }
      const field = def.key === 'fran' || def.key === 'till' ? ['ar', def.key] : [def.key];
      const v = convColumn(def.key, kind, cell!, ctx.date1904);
      if (!v.ok) {
        ctx.add(where, v.what, path(field));
        if (def.key === 'fran' || def.key === 'till') ctx.badPaths.add(formatPath(path('ar')));
        continue;
      }
      if (def.key === 'fran') fran = v.value as number;
      else if (def.key === 'till') till = v.value as number;
      else if (def.key === 'bilagor' && kind === 'lum') obj.bilaga = v.value;
      else obj[def.key] = v.value;
    }
    if (kind === 'lum' && (fran !== undefined || till !== undefined)) obj.ar = { fran: fran ?? till, till: till ?? fran };
    lists[kind].push(obj);
    locs[kind].push({ row: r.row });
  }
  return { lists, locs, headers, prefix: p };
}

// ---------------------------------------------------------------------------------------------
// Validation with the case schema, its problems translated back to rows and columns

function parsePathString(s: string): (string | number)[] | undefined {
  if (!s || s.startsWith('(')) return undefined;
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

function valueAt(obj: unknown, path: (string | number)[]): unknown {
  let o = obj;
  for (const k of path) {
    if (o === null || typeof o !== 'object') return undefined;
    o = (o as Record<string | number, unknown>)[k];
  }
  return o;
}

/** Problems in reading order: the Ärende block before the project table, by row; unplaced ones last in their block. */
function sortProblems(problems: Problem[], order: string[], metaEnd = Number.MAX_SAFE_INTEGER): Problem[] {
  const key = (p: Problem): [number, number] => {
    const block = order.findIndex((o) => o !== '' && p.where.startsWith(o));
    const row = /(?:^|, )rad (\d+)/.exec(p.where);
    const unplaced = /(?:^|, )fältet /.test(p.where) ? metaEnd + 0.5 : Number.MAX_SAFE_INTEGER;
    return [p.where === '' ? -1 : block < 0 ? 0 : block, row ? Number(row[1]) : unplaced];
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.p);
}

function isUnder(path: string, bad: Set<string>): boolean {
  for (const b of bad) if (path === b || path.startsWith(`${b}.`) || path.startsWith(`${b}[`)) return true;
  return false;
}

function relocate(
  problems: Problem[],
  ctx: Ctx,
  meta: MetaResult | undefined,
  proj: ProjectResult | undefined,
  metaPrefix: string,
  inputs: unknown,
): Problem[] {
  const out: Problem[] = [];
  for (let pr of problems) {
    if (isUnder(pr.where, ctx.badPaths)) continue;
    const path = parsePathString(pr.where);
    if (!path) {
      out.push(pr);
      continue;
    }
    const absent = valueAt(inputs, path) === undefined;
    const missing = pr.what === 'saknas men måste finnas' || (absent && !pr.what.startsWith('saknas:'));
    pr = { where: pr.where, what: pr.what.replace(/^(ska vara ett helt? [^,]*), men är ett tal$/, '$1') };
    if ((path[0] === 'lum' || path[0] === 'mul' || path[0] === 'fum') && typeof path[1] === 'number' && proj) {
      const kind = path[0];
      const loc = proj.locs[kind][path[1]];
      const key = columnForPath(kind, path.slice(2));
      const col = key ? (proj.headers.get(key) ?? columnDef(key).label) : undefined;
      const where = `${proj.prefix}rad ${loc?.row ?? '?'}${col ? `, kolumn ${col}` : ''}`;
      let what = pr.what;
      if (missing)
        what =
          key && !proj.headers.has(key)
            ? `saknas; tabellen har ingen kolumn ${columnDef(key).label}, lägg till den`
            : 'saknas men måste fyllas i';
      out.push({ where, what });
      continue;
    }
    const label = fieldLabelForPath(path);
    if (label) {
      const def = findField(label);
      const row = def ? meta?.rows.get(formatPath(def.path)) : undefined;
      const where =
        row !== undefined ? `${meta?.prefix ?? metaPrefix}rad ${row}, fältet ${label}` : `${meta?.prefix ?? metaPrefix}fältet ${label}`;
      let what = pr.what;
      if (missing || (pr.what.startsWith('saknas') && row === undefined))
        what = row !== undefined ? 'är tomt men måste fyllas i' : `saknas; lägg till raden "${label}" med ett värde`;
      if (path[1] === 'underskrifter' && path.length === 2)
        what =
          row !== undefined
            ? 'är tomt men måste fyllas i'
            : `saknas; minst en person ska skriva under (lägg till raderna "${label}" och "Underskrift 1 titel")`;
      out.push({ where, what });
      continue;
    }
    out.push(pr);
  }
  return out;
}

function baseInput(): Record<string, unknown> {
  return { metadata: { handlaggare: {}, underskrifter: [], beredning: {} }, ar: {} };
}

function mergeInto(target: Record<string, unknown>, src: Record<string, unknown>) {
  for (const [k, v] of Object.entries(src)) {
    const t = target[k];
    if (t && typeof t === 'object' && !Array.isArray(t) && v && typeof v === 'object' && !Array.isArray(v))
      mergeInto(t as Record<string, unknown>, v as Record<string, unknown>);
    else target[k] = v;
  }
}

const REQUIRED_LABELS = (): string[] => [
  ...FIELDS.filter((f) => f.required).map((f) => f.label),
  'Underskrift 1 namn',
  'Underskrift 1 titel',
];

export interface SheetSources {
  source: string;
  date1904: boolean;
  /** Where the Ärende block was found (a read grid), if anywhere. */
  meta?: ReadGrid;
  /** Where the project table was found, if anywhere. */
  projects?: ReadGrid;
  /** Problems found while locating the blocks. */
  problems?: Problem[];
  /** How to say that the Ärende block is missing (differs for .csv and .xlsx). */
  missingMeta: string;
}

export function newCtx(source: string, date1904: boolean): Ctx {
  return new Ctx(source, date1904);
}

export type { Ctx };

/** Builds and validates a whole Case from the located blocks. */
export function buildCase(s: SheetSources, ctx: Ctx): Case {
  const meta = s.meta?.meta ? readMeta(s.meta, s.meta.meta, ctx) : undefined;
  const proj = s.projects?.projects ? readProjects(s.projects, s.projects.projects, ctx) : undefined;
  if (!meta) {
    ctx.add('', `${s.missingMeta} Uppgifter som krävs: ${REQUIRED_LABELS().join(', ')}.`);
    throw new InputError(s.source, ctx.problems);
  }
  const input = baseInput();
  mergeInto(input, meta.input);
  input.lum = proj?.lists.lum ?? [];
  input.mul = proj?.lists.mul ?? [];
  input.fum = proj?.lists.fum ?? [];
  let result: Case | undefined;
  let schemaProblems: Problem[] = [];
  try {
    result = validateCase(input, s.source);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    schemaProblems = relocate(e.problems, ctx, meta, proj, meta.prefix, input);
  }
  const metaEnd = s.meta?.meta?.rows.length ? s.meta.meta.rows[s.meta.meta.rows.length - 1].row : 0;
  const all = sortProblems([...ctx.problems, ...schemaProblems], [meta.prefix, proj?.prefix ?? ''], metaEnd);
  if (all.length || !result) throw new InputError(s.source, all.length ? all : [{ where: '', what: 'kunde inte läsas som ett ärende' }]);
  return result;
}

const ProjectsSchema = z.object({ lum: z.array(LumProject), mul: z.array(MulTrip), fum: z.array(FumStudy) }).strict();

/** Builds and validates only the project lists. */
export function buildProjects(s: SheetSources, ctx: Ctx, missing: string): Projects {
  const proj = s.projects?.projects ? readProjects(s.projects, s.projects.projects, ctx) : undefined;
  if (!proj) {
    ctx.add('', missing);
    throw new InputError(s.source, ctx.problems);
  }
  const r = ProjectsSchema.safeParse(proj.lists);
  const schemaProblems = r.success ? [] : relocate(zodProblems(r.error), ctx, undefined, proj, '', proj.lists);
  const all = sortProblems([...ctx.problems, ...schemaProblems], [proj.prefix]);
  if (all.length || !r.success) throw new InputError(s.source, all);
  return r.data;
}
