/**
 * The year's criteria from a spreadsheet: the sheet Kriterier in an .xlsx case, or a .csv of
 * Fält/Värde rows beside the case. Read back to the same criteria as the JSON they were written
 * from; wrong values are Swedish problems naming the sheet, the row and the field.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { importCase } from '../../../src/io/import/index';
import { importCriteria, readCriteriaCsv, readCriteriaGrid } from '../../../src/io/import/criteria-sheet';
import { caseToXlsx } from '../../../scripts/template';
import { InputError } from '../../../src/model/errors';
import { builtInCriteria } from '../../../src/model/criteria/index';
import { validateCriteria } from '../../../src/model/validate';

/** Typed asymmetric matchers (jest's return any). */
const matching = (re: RegExp | string): unknown => expect.stringMatching(re);

const ROOT = path.join(__dirname, '..', '..', '..');
const bytes = (p: string) => new Uint8Array(readFileSync(path.join(ROOT, p)));
const y2026 = () => {
  const raw = JSON.parse(readFileSync(path.join(ROOT, 'examples/kriterier-2026.json'), 'utf8')) as Record<string, unknown>;
  delete raw.$schema;
  return validateCriteria(raw, 'kriterier-2026.json');
};
const grid = (rows: (string | number)[][], sheet = 'Kriterier') => ({
  sheet,
  merges: [],
  rows: rows.map((r, i) => ({
    row: i + 1,
    cells: new Map(
      r.map((v, k) => [k, typeof v === 'number' ? { kind: 'number' as const, value: v } : { kind: 'text' as const, text: v }]),
    ),
  })),
});

test('examples/kriterier-2026.csv (beside the case) reads to the criteria of examples/kriterier-2026.json', () => {
  expect(readCriteriaCsv(bytes('examples/kriterier-2026.csv'), 'kriterier-2026.csv')).toEqual(y2026());
});

test('examples/utan-inbyggda-kriterier.xlsx: the sheet Kriterier gives the case its criteria', async () => {
  const c = await importCase(bytes('examples/utan-inbyggda-kriterier.xlsx'), 'utan-inbyggda-kriterier.xlsx');
  expect(c.ar.inriktning).toBe(2026);
  expect(c.kriterier).toEqual(y2026());
});

test("the template's empty sheet Kriterier is ignored: the case keeps its Kriterieår", async () => {
  const c = await importCase(bytes('examples/mall/arende-mall.xlsx'), 'arende-mall.xlsx');
  expect(c.kriterier).toEqual({ ar: 2025 });
});

test('every built-in year written as a sheet reads back the same (xlsx and csv)', async () => {
  const c = JSON.parse(readFileSync(path.join(ROOT, 'examples/seed-002.json'), 'utf8')) as Record<string, unknown>;
  delete c.$schema;
  for (const year of [2017, 2020, 2025]) {
    const cr = builtInCriteria(year)!;
    const wb = await caseToXlsx(c as never, cr);
    expect(await importCriteria(wb, `k${year}.xlsx`)).toEqual(cr);
    expect((await importCase(wb, `a${year}.xlsx`)).kriterier).toEqual(cr);
  }
  expect(await importCriteria(bytes('examples/mall/kriterier-mall.csv'), 'kriterier-mall.csv')).toEqual(builtInCriteria(2025));
});

test('the terms of the year (MUST, studiebesök) and call dates as text come through', () => {
  const cr = readCriteriaGrid(
    grid([
      ['Fält', 'Värde'],
      ['År', 2017],
      ['Kriterietyp', 'kriterier'],
      ['Kriterium', 'Omfattar flera stadsdelsförvaltningar.'],
      ['LUM högsta belopp', '750 000 kr'],
      ['LUM belopp per', 'projekt'],
      ['LUM högsta antal år', 1],
      ['MUL namn', 'MUST'],
      ['Utlysningen öppnar', 'i maj'],
      ['MUL förkortning', 'MUST'],
      ['MUL medel', 'medel för studiebesök'],
      ['MUL resa', 'studiebesök'],
      ['MUL resor', 'studiebesök'],
    ]),
    'k.xlsx',
  )!;
  expect(cr.lum).toEqual({ maxBelopp: 750000, beloppPer: 'projekt', maxAr: 1, ansokanArligen: false });
  expect(cr.utlysning).toEqual({ oppnarText: 'i maj' });
  expect(cr.termer?.mul).toEqual({ forkortning: 'MUST', medel: 'medel för studiebesök', resa: 'studiebesök', resor: 'studiebesök' });
});

test('wrong values: one message per problem with sheet, row and field, in Swedish', () => {
  const read = () =>
    readCriteriaGrid(
      grid([
        ['Fält', 'Värde'],
        ['År', 2026],
        ['Kriterietyp', 'viktiga'],
        ['LUM högsta belopp', 'mycket'],
        ['Okänt fält', 'x'],
      ]),
      'arende.xlsx',
    );
  expect(read).toThrow(InputError);
  try {
    read();
  } catch (e) {
    expect((e as InputError).problems.map((p) => `${p.where}: ${p.what}`)).toEqual([
      'blad Kriterier, rad 3, kolumn Värde: Kriterietyp ska vara "huvudkriterier" eller "kriterier", men är "viktiga"',
      'blad Kriterier, rad 4, kolumn Värde: LUM högsta belopp ska vara ett belopp i kronor, men är "mycket"',
      matching(/^blad Kriterier, rad 5: okänt fält "Okänt fält". Fälten heter: År, Källa, /),
    ]);
  }
  // Missing required fields are named by their labels.
  expect(() => readCriteriaGrid(grid([['År', 2026]]), 'a.xlsx')).toThrow(
    /blad Kriterier, fälten "Kriterietyp", "Kriterium": saknas[\s\S]*blad Kriterier, fälten "LUM högsta belopp", "LUM belopp per", "LUM högsta antal år": saknas/,
  );
});

/** The problems of an InputError thrown by fn. */
function problemsOf(fn: () => unknown): InputError['problems'] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('no InputError');
}

test('a date that is not in the calendar names its row, the column Värde and the field, as data', () => {
  const csv = readFileSync(path.join(ROOT, 'examples/kriterier-2026.csv'), 'utf8');
  const lines = csv.split(/\r?\n/);
  const row = lines.findIndex((l) => l.startsWith('Utlysningen öppnar;')) + 1;
  expect(row).toBeGreaterThan(1);
  const bad = csv.replace(/^Utlysningen öppnar;.*$/m, 'Utlysningen öppnar;2025-02-30');
  const problems = problemsOf(() => readCriteriaCsv(new TextEncoder().encode(bad), 'k.csv'));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ row, column: 'Värde', field: 'Utlysningen öppnar' });
  expect(problems[0].what).toMatch(/^Utlysningen öppnar .*kalendern/);
});

test('a bad item of a list names the row of that item', () => {
  const rows = [
    ['Fält', 'Värde'],
    ['År', 2026],
    ['Kriterietyp', 'kriterier'],
    ['Kriterium', 'Ett'],
    ['LUM högsta belopp', 100000],
    ['LUM belopp per', 'år'],
    ['LUM högsta antal år', 2],
    ['Återbetalning senast', '2026-13-01'],
  ];
  const [p] = problemsOf(() => readCriteriaGrid(grid(rows), 'k.xlsx'));
  expect(p).toMatchObject({ sheet: 'Kriterier', row: 8, column: 'Värde', field: 'Återbetalning senast' });
});

test('a criteria file given as the case says so, instead of listing every field as wrong', async () => {
  for (const file of ['examples/mall/kriterier-mall.csv', 'examples/kriterier-2026.csv', 'examples/kriterier-2026.json']) {
    const err = await importCase(bytes(file), path.basename(file)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems).toHaveLength(1);
    expect((err as InputError).message).toMatch(/det här är en kriteriefil.*--kriterier/);
  }
  // The case template, whose Fält/Värde block shares a few names with the criteria, is still a case.
  await expect(importCase(bytes('examples/mall/arende-mall.csv'), 'arende-mall.csv')).resolves.toHaveProperty('dokumenttyp');
});

test('a workbook of only criteria given as the case says so too; a case workbook with a sheet Kriterier is still a case', async () => {
  const { writeXlsx } = await import('../../../scripts/xlsx-writer');
  const { criteriaRows } = await import('../../../src/io/import/criteria-sheet');
  const only = await writeXlsx([{ name: 'Kriterier', rows: [['Fält', 'Värde'], ...criteriaRows(y2026())] }]);
  const err = await importCase(only, 'krit.xlsx').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).problems).toHaveLength(1);
  expect((err as InputError).message).toMatch(/det här är en kriteriefil.*--kriterier/);
  await expect(importCase(bytes('examples/utan-inbyggda-kriterier.xlsx'), 'utan-inbyggda-kriterier.xlsx')).resolves.toHaveProperty(
    'kriterier.ar',
    2026,
  );
});
