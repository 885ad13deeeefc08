/**
 * The year's criteria from a spreadsheet: the sheet "Kriterier" in the .xlsx template, or a .csv
 * file with the same two columns Fält and Värde (for example kriterier-2026.csv beside the case).
 * Lists (Kriterium, Tema, Verksamhetsområde, Prioriterat område) take one row per item.
 * The rows are validated by the Criteria schema; problems name the file, the sheet and the row.
 * No Node APIs: bytes in, Criteria out.
 */
import type { Case } from '../../model/case';
import { Criteria } from '../../model/criteria';
import { CRITERIA_FIELDS, type CriteriaField } from '../../model/criteria-fields';
import { InputError, formatPath, problem, zodProblems, type Problem } from '../../model/errors';
import { parseJsonText } from '../../model/json-text';
import { parseAmount } from '../../swedish/numbers';
import { decodeText, readCsv } from './csv';
import { setPath } from './sheet-fields';
import { isBlank, normalizeName, serialToIso, type Cell, type Grid } from './grid';

export const CRITERIA_SHEET = 'Kriterier';

type Field = CriteriaField;

const BY_NAME = new Map(CRITERIA_FIELDS.map((f) => [normalizeName(f.label), f]));

function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value);
    case 'bool':
      return cell.value ? 'ja' : 'nej';
    case 'date':
      return cell.iso;
    case 'error':
      return cell.code;
    case 'formula':
      return '';
  }
}

const YES = new Set(['ja', 'j', 'yes', 'true', 'sant', 'x', '1']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

/** One value from a cell, or a problem in Swedish. */
function convert(f: Field, cell: Cell, date1904: boolean): { value: unknown } | { what: string } {
  const text = cellText(cell);
  switch (f.kind) {
    case 'text':
    case 'list':
      return { value: text };
    case 'year':
    case 'count':
    case 'kronor': {
      const n = cell.kind === 'number' ? cell.value : f.kind === 'kronor' ? parseAmount(text) : Number(text.replace(/\s/g, ''));
      if (n === undefined || !Number.isFinite(n))
        return { what: `ska vara ${f.kind === 'kronor' ? 'ett belopp i kronor' : 'ett tal'}, men är "${text}"` };
      return { value: n };
    }
    case 'bool': {
      const t = normalizeName(text);
      if (cell.kind === 'bool') return { value: cell.value };
      if (YES.has(t)) return { value: true };
      if (NO.has(t)) return { value: false };
      return { what: `ska vara "ja" eller "nej", men är "${text}"` };
    }
    case 'typ': {
      const t = normalizeName(text);
      if (t === 'huvudkriterier' || t === 'kriterier') return { value: t };
      return { what: `ska vara "huvudkriterier" eller "kriterier", men är "${text}"` };
    }
    case 'per': {
      const t = normalizeName(text);
      if (t === 'ar' || t === 'per ar') return { value: 'ar' };
      if (t === 'projekt' || t === 'per projekt') return { value: 'projekt' };
      return { what: `ska vara "år" eller "projekt", men är "${text}"` };
    }
    case 'date':
    case 'date-or-text': {
      if (cell.kind === 'date') return { value: cell.iso };
      if (cell.kind === 'number') {
        const iso = serialToIso(cell.value, date1904);
        return iso ? { value: iso } : { what: `ska vara ett datum (ÅÅÅÅ-MM-DD), men är ${cell.value}` };
      }
      if (/^\d{4}-\d{2}-\d{2}$/.test(text) || f.kind === 'date') return { value: text };
      return { value: { text } };
    }
  }
}

/**
 * Reads the criteria from a grid of Fält/Värde rows. Returns undefined when the sheet has no
 * values at all (the template's empty sheet); throws InputError naming file, sheet and row.
 */
export function readCriteriaGrid(grid: Grid, source: string, date1904 = false): Criteria | undefined {
  const problems: Problem[] = [];
  const raw: Record<string, unknown> = {};
  let headerSeen = false;
  let any = false;
  // Where each value came from, by its path in the criteria ("utlysning.oppnar", "teman[2]"),
  // so that the schema's problems name the row, the column and the field.
  const origin = new Map<string, { row: number; field: Field }>();
  for (const r of grid.rows) {
    const label = r.cells.get(0);
    const value = r.cells.get(1);
    if (isBlank(label)) continue;
    const name = normalizeName(cellText(label!));
    if (!headerSeen && name === 'falt') {
      headerSeen = true;
      continue;
    }
    const f = BY_NAME.get(name);
    if (!f) {
      problems.push(
        problem({
          sheet: grid.sheet,
          row: r.row,
          what: `okänt fält "${cellText(label!)}". Fälten heter: ${CRITERIA_FIELDS.map((x) => x.label).join(', ')}.`,
        }),
      );
      continue;
    }
    if (isBlank(value)) continue;
    any = true;
    const v = convert(f, value!, date1904);
    if ('what' in v) {
      problems.push(problem({ sheet: grid.sheet, row: r.row, column: 'Värde', what: `${f.label} ${v.what}` }));
      continue;
    }
    if (f.kind === 'list') {
      const keys = f.path.split('.');
      const cur = keys.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], raw);
      const items = Array.isArray(cur) ? (cur as string[]) : [];
      origin.set(`${f.path}[${items.length}]`, { row: r.row, field: f });
      setPath(raw, keys, [...items, v.value]);
    } else if (f.kind === 'date-or-text') {
      const [datePath, textKey] = f.path.split('|');
      const isText = typeof v.value === 'object' && v.value !== null;
      const target = isText ? datePath.replace(/[^.]+$/, textKey) : datePath;
      origin.set(target, { row: r.row, field: f });
      setPath(raw, target.split('.'), isText ? (v.value as { text: string }).text : v.value);
    } else {
      origin.set(f.path, { row: r.row, field: f });
      setPath(raw, f.path.split('.'), v.value);
    }
  }
  if (problems.length) throw new InputError(source, problems);
  if (!any) return undefined;
  // Every field of mul has a default: a sheet without MUL rows is the MUL of the criteria schema.
  if (raw.mul === undefined) raw.mul = {};
  const r = Criteria.safeParse(raw, { reportInput: true });
  if (!r.success) {
    throw new InputError(
      source,
      // The criteria's own field names (not the case's field registry): the rows the sheet needs.
      // A value the sheet gave is placed at its row and column Värde; a missing one by the rows it needs.
      zodProblems(r.error).map((p) => {
        const at = origin.get(formatPath(p.path ?? []));
        if (at)
          return problem({ sheet: grid.sheet, row: at.row, column: 'Värde', field: at.field.label, what: `${at.field.label} ${p.what}` });
        return problem({ sheet: grid.sheet, field: labelOf(formatPath(p.path ?? [])), what: p.what });
      }),
    );
  }
  return r.data;
}

/** The rows a missing part of the criteria needs. */
const NEEDS: Record<string, string[]> = {
  kriterier: ['Kriterietyp', 'Kriterium'],
  lum: ['LUM högsta belopp', 'LUM belopp per', 'LUM högsta antal år'],
};

/** "lum.maxBelopp" → 'fältet "LUM högsta belopp"'. */
function labelOf(path: string): string {
  if (NEEDS[path]) return `fälten ${NEEDS[path].map((l) => `"${l}"`).join(', ')}`;
  const f = CRITERIA_FIELDS.find((x) => x.path.split('|')[0] === path || x.path === path.replace(/\[\d+\]$/, ''));
  return f ? `fältet "${f.label}"` : path;
}

/**
 * Whether a grid is a criteria sheet: most of its labelled rows are the criteria's fields
 * ("LUM högsta belopp", "Tema"), so a criteria file given as the case can be named as such.
 */
export function looksLikeCriteriaGrid(grid: Grid): boolean {
  let labelled = 0;
  let known = 0;
  for (const r of grid.rows) {
    const label = r.cells.get(0);
    if (isBlank(label)) continue;
    const name = normalizeName(cellText(label!));
    if (name === 'falt') continue;
    labelled++;
    if (BY_NAME.has(name)) known++;
  }
  return known >= 3 && known * 2 > labelled;
}

/** Refuses a .csv of criteria given where a case should be (tu draft kriterier.csv). */
export async function refuseCriteriaCsvAsCase(bytes: Uint8Array, fileName: string): Promise<void> {
  const { grid } = readCsv(bytes, fileName);
  if (!looksLikeCriteriaGrid(grid)) return;
  const { criteriaGivenAsCase } = await import('../../model/validate');
  throw criteriaGivenAsCase(fileName);
}

/** Refuses a workbook whose every sheet with values is criteria (a criteria .xlsx given where a case should be). */
export async function refuseCriteriaWorkbookAsCase(bytes: Uint8Array, fileName: string): Promise<void> {
  const { openWorkbook } = await import('./xlsx');
  const wb = await openWorkbook(bytes, fileName);
  const grids = await Promise.all(wb.sheetNames.map((n) => wb.sheet(n)));
  const filled = grids.filter((g) => g.rows.some((r) => !isBlank(r.cells.get(0))));
  if (!filled.length || !filled.every(looksLikeCriteriaGrid)) return;
  const { criteriaGivenAsCase } = await import('../../model/validate');
  throw criteriaGivenAsCase(fileName);
}

/** Criteria from a .csv file of Fält/Värde rows (semicolons or commas, as Excel saves it). */
export function readCriteriaCsv(bytes: Uint8Array, fileName: string): Criteria {
  const { grid } = readCsv(bytes, fileName);
  const cr = readCriteriaGrid(grid, fileName);
  if (!cr) throw new InputError(fileName, 'filen har inga kriterier: fyll i kolumnen Värde (se examples/mall/kriterier-mall.csv).');
  return cr;
}

/**
 * The import hook: when a workbook has a sheet "Kriterier" with values, the case gets those
 * criteria (they replace a "Kriterieår" on the Ärende sheet).
 */
export async function withCriteriaSheet(c: Case, bytes: Uint8Array, fileName: string): Promise<Case> {
  const { openWorkbook } = await import('./xlsx');
  const wb = await openWorkbook(bytes, fileName);
  const name = wb.sheetNames.find((s) => normalizeName(s) === normalizeName(CRITERIA_SHEET));
  if (!name) return c;
  const cr = readCriteriaGrid(await wb.sheet(name), fileName, wb.date1904);
  return cr ? { ...c, kriterier: cr } : c;
}

/** The Fält/Värde rows of criteria, for the template and the examples (empty values without criteria). */
/** A value of criteriaRows(): text, a number, or empty. */
export type CriteriaCell = string | number | null;

export function criteriaRows(cr: Criteria | undefined): [string, CriteriaCell][] {
  const rows: [string, CriteriaCell][] = [];
  for (const f of CRITERIA_FIELDS) {
    const [path, textKey] = f.path.split('|');
    const get = (p: string): unknown => p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], cr);
    let v = get(path);
    if (v === undefined && textKey) v = get(path.replace(/[^.]+$/, textKey));
    if (f.kind === 'list') {
      const items = Array.isArray(v) ? (v as string[]) : [];
      if (!items.length) rows.push([f.label, null]);
      for (const it of items) rows.push([f.label, it]);
      continue;
    }
    if (v === undefined) rows.push([f.label, null]);
    else if (f.kind === 'bool') rows.push([f.label, v ? 'ja' : 'nej']);
    else if (f.kind === 'per') rows.push([f.label, v === 'ar' ? 'år' : 'projekt']);
    else rows.push([f.label, v as string | number]);
  }
  return rows;
}

/**
 * The year's criteria from a file of its own (`tu draft --kriterier FIL`): .json in the criteria
 * format (schema/criteria.schema.json), .csv with Fält/Värde rows, or .xlsx with a sheet Kriterier.
 */
export async function importCriteria(bytes: Uint8Array, fileName: string): Promise<Criteria> {
  const ext = /\.[^.\\/]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
  if (ext === '.json') {
    const { validateCriteria } = await import('../../model/validate');
    return validateCriteria(parseJsonText(decodeText(bytes).text, fileName), fileName);
  }
  if (ext === '.csv' || ext === '.txt') return readCriteriaCsv(bytes, fileName);
  if (ext === '.xlsx' || ext === '.xlsm') {
    const { openWorkbook } = await import('./xlsx');
    const wb = await openWorkbook(bytes, fileName);
    const name =
      wb.sheetNames.find((s) => normalizeName(s) === normalizeName(CRITERIA_SHEET)) ??
      (wb.sheetNames.length === 1 ? wb.sheetNames[0] : undefined);
    if (!name)
      throw new InputError(
        fileName,
        `hittar inget blad som heter ${CRITERIA_SHEET} (bladen heter ${wb.sheetNames.map((s) => `"${s}"`).join(', ')}).`,
      );
    const cr = readCriteriaGrid(await wb.sheet(name), fileName, wb.date1904);
    if (!cr) throw new InputError(fileName, `bladet ${name} har inga kriterier: fyll i kolumnen Värde.`);
    return cr;
  }
  throw new InputError(fileName, 'kriterierna kan läsas från en .json-, .csv- eller .xlsx-fil.');
}
