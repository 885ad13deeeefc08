/**
 * Property tests (fast-check, bounded runs): whatever bytes, CSV text or cell values a user gives
 * the importers, the result is a Case (or project lists) or an InputError — never another
 * exception, never a hang. And text survives: any cell text round-trips through .xlsx and .csv.
 */
import fc from 'fast-check';
import { importCase, importProjects } from '../../../src/io/import';
import { decodeText, parseCsv } from '../../../src/io/import/csv';
import { serialToIso } from '../../../src/io/import/grid';
import { bidiProblem, cleanText } from '../../../src/io/import/typed-text';
import { caseToCsv, caseToXlsx, metaRows, projectRows } from '../../../scripts/template';
import { dateToSerial, type WriteCell, writeXlsx } from '../../../scripts/xlsx-writer';
import { InputError } from '../../../src/model/errors';
import { readRepoFile, seed002, utf8 } from './helpers';

const seed = seed002();
const TEMPLATE_XLSX = readRepoFile('examples/mall/arende-mall.xlsx');

/** Runs an import; passes when it returns or throws InputError, rethrows anything else. */
async function caseOrInputError(run: () => Promise<unknown>): Promise<'ok' | 'input-error'> {
  try {
    await run();
    return 'ok';
  } catch (e) {
    if (e instanceof InputError) {
      expect(e.message.length).toBeGreaterThan(0);
      expect(e.problems.length).toBeGreaterThan(0);
      return 'input-error';
    }
    throw e;
  }
}

const EXTS = ['json', 'csv', 'xlsx'] as const;

describe('any input ends in a Case or an InputError', () => {
  test('arbitrary bytes, under each file kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...EXTS), async (bytes, ext) => {
        await caseOrInputError(() => importCase(bytes, `x.${ext}`));
        await caseOrInputError(() => importProjects(bytes, `x.${ext}`));
      }),
      { numRuns: 300 },
    );
  });

  test('bytes that start like a zip, an OLE file or a BOM', async () => {
    const prefixes = [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(...EXTS),
        async (prefix, rest, ext) => {
          const bytes = new Uint8Array([...prefix, ...rest]);
          await caseOrInputError(() => importCase(bytes, `x.${ext}`));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('the template .xlsx with bytes changed or cut off', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: TEMPLATE_XLSX.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat({ max: TEMPLATE_XLSX.length }), { nil: undefined }),
        async (changes, cut) => {
          const bytes = TEMPLATE_XLSX.slice(0, cut ?? TEMPLATE_XLSX.length);
          for (const c of changes) if (c.at < bytes.length) bytes[c.at] = c.value;
          await caseOrInputError(() => importCase(bytes, 'mall.xlsx'));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('arbitrary CSV text: fields with separators, quotes, line breaks and any characters', async () => {
    const field = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '"',
        '""',
        ';',
        ',',
        '\n',
        '\r\n',
        'Typ',
        'Fält',
        'Värde',
        'LUM',
        'MUL',
        'FUM',
        'Namn',
        'Belopp',
        '500 000',
        '2024-02-30',
        'Dokumenttyp',
        'årsrapport',
        'sep=,',
      ),
    );
    const text = fc.array(fc.array(field, { maxLength: 6 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join(';')).join('\r\n'));
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (t, bom) => {
        const bytes = utf8((bom ? '\uFEFF' : '') + t);
        await caseOrInputError(() => importCase(bytes, 'x.csv'));
        await caseOrInputError(() => importProjects(bytes, 'x.csv'));
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary cell values anywhere in the template workbook', async () => {
    const cell: fc.Arbitrary<WriteCell> = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!') }),
      fc.record({ formula: fc.string({ maxLength: 10 }) }),
      fc.record({ serial: fc.double({ min: -10, max: 3e6, noNaN: true }), dateStyle: fc.boolean() }),
    );
    const meta = [['Fält', 'Värde'], ...metaRows(seed).map(([l, v]) => [l, v])] as WriteCell[][];
    const projects = projectRows(seed);
    const edit = fc.record({ sheet: fc.constantFrom(0, 1), row: fc.nat({ max: 40 }), col: fc.nat({ max: 20 }), cell });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
        async (edits, merges) => {
          const sheets = [meta.map((r) => [...r]), projects.map((r) => [...r])];
          for (const e of edits) {
            const rows = sheets[e.sheet];
            while (rows.length <= e.row) rows.push([]);
            rows[e.row][e.col] = e.cell;
          }
          const bytes = await writeXlsx([
            { name: 'Ärende', rows: sheets[0], merges: merges.filter((m) => /^[A-Z]{1,2}\d{1,3}:[A-Z]{1,2}\d{1,3}$/.test(m)) },
            { name: 'Projekt', rows: sheets[1] },
          ]);
          await caseOrInputError(() => importCase(bytes, 'x.xlsx'));
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('text survives the spreadsheet formats', () => {
  // Text as the importer keeps it: trimmed, no carriage returns, no spaces before line breaks; in
  // Unicode NFC and without zero-width characters (typed-text.ts). Bidi controls are refused (tested
  // in test/cli/bad-input.test.ts), so they are left out here.
  const text = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom('a', 'å', 'Ö', ' ', '\n', '"', ';', ',', '<', '&', '_x0041_', '\u0007', '😀', 'שלום', '\u00a0'),
        fc.integer({ min: 0x20, max: 0xd7ff }).map((n) => String.fromCharCode(n)),
      ),
      maxLength: 40,
    })
    .map((s) =>
      s
        .replace(/\r/g, '')
        .replace(/[ \t\u00a0]+\n/g, '\n')
        .trim(),
    )
    .filter((s) => s.length > 0 && !/^[\s\u00a0]*$/.test(s) && !/[\uFFFE\uFFFF]/.test(s) && bidiProblem(s) === undefined);
  /** What the importer gives back for a text: NFC, no zero-width characters, trimmed again. */
  const kept = (s: string) => cleanText(s).trim();

  test('project texts round-trip through .xlsx and .csv unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (syfte, resultat) => {
        const c = { ...seed, lum: [{ ...seed.lum[0], syfte, resultat }] };
        const fromXlsx = await importCase(await caseToXlsx(c), 'x.xlsx');
        expect([fromXlsx.lum[0].syfte, fromXlsx.lum[0].resultat]).toEqual([kept(syfte), kept(resultat)]);
        const csv = caseToCsv(c);
        if (![...csv].some((ch) => ch < ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r')) {
          const fromCsv = await importCase(utf8(csv), 'x.csv');
          expect([fromCsv.lum[0].syfte, fromCsv.lum[0].resultat]).toEqual([kept(syfte), kept(resultat)]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('small parts', () => {
  test('Excel serials ↔ dates agree in both date systems', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        fc.boolean(),
        (d, d1904) => {
          const iso = d.toISOString().slice(0, 10);
          if (d1904 && iso < '1904-01-01') return;
          expect(serialToIso(dateToSerial(iso, d1904), d1904)).toBe(iso);
        },
      ),
      { numRuns: 300 },
    );
    expect(serialToIso(45405, false)).toBe('2024-04-23'); // Excel shows 45405 as 2024-04-23
    expect(serialToIso(43943, true)).toBe('2024-04-23'); // the same day, 1 462 days less in 1904
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(61, false)).toBe('1900-03-01');
  });

  test('CSV parsing: quotes, doubled quotes, line breaks inside fields, row numbers as Excel counts', () => {
    const recs = parseCsv('a;"b;c"\r\n"x\r\ny";"he said ""hi"""\n\nlast;', 't.csv', ';');
    expect(recs).toEqual([
      { row: 1, fields: ['a', 'b;c'] },
      { row: 2, fields: ['x\r\ny', 'he said "hi"'] },
      { row: 3, fields: [''] },
      { row: 4, fields: ['last', ''] },
    ]);
  });

  test('decoding: BOMs, valid UTF-8, and everything else as Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa5]))).toEqual({ text: 'å', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xc3, 0xa5]))).toEqual({ text: 'å', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xe5, 0x96, 0x80, 0x94]))).toEqual({ text: 'å–€”', encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xe5, 0x00]))).toEqual({ text: 'å', encoding: 'utf-16le' });
  });
});
