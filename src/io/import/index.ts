/**
 * Import of a case (ärende) from .json, .xlsx or .csv — for the CLI and the task pane alike.
 * Takes bytes and a file name (no Node APIs); returns a validated Case or throws one InputError
 * that lists every problem in plain Swedish with file, sheet, row and column.
 * The spreadsheet layout is described in docs/import.md; templates are in examples/mall/.
 */
import { FumStudy, LumProject, MulTrip, type Case } from '../../model/case';
import { InputError, problem, zodProblems, type Problem } from '../../model/errors';
import { parseJsonText } from '../../model/json-text';
import { validateCase } from '../../model/validate';
import { z } from 'zod';
import { decodeText, readCsv } from './csv';
import { normalizeName, rowIsBlank, type Grid } from './grid';
import { type Projects, type SheetSources, buildCase, buildProjects, newCtx } from './sheet';
import { type Loc, type ReadGrid, readGrid } from './sheet-layout';
import { megabytes } from '../zip';
import { MAX_INPUT_BYTES, MAX_PROJECTS } from '../limits';
import { cleanJsonValue, findDuplicateKey } from './typed-text';

export type { Projects } from './sheet';

export { MAX_INPUT_BYTES } from '../limits';

export type ImportKind = 'json' | 'xlsx' | 'csv';

/** The file's kind from its name, or InputError naming the kinds we read. */
export function importKind(fileName: string): ImportKind {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xls') {
    throw new InputError(fileName, 'filen är en äldre Excel-fil (.xls). Öppna den i Excel och spara den som Excel-arbetsbok (*.xlsx).');
  }
  const what = ext ? `filer av typen ${ext}` : 'filer utan filändelse';
  throw new InputError(fileName, `${what} kan inte läsas in som ärende. Välj en .json-, .xlsx- eller .csv-fil.`);
}

function checkSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      fileName,
      `filen är ${megabytes(bytes.length)}; största tillåtna storlek är ${megabytes(MAX_INPUT_BYTES)}. Ett ärende är sällan större än några hundra kB – kontrollera att det är rätt fil.`,
    );
  }
  if (bytes.length === 0) throw new InputError(fileName, 'filen är tom (0 byte). Välj en annan fil.');
}

function tooManyProjects(fileName: string, count: number): InputError {
  return new InputError(
    fileName,
    `ärendet har ${count} projekt, studieresor och studier; gränsen är ${MAX_PROJECTS}. Ett tjänsteutlåtande med så många blir inte läsbart; dela upp ärendet.`,
  );
}

/**
 * JSON as people write it: duplicate keys refused with their line and column (JSON.parse keeps
 * only the last), texts cleaned (NFC, no zero-width characters), bidi control characters and
 * numbers out of range refused with their field, and the project lists counted before validation.
 */
function readJson(bytes: Uint8Array, fileName: string): unknown {
  const text = decodeText(bytes).text;
  const parsed = parseJsonText(text, fileName);
  const dup = findDuplicateKey(text);
  if (dup) {
    throw new InputError(fileName, [
      {
        where: `rad ${dup.line}, tecken ${dup.column}`,
        what: `nyckeln "${dup.key}" står två gånger i samma objekt${dup.path ? ` (${dup.path})` : ''}; första gången på rad ${dup.firstLine}. JSON behåller bara den sista, så uppgifter skulle försvinna utan att det märks. Ta bort den ena eller slå ihop dem.`,
      },
    ]);
  }
  const { value, problems } = cleanJsonValue(parsed);
  if (problems.length > 0)
    throw new InputError(
      fileName,
      problems.map(({ where, what }) => ({ where, what })),
    );
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    let count = 0;
    for (const k of ['lum', 'mul', 'fum']) if (Array.isArray(o[k])) count += (o[k] as unknown[]).length;
    if (count > MAX_PROJECTS) throw tooManyProjects(fileName, count);
  }
  return value;
}

function checkSheetProjects(sources: SheetSources, fileName: string): void {
  const count = sources.projects?.projects?.rows.length ?? 0;
  if (count > MAX_PROJECTS) throw tooManyProjects(fileName, count);
}

/** Reads a case from .json, .xlsx or .csv bytes. */
export async function importCase(bytes: Uint8Array, fileName: string): Promise<Case> {
  checkSize(bytes, fileName);
  const kind = importKind(fileName);
  if (kind === 'json') return validateCase(readJson(bytes, fileName), fileName);
  // A criteria file (Fält;Värde rows of the year's criteria) given as the case.
  if (kind === 'csv') await (await import('./criteria-sheet')).refuseCriteriaCsvAsCase(bytes, fileName);
  const sources = kind === 'csv' ? csvSources(bytes, fileName) : await xlsxSources(bytes, fileName);
  checkSheetProjects(sources, fileName);
  const ctx = newCtx(fileName, sources.date1904);
  for (const p of sources.problems ?? []) ctx.problems.push(p);
  let c: Case;
  try {
    c = buildCase(sources, ctx);
  } catch (e) {
    // A workbook of only criteria given as the case: say so instead of listing every row as unknown.
    if (kind === 'xlsx' && e instanceof InputError) await (await import('./criteria-sheet')).refuseCriteriaWorkbookAsCase(bytes, fileName);
    throw e;
  }
  // The year's criteria from the sheet "Kriterier", when the workbook has one (criteria-sheet.ts).
  return kind === 'xlsx' ? (await import('./criteria-sheet')).withCriteriaSheet(c, bytes, fileName) : c;
}

const ProjectsJson = z
  .object({ lum: z.array(LumProject).default([]), mul: z.array(MulTrip).default([]), fum: z.array(FumStudy).default([]) })
  .strict();

/**
 * Reads only the project lists ({lum, mul, fum}), for when the task pane already has the
 * metadata: a .csv or .xlsx with just the project table, or a .json case or {lum, mul, fum}.
 */
export async function importProjects(bytes: Uint8Array, fileName: string): Promise<Projects> {
  checkSize(bytes, fileName);
  const kind = importKind(fileName);
  if (kind === 'json') {
    const value = readJson(bytes, fileName);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'metadata' in value) {
      const c = validateCase(value, fileName);
      return { lum: c.lum, mul: c.mul, fum: c.fum };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(fileName, 'ska vara ett ärende eller ett objekt med listorna "lum", "mul" och "fum"');
    }
    const r = ProjectsJson.safeParse(value);
    if (!r.success) throw new InputError(fileName, zodProblems(r.error));
    return r.data;
  }
  const sources = kind === 'csv' ? csvSources(bytes, fileName) : await xlsxSources(bytes, fileName);
  checkSheetProjects(sources, fileName);
  const ctx = newCtx(fileName, sources.date1904);
  for (const p of sources.problems ?? []) ctx.problems.push(p);
  const missing =
    kind === 'csv'
      ? 'hittar ingen projekttabell: den börjar med en rubrikrad där första kolumnen heter Typ (Typ;Namn;SDF;…). Se examples/mall/arende-mall.csv.'
      : 'hittar ingen projekttabell: den ska stå på ett blad som heter Projekt och börja med en rubrikrad med kolumnen Typ. Se examples/mall/arende-mall.xlsx.';
  return buildProjects(sources, ctx, missing);
}

// ---------------------------------------------------------------------------------------------

/** Problems found while locating the blocks, with their location as data. */
function collector() {
  const problems: Problem[] = [];
  return {
    problems,
    add: (loc: Loc, what: string) => {
      problems.push(problem({ ...loc, what }));
    },
  };
}

function csvSources(bytes: Uint8Array, fileName: string): SheetSources {
  const { grid } = readCsv(bytes, fileName);
  const col = collector();
  if (grid.rows.every(rowIsBlank)) throw new InputError(fileName, 'filen är tom (den har inga rader med innehåll)');
  const rg = readGrid(grid, col);
  return {
    source: fileName,
    date1904: false,
    meta: rg,
    projects: rg,
    problems: col.problems,
    missingMeta:
      'filen har bara projekttabellen och saknar uppgifterna om ärendet. Lägg till dem överst i filen som rader med Fält;Värde, följda av en tom rad (se examples/mall/arende-mall.csv), eller läs bara in projekten till ett ärende som redan har uppgifterna.',
  };
}

async function xlsxSources(bytes: Uint8Array, fileName: string): Promise<SheetSources> {
  const { openWorkbook } = await import('./xlsx');
  const wb = await openWorkbook(bytes, fileName);
  const col = collector();
  const find = (name: string) => wb.sheetNames.find((s) => normalizeName(s) === name);
  const arende = find('arende');
  const projekt = find('projekt');
  const listed = wb.sheetNames.map((s) => `"${s}"`).join(', ') || 'inga blad';
  if (!wb.sheetNames.length) throw new InputError(fileName, 'arbetsboken har inga blad');

  let meta: ReadGrid | undefined;
  let projects: ReadGrid | undefined;
  let missingMeta = `hittar inget blad som heter Ärende (bladen heter ${listed}). Uppgifterna om ärendet ska stå på ett blad som heter Ärende, med kolumnerna Fält och Värde (se examples/mall/arende-mall.xlsx).`;
  const readSheet = async (name: string): Promise<Grid> => wb.sheet(name);

  if (!arende && !projekt) {
    if (wb.sheetNames.length === 1) {
      // One sheet, laid out like the .csv: the Fält/Värde rows, then the project table.
      const rg = readGrid(await readSheet(wb.sheetNames[0]), col);
      meta = rg;
      projects = rg;
      missingMeta = `bladet "${wb.sheetNames[0]}" har inga uppgifter om ärendet (raderna Fält och Värde). Lägg till dem, eller använd två blad som heter Ärende och Projekt (se examples/mall/arende-mall.xlsx).`;
    } else {
      throw new InputError(
        fileName,
        `hittar varken bladet Ärende eller bladet Projekt (bladen heter ${listed}). Byt namn på bladen eller utgå från mallen examples/mall/arende-mall.xlsx.`,
      );
    }
  } else {
    if (arende) {
      meta = readGrid(await readSheet(arende), col);
      if (!meta.meta)
        missingMeta = `bladet ${arende} har inga uppgifter om ärendet; det ska ha kolumnerna Fält och Värde (se examples/mall/arende-mall.xlsx).`;
    }
    if (projekt) {
      const rg = readGrid(await readSheet(projekt), col);
      if (rg.projects) projects = rg;
      else if (rg.grid.rows.some((r) => !rowIsBlank(r))) {
        col.add(
          { sheet: projekt },
          'hittar ingen rubrikrad med kolumnen Typ. Första raden ska ha rubrikerna Typ, Namn, SDF, … (se examples/mall/arende-mall.xlsx).',
        );
      }
    } else if (meta?.projects) projects = meta;
  }
  // A project table on the Ärende sheet is read too, unless the Projekt sheet has one.
  if (!projects && meta?.projects) projects = meta;
  return { source: fileName, date1904: wb.date1904, meta, projects, problems: col.problems, missingMeta };
}
