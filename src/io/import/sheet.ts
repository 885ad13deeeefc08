/**
 * Grids (from .xlsx or .csv) → a validated Case (sheet reader): the layout (sheet-layout.ts), the
 * rows (sheet-rows.ts) and the cell values (sheet-fields.ts) make the case's input with every
 * problem located as data (file, sheet, row, column, field, path); here it is validated with the
 * case schema, and the schema's problems are placed on the same rows and columns from their paths
 * (never from a message).
 */
import { z } from 'zod';
import { FumStudy, LumProject, MulTrip, type Case } from '../../model/case';
import { InputError, formatPath, problem, zodProblems, type Problem } from '../../model/errors';
import { valueAt } from '../../model/fields';
import { validateCase } from '../../model/validate';
import { FIELDS, columnDef, columnForPath, fieldLabelForPath, findField } from './layout';
import type { Loc, ReadGrid } from './sheet-layout';
import { type MetaResult, type ProjectResult, type RowsCtx, readMeta, readProjects } from './sheet-rows';

export interface Projects {
  lum: LumProject[];
  mul: MulTrip[];
  fum: FumStudy[];
}

class Ctx implements RowsCtx {
  readonly problems: Problem[] = [];
  /** Case paths that already have a problem; schema problems under them are not repeated. */
  readonly badPaths = new Set<string>();
  constructor(
    readonly source: string,
    readonly date1904: boolean,
  ) {}
  add(loc: Loc, what: string, path?: (string | number)[]) {
    this.problems.push(problem({ ...loc, what, ...(path ? { path } : {}) }));
    if (path) this.badPaths.add(formatPath(path));
  }
}

// ---------------------------------------------------------------------------------------------
// Validation with the case schema, its problems translated back to rows and columns

/**
 * Problems in reading order, from their location data: the Ärende block's sheet before the
 * project table's, by row; a field without a row last in the Ärende block, other unplaced ones last.
 */
function sortProblems(problems: Problem[], order: (string | undefined)[], metaEnd = Number.MAX_SAFE_INTEGER): Problem[] {
  const key = (p: Problem): [number, number] => {
    const located = p.sheet !== undefined || p.row !== undefined || p.column !== undefined || p.field !== undefined || p.path !== undefined;
    const block = order.findIndex((o) => o !== undefined && o === p.sheet);
    const unplaced = p.field !== undefined ? metaEnd + 0.5 : Number.MAX_SAFE_INTEGER;
    return [!located && p.where === '' ? -1 : block < 0 ? 0 : block, p.row ?? unplaced];
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
  metaSheet: string | undefined,
  inputs: unknown,
): Problem[] {
  const out: Problem[] = [];
  for (let pr of problems) {
    const path = pr.path;
    if (!path || path.length === 0) {
      out.push(pr);
      continue;
    }
    if (isUnder(formatPath(path), ctx.badPaths)) continue;
    const absent = valueAt(inputs, path) === undefined;
    const missing = pr.what === 'saknas men måste finnas' || (absent && !pr.what.startsWith('saknas:'));
    pr = { ...pr, what: pr.what.replace(/^(ska vara ett helt? [^,]*), men är ett tal$/, '$1') };
    if ((path[0] === 'lum' || path[0] === 'mul' || path[0] === 'fum') && typeof path[1] === 'number' && proj) {
      const kind = path[0];
      const loc = proj.locs[kind][path[1]];
      const key = columnForPath(kind, path.slice(2));
      const col = key ? (proj.headers.get(key) ?? columnDef(key).label) : undefined;
      const where: Loc = { sheet: proj.sheet, row: loc?.row, ...(col ? { column: col } : {}) };
      let what = pr.what;
      if (missing)
        what =
          key && !proj.headers.has(key)
            ? `saknas; tabellen har ingen kolumn ${columnDef(key).label}, lägg till den`
            : 'saknas men måste fyllas i';
      out.push(problem({ ...where, what, path }));
      continue;
    }
    const label = fieldLabelForPath(path);
    if (label) {
      const def = findField(label);
      const row = def ? meta?.rows.get(formatPath(def.path)) : undefined;
      const where: Loc = { sheet: meta?.sheet ?? metaSheet, ...(row !== undefined ? { row } : {}), field: `fältet ${label}` };
      let what = pr.what;
      if (missing || (pr.what.startsWith('saknas') && row === undefined))
        what = row !== undefined ? 'är tomt men måste fyllas i' : `saknas; lägg till raden "${label}" med ett värde`;
      if (path[1] === 'underskrifter' && path.length === 2)
        what =
          row !== undefined
            ? 'är tomt men måste fyllas i'
            : `saknas; minst en person ska skriva under (lägg till raderna "${label}" och "Underskrift 1 titel")`;
      out.push(problem({ ...where, what, path }));
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
    ctx.add({}, `${s.missingMeta} Uppgifter som krävs: ${REQUIRED_LABELS().join(', ')}.`);
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
    schemaProblems = relocate(e.problems, ctx, meta, proj, meta.sheet, input);
  }
  const metaEnd = s.meta?.meta?.rows.length ? s.meta.meta.rows[s.meta.meta.rows.length - 1].row : 0;
  const all = sortProblems([...ctx.problems, ...schemaProblems], [meta.sheet, proj?.sheet], metaEnd);
  if (all.length || !result) throw new InputError(s.source, all.length ? all : [{ where: '', what: 'kunde inte läsas som ett ärende' }]);
  return result;
}

const ProjectsSchema = z.object({ lum: z.array(LumProject), mul: z.array(MulTrip), fum: z.array(FumStudy) }).strict();

/** Builds and validates only the project lists. */
export function buildProjects(s: SheetSources, ctx: Ctx, missing: string): Projects {
  const proj = s.projects?.projects ? readProjects(s.projects, s.projects.projects, ctx) : undefined;
  if (!proj) {
    ctx.add({}, missing);
    throw new InputError(s.source, ctx.problems);
  }
  const r = ProjectsSchema.safeParse(proj.lists);
  const schemaProblems = r.success ? [] : relocate(zodProblems(r.error), ctx, undefined, proj, undefined, proj.lists);
  const all = sortProblems([...ctx.problems, ...schemaProblems], [proj.sheet]);
  if (all.length || !r.success) throw new InputError(s.source, all);
  return r.data;
}
