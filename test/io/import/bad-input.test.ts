/**
 * The corpus of bad input (issue 6, point 1, for the importers): each file, the exact Swedish
 * message the user sees. Spreadsheet files are built in memory from seed 002's case; binary
 * oddities (not a zip, encrypted, zip bomb) are made byte by byte.
 */
import { withEntries, zipOf } from '../zip';
import { InputError } from '../../../src/model/errors';
import { MAX_INPUT_BYTES, importCase, importProjects } from '../../../src/io/import';
import { metaRows, projectRows } from '../../../scripts/template';
import { type WriteCell, type WriteSheet, writeXlsx } from '../../../scripts/xlsx-writer';
import { cp1252, messageOf, patchDeclaredSize, readRepoFile, seed002, utf8 } from './helpers';

const seed = seed002();

/** Fält/Värde rows of seed 002 (row 1 = header), values as cells. */
function metaSheetRows(): WriteCell[][] {
  return [['Fält', 'Värde'], ...metaRows(seed).map(([l, v]) => [l, v])];
}
/** The project table of seed 002 (row 1 = header; row 2 = first project). */
function projectSheetRows(): WriteCell[][] {
  return projectRows(seed).map((r) => [...r]);
}
const COL = Object.fromEntries(projectSheetRows()[0].map((h, i) => [typeof h === 'string' ? h : '', i])) as Record<string, number>;

function metaIndex(rows: WriteCell[][], label: string): number {
  const i = rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no field ${label}`);
  return i;
}

function workbook(
  opts: {
    meta?: WriteCell[][];
    projects?: WriteCell[][];
    extra?: WriteSheet[];
    projectMerges?: string[];
    metaMerges?: string[];
    date1904?: boolean;
    sharedStrings?: boolean;
  } = {},
) {
  const sheets: WriteSheet[] = [
    { name: 'Ärende', rows: opts.meta ?? metaSheetRows(), merges: opts.metaMerges },
    { name: 'Projekt', rows: opts.projects ?? projectSheetRows(), merges: opts.projectMerges },
    ...(opts.extra ?? []),
  ];
  return writeXlsx(sheets, { date1904: opts.date1904, sharedStrings: opts.sharedStrings });
}

/** Plain CSV writer for the tests (quotes when needed). */
function csv(rows: (string | number | null | undefined)[][], d = ';'): string {
  return rows
    .map((r) =>
      r
        .map((v) => {
          const s = v === null || v === undefined ? '' : String(v);
          return s.includes(d) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(d),
    )
    .join('\r\n');
}
function cellText(v: WriteCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return 'date' in v ? v.date : '';
  return String(v);
}
const metaCsvRows = () => metaSheetRows().map((r) => r.map(cellText));
const projectCsvRows = () => projectSheetRows().map((r) => r.map(cellText));
/** The whole case as one CSV: Fält;Värde rows (1–37), blank row 38, table header row 39, projects from row 40. */
function caseCsv(edit?: (meta: string[][], projects: string[][]) => void): string {
  const meta = metaCsvRows();
  const projects = projectCsvRows();
  edit?.(meta, projects);
  return `${csv(meta)}\r\n\r\n${csv(projects)}\r\n`;
}
const META_ROWS = metaSheetRows().length; // header + fields
const FIRST_PROJECT_CSV_ROW = META_ROWS + 3;

/** A case as loose JSON, to break on purpose. */
type Loose = { metadata: Record<string, unknown>; lum: { ar: Record<string, unknown>; [k: string]: unknown }[] };
type Case = { name: string; file: string; bytes: () => Promise<Uint8Array> | Uint8Array; message: string; projectsOnly?: boolean };

const CASES: Case[] = [
  // --- any format
  {
    name: 'a file of an unknown kind',
    file: 'arende.docx',
    bytes: () => utf8('PK'),
    message: 'arende.docx: filer av typen .docx kan inte läsas in som ärende. Välj en .json-, .xlsx- eller .csv-fil.',
  },
  {
    name: 'an old .xls workbook',
    file: 'arende.xls',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    message: 'arende.xls: filen är en äldre Excel-fil (.xls). Öppna den i Excel och spara den som Excel-arbetsbok (*.xlsx).',
  },
  {
    name: 'an empty .json file',
    file: 'tom.json',
    bytes: () => new Uint8Array(0),
    message: 'tom.json: filen är tom (0 byte). Välj en annan fil.',
  },
  {
    name: 'an empty .csv file',
    file: 'tom.csv',
    bytes: () => new Uint8Array(0),
    message: 'tom.csv: filen är tom (0 byte). Välj en annan fil.',
  },
  {
    name: 'an empty .xlsx file',
    file: 'tom.xlsx',
    bytes: () => new Uint8Array(0),
    message: 'tom.xlsx: filen är tom (0 byte). Välj en annan fil.',
  },
  {
    name: 'a .json file of only spaces',
    file: 'blank.json',
    bytes: () => utf8(' \n\t '),
    message: 'blank.json: filen är tom. Välj en annan fil.',
  },
  {
    name: 'a .csv file of only separators and blank lines',
    file: 'blank.csv',
    bytes: () => utf8(';;;\r\n\r\n ; \r\n'),
    message: 'blank.csv: filen är tom (den har inga rader med innehåll)',
  },
  {
    name: 'a 50 MB file',
    file: 'stor.csv',
    bytes: () => new Uint8Array(50 * 1024 * 1024).fill(0x41),
    message:
      'stor.csv: filen är 50 MB; största tillåtna storlek är 20 MB. Ett ärende är sällan större än några hundra kB – kontrollera att det är rätt fil.',
  },
  // --- JSON
  {
    name: 'malformed JSON (a trailing comma)',
    file: 'arende.json',
    bytes: () => utf8('{\n  "dokumenttyp": "arsrapport",\n}\n'),
    message: 'arende.json: är inte giltig JSON på rad 3, tecken 1. Kontrollera kommatecken, citattecken och klamrar.',
  },
  {
    name: 'JSON with wrong types',
    file: 'arende.json',
    bytes: () => {
      const c = JSON.parse(JSON.stringify(seed)) as Loose;
      c.metadata.datum = 20240418;
      c.lum[1].ar.fran = '2022';
      c.lum[2].belopp = '500 000';
      return utf8(JSON.stringify(c));
    },
    message: [
      'arende.json har 3 fel:',
      '  • Tjänsteutlåtandets datum: ska vara ett datum i formen ÅÅÅÅ-MM-DD, men är ett tal',
      `  • LUM-projekt 2 («${seed.lum[1].namn}»), Från år: ska vara ett årtal, till exempel 2025, men är text`,
      `  • LUM-projekt 3 («${seed.lum[2].namn}»), Belopp: ska vara ett belopp i kronor (ett tal), men är text`,
    ].join('\n'),
  },
  {
    name: 'JSON with a missing and an unknown field',
    file: 'arende.json',
    bytes: () => {
      const c = JSON.parse(JSON.stringify(seed)) as Loose;
      delete c.metadata.dnr;
      c.lum[0].budget = 500000;
      return utf8(JSON.stringify(c));
    },
    message: [
      'arende.json har 2 fel:',
      '  • Diarienummer (dnr): saknas men måste finnas',
      `  • LUM-projekt 1 («${seed.lum[0].namn}»), "budget": är ett okänt fält; kontrollera stavningen`,
    ].join('\n'),
  },
  {
    name: 'a JSON array where the project lists should be',
    file: 'projekt.json',
    projectsOnly: true,
    bytes: () => utf8('[1, 2]'),
    message: 'projekt.json: ska vara ett ärende eller ett objekt med listorna "lum", "mul" och "fum"',
  },
  // --- CSV
  {
    name: 'the example message: an amount in words (project table only)',
    file: 'projekt.csv',
    projectsOnly: true,
    bytes: () => {
      const rows = projectCsvRows();
      rows[6][COL.Belopp] = 'fem hundra';
      return utf8(csv(rows));
    },
    message: 'projekt.csv har ett fel:\n  • rad 7, kolumn Belopp: "fem hundra" är inte ett belopp i kronor; skriv till exempel 500 000',
  },
  {
    name: 'a CSV with only the project table, read as a whole case',
    file: 'projekt.csv',
    bytes: () => utf8(csv(projectCsvRows())),
    message:
      'projekt.csv: filen har bara projekttabellen och saknar uppgifterna om ärendet. Lägg till dem överst i filen som rader med Fält;Värde, följda av en tom rad (se examples/mall/arende-mall.csv), eller läs bara in projekten till ett ärende som redan har uppgifterna. Uppgifter som krävs: Dokumenttyp, Förvaltning, Avdelning, Nämnd, Sammanträdesdatum, Datum, Dnr, Handläggare, Telefon, Beredning, Redovisningsår, Underskrift 1 namn, Underskrift 1 titel.',
  },
  {
    name: 'several problems in one CSV are all listed, each with its row and column',
    file: 'arende.csv',
    bytes: () =>
      utf8(
        caseCsv((meta, projects) => {
          meta[metaIndex(meta, 'Sammanträdesdatum')][1] = '23 april';
          meta[metaIndex(meta, 'Datum')][1] = '2024-02-30';
          meta.splice(metaIndex(meta, 'Dnr'), 1);
          projects[1][COL.Status] = 'klar snart';
          projects[2][COL['Till år']] = 'tjugotjugotre';
          projects[3][COL.Destination] = 'Oslo';
          projects[4][COL.Typ] = 'LUMM';
          projects[5][COL.Belopp] = '500 000,50';
        }),
      ),
    message: [
      'arende.csv har 8 fel:',
      '  • rad 7, fältet Sammanträdesdatum: "23 april" är inte ett datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-04-23',
      '  • rad 8, fältet Datum: är inte ett datum som finns i kalendern',
      '  • fältet Dnr: saknas; lägg till raden "Dnr" med ett värde',
      `  • rad ${FIRST_PROJECT_CSV_ROW - 1}, kolumn Status: "klar snart" är ingen status för LUM; skriv "slutredovisas" eller "fortgår"`,
      `  • rad ${FIRST_PROJECT_CSV_ROW}, kolumn Till år: "tjugotjugotre" är inte ett årtal; skriv till exempel 2025`,
      `  • rad ${FIRST_PROJECT_CSV_ROW + 1}, kolumn Destination: används inte för LUM (bara för MUL); töm cellen eller ändra Typ`,
      `  • rad ${FIRST_PROJECT_CSV_ROW + 2}, kolumn Typ: "LUMM" är ingen typ; skriv LUM, MUL eller FUM`,
      `  • rad ${FIRST_PROJECT_CSV_ROW + 3}, kolumn Belopp: ska vara ett helt antal kronor, men är 500000,5`,
    ].join('\n'),
  },
  {
    name: 'a quoted field that never closes',
    file: 'arende.csv',
    bytes: () => utf8('Fält;Värde\r\nDokumenttyp;"årsrapport\r\nFörvaltning;Socialförvaltningen\r\n'),
    message:
      'arende.csv har ett fel:\n  • rad 2: ett citattecken (") öppnar ett fält som aldrig stängs. Kontrollera att varje fält som börjar med " också slutar med ".',
  },
  {
    name: 'an unknown field and an unknown column',
    file: 'arende.csv',
    bytes: () =>
      utf8(
        caseCsv((meta, projects) => {
          meta.push(['Budgetår', '2025']);
          projects[0].push('Budget');
          projects[1].push('100');
        }),
      ),
    message: [
      'arende.csv har 2 fel:',
      `  • rad ${META_ROWS + 1}, fältet "Budgetår": är inget fält som mallen känner till (stavfel? fälten står i mallen och i docs/import.md)`,
      `  • rad ${META_ROWS + 3}, kolumn "Budget": är ingen känd kolumn (stavfel?). Kända kolumner: Typ, Namn, SDF, Medsökande, Från år, Till år, Status, Syfte, Resultat, Forskningspartner, Belopp, Destination, Utförare, Klart, Kostnad, Kortnamn, Beskrivning, Bilagor, Id.`,
    ].join('\n'),
  },
  {
    name: 'a value split by an unquoted semicolon',
    file: 'arende.csv',
    bytes: () => utf8(caseCsv().replace('Delges;samtliga stadsdelsnämnder', 'Delges;samtliga stadsdelsnämnder;kommunstyrelsen')),
    message: `arende.csv har ett fel:\n  • rad ${metaIndex(metaSheetRows(), 'Delges') + 1}, kolumn C: här ska inget stå: uppgifterna om ärendet har bara kolumnerna Fält och Värde. Innehåller värdet ett semikolon eller kommatecken, sätt det inom citattecken.`,
  },
  {
    name: 'a project row without Typ, and a required cell left empty',
    file: 'projekt.csv',
    projectsOnly: true,
    bytes: () => {
      const rows = projectCsvRows();
      rows[2][COL.Typ] = '';
      rows[3][COL.Namn] = '';
      rows[4][COL.Status] = '';
      return utf8(csv(rows));
    },
    message: [
      'projekt.csv har 3 fel:',
      '  • rad 3, kolumn Typ: saknas; skriv LUM, MUL eller FUM',
      '  • rad 4, kolumn Namn: saknas men måste fyllas i',
      '  • rad 5, kolumn Status: saknas men måste fyllas i',
    ].join('\n'),
  },
  {
    name: 'a table whose header lacks Typ',
    file: 'projekt.csv',
    projectsOnly: true,
    bytes: () => utf8(csv(projectCsvRows().map((r) => r.slice(1)))),
    message: [
      'projekt.csv har 2 fel:',
      '  • rad 1: ser ut som projekttabellens rubrikrad men saknar kolumnen Typ; lägg till en kolumn Typ med LUM, MUL eller FUM på varje rad.',
      '  • hittar ingen projekttabell: den börjar med en rubrikrad där första kolumnen heter Typ (Typ;Namn;SDF;…). Se examples/mall/arende-mall.csv.',
    ].join('\n'),
  },
  {
    name: 'binary data named .csv',
    file: 'arende.csv',
    bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]),
    message:
      'arende.csv: filen innehåller binära data och är ingen textfil (CSV). Spara kalkylbladet i Excel som "CSV UTF-8 (kommaavgränsad)" eller som .xlsx.',
  },
  // --- XLSX: what the file is
  {
    name: 'a text file named .xlsx (not a zip)',
    file: 'arende.xlsx',
    bytes: () => utf8(caseCsv()),
    message:
      'arende.xlsx: filen är ingen Excel-arbetsbok: en .xlsx-fil är en zip-fil, och den här är det inte. Öppna den i Excel och spara den som Excel-arbetsbok (*.xlsx).',
  },
  {
    name: 'a password-protected (encrypted) workbook',
    file: 'arende.xlsx',
    bytes: () => encryptedOfficeFile(),
    message:
      'arende.xlsx: filen är lösenordsskyddad (krypterad) och kan inte läsas. Öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord) och spara den igen.',
  },
  {
    name: 'an old .xls workbook renamed .xlsx',
    file: 'arende.xlsx',
    bytes: () => {
      const b = new Uint8Array(1024);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      return b;
    },
    message:
      'arende.xlsx: filen är en äldre Excel-fil (.xls) eller ett annat Office-format, inte en .xlsx-fil. Öppna den i Excel och spara den som Excel-arbetsbok (*.xlsx).',
  },
  {
    name: 'a zip that is not a workbook (a .docx renamed)',
    file: 'arende.xlsx',
    bytes: async () => {
      return Promise.resolve(zipOf({ 'word/document.xml': '<w:document/>' }));
    },
    message:
      'arende.xlsx: filen är en zip-fil men ingen Excel-arbetsbok (delen xl/workbook.xml saknas). Spara den som Excel-arbetsbok (*.xlsx).',
  },
  {
    name: 'a truncated workbook',
    file: 'arende.xlsx',
    bytes: () => readRepoFile('examples/mall/arende-mall.xlsx').slice(0, 3000),
    message:
      'arende.xlsx: filen är skadad: den ser ut som en zip-fil men innehållsförteckningen saknas eller är trasig. Spara den på nytt som Excel-arbetsbok (*.xlsx).',
  },
  {
    name: 'a zip bomb that declares its size (a sheet of 2 GB)',
    file: 'bomb.xlsx',
    bytes: async () => patchDeclaredSize(await workbook(), 'xl/worksheets/sheet1.xml', 2_000_000_000),
    message:
      'bomb.xlsx: filen packas upp till mer än vad som tillåts (delen xl/worksheets/sheet1.xml blir 1907 MB uppackad; gränsen är 40 MB). Den kan vara en så kallad zip-bomb och läses inte.',
  },
  {
    name: 'a zip bomb that lies about its size (45 MB of XML declared as 1 kB)',
    file: 'bomb.xlsx',
    bytes: async () => {
      const bytes = withEntries(await workbook(), {
        'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${' '.repeat(45 * 1024 * 1024)}</sheetData></worksheet>`,
      });
      expect(bytes.length).toBeLessThan(MAX_INPUT_BYTES / 50);
      return patchDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 1024);
    },
    message: expect.stringMatching(
      /^bomb\.xlsx: filen packas upp till mer än vad som tillåts \(delen xl\/worksheets\/sheet1\.xml blir 4\d MB fast zip-arkivet anger 1 kB; gränsen är 40 MB\)\. Den kan vara en så kallad zip-bomb och läses inte\.$/,
    ) as string,
  },
  {
    name: 'a workbook with a DOCTYPE (entity expansion attack)',
    file: 'arende.xlsx',
    bytes: async () => {
      return withEntries(await workbook(), {
        'xl/workbook.xml':
          '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><workbook>&lol2;</workbook>',
      });
    },
    message:
      'arende.xlsx: filen är skadad eller manipulerad: delen xl/workbook.xml innehåller en DOCTYPE-deklaration, vilket en Excel-fil aldrig har.',
  },
  // --- XLSX: sheets and cells
  {
    name: 'no sheet named Ärende or Projekt',
    file: 'arende.xlsx',
    bytes: () =>
      writeXlsx([
        { name: 'Blad1', rows: metaSheetRows() },
        { name: 'Blad2', rows: projectSheetRows() },
      ]),
    message:
      'arende.xlsx: hittar varken bladet Ärende eller bladet Projekt (bladen heter "Blad1", "Blad2"). Byt namn på bladen eller utgå från mallen examples/mall/arende-mall.xlsx.',
  },
  {
    name: 'only a Projekt sheet, read as a whole case',
    file: 'arende.xlsx',
    bytes: () =>
      writeXlsx([
        { name: 'Projekt', rows: projectSheetRows() },
        { name: 'Anteckningar', rows: [['x']] },
      ]),
    message:
      'arende.xlsx: hittar inget blad som heter Ärende (bladen heter "Projekt", "Anteckningar"). Uppgifterna om ärendet ska stå på ett blad som heter Ärende, med kolumnerna Fält och Värde (se examples/mall/arende-mall.xlsx). Uppgifter som krävs: Dokumenttyp, Förvaltning, Avdelning, Nämnd, Sammanträdesdatum, Datum, Dnr, Handläggare, Telefon, Beredning, Redovisningsår, Underskrift 1 namn, Underskrift 1 titel.',
  },
  {
    name: 'cells merged across two columns of a project row',
    file: 'arende.xlsx',
    bytes: () => workbook({ projectMerges: [`H4:I4`] }),
    message:
      'arende.xlsx har ett fel:\n  • blad Projekt, rad 4: cellerna H4:I4 är sammanfogade över kolumnerna Syfte och Resultat, så det går inte att avgöra vilken kolumn värdet hör till. Dela upp de sammanfogade cellerna (Start > Sammanfoga och centrera > Dela upp celler) och skriv värdet i rätt kolumn.',
  },
  {
    name: 'a field merged with its value on the Ärende sheet',
    file: 'arende.xlsx',
    bytes: () => workbook({ metaMerges: ['A2:B2'] }),
    message: [
      'arende.xlsx har 2 fel:',
      '  • blad Ärende, rad 2: cellerna A2:B2 är sammanfogade över kolumnerna Fält och Värde, så det går inte att avgöra vilken kolumn värdet hör till. Dela upp de sammanfogade cellerna (Start > Sammanfoga och centrera > Dela upp celler) och skriv värdet i rätt kolumn.',
      '  • blad Ärende, fältet Dokumenttyp: saknas; lägg till raden "Dokumenttyp" med ett värde',
    ].join('\n'),
  },
  {
    name: 'a formula without a stored result, and an Excel error value',
    file: 'arende.xlsx',
    bytes: () => {
      const p = projectSheetRows();
      p[1][COL.Belopp] = { formula: '250000*2' };
      p[2][COL.Belopp] = { error: '#DIV/0!' };
      return workbook({ projects: p });
    },
    message: [
      'arende.xlsx har 2 fel:',
      '  • blad Projekt, rad 2, kolumn Belopp: cellen har formeln =250000*2 men inget sparat resultat (filen har inte räknats om i Excel). Öppna filen i Excel och spara den igen, eller skriv in värdet i stället för formeln.',
      '  • blad Projekt, rad 3, kolumn Belopp: cellen innehåller Excel-felet #DIV/0! i stället för ett värde. Rätta formeln eller skriv in värdet.',
    ].join('\n'),
  },
  {
    name: 'a year typed in a date field (read as a date serial)',
    file: 'arende.xlsx',
    bytes: () => {
      const m = metaSheetRows();
      m[metaIndex(m, 'Datum')][1] = 2024;
      return workbook({ meta: m });
    },
    message:
      'arende.xlsx har ett fel:\n  • blad Ärende, rad 8, fältet Datum: talet 2024 blir datumet 1905-07-16 som Excel-datum, vilket inte är rimligt; skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-04-23',
  },
  {
    name: "empty rows are skipped but row numbers stay Excel's",
    file: 'arende.xlsx',
    bytes: () => {
      const p = projectSheetRows();
      p.splice(3, 0, [], [null, '   '], []);
      p[8][COL['Från år']] = 'i fjol';
      return workbook({ projects: p });
    },
    message: 'arende.xlsx har ett fel:\n  • blad Projekt, rad 9, kolumn Från år: "i fjol" är inte ett årtal; skriv till exempel 2025',
  },
];

/** The start of an encrypted Office file: an OLE compound file with an EncryptionInfo stream. */
function encryptedOfficeFile(): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'];
  names.forEach((name, k) => {
    const at = 1024 + k * 128; // directory entries: UTF-16LE names
    for (let i = 0; i < name.length; i++) b[at + 2 * i] = name.charCodeAt(i);
  });
  return b;
}

describe('bad input: the exact message the user sees', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await c.bytes();
    const msg = await messageOf(() => (c.projectsOnly ? importProjects(bytes, c.file) : importCase(bytes, c.file)));
    expect(msg).toEqual(c.message);
  });
});

describe('odd but valid spreadsheets are read', () => {
  test('a vertical merge in the SDF column applies its value to every merged row', async () => {
    const p = projectSheetRows();
    p[3][COL.SDF] = null; // row 4 empty under the merge B3:… (column C)
    const c = await importCase(await workbook({ projects: p, projectMerges: ['C3:C4'] }), 'm.xlsx');
    expect(c.lum[1].sdf).toBe('Hässelby-Vällingby');
    expect(c.lum[2].sdf).toBe('Hässelby-Vällingby'); // the merged area takes the top-left value
  });

  test('a merged title row above the header and an extra sheet are ignored', async () => {
    const p: WriteCell[][] = [['Projekt 2023 (LUM)'], [], ...projectSheetRows()];
    const extra: WriteSheet = {
      name: 'Anteckningar',
      rows: [
        ['Typ', 'Namn'],
        ['LUM', 'ska inte läsas'],
      ],
    };
    const c = await importCase(await workbook({ projects: p, projectMerges: ['A1:F1'], extra: [extra] }), 't.xlsx');
    expect(c.lum.map((l) => l.namn)).toEqual(seed.lum.map((l) => l.namn));
  });

  test('sheets in any order, names in any case, columns in any order with other spellings', async () => {
    const p = projectSheetRows();
    const order = [...p[0].keys()].reverse();
    const reordered = p.map((r) => order.map((i) => r[i]));
    reordered[0] = reordered[0].map((h) => (h === 'Från år' ? 'FRAN AR' : h === 'Medsökande' ? 'medsokande' : h));
    const c = await importCase(
      await writeXlsx([
        { name: 'Info', rows: [['hej']] },
        { name: 'PROJEKT', rows: reordered },
        { name: 'ärende', rows: metaSheetRows() },
      ]),
      'o.xlsx',
    );
    expect(c).toEqual(seed);
  });

  test('formulas with a cached value, booleans, inline and rich-text strings', async () => {
    const m = metaSheetRows();
    m[metaIndex(m, 'Förvaltning')][1] = { rich: ['Social', 'förvaltningen'] };
    m[metaIndex(m, 'FoU-rådet')][1] = true;
    m[metaIndex(m, 'Redovisningsår')][1] = { formula: 'Inriktningsår-2', value: 2023 };
    const p = projectSheetRows();
    p[1][COL.Belopp] = { formula: '250000*2', value: 500000 };
    p[1][COL.Namn] = { formula: 'CONCAT("Våga anmäla ","våga vittna")', value: 'Våga anmäla våga vittna' };
    const c = await importCase(await workbook({ meta: m, projects: p, sharedStrings: false }), 'f.xlsx');
    expect(c.metadata.forvaltning).toBe('Socialförvaltningen');
    expect(c.metadata.beredning.fouRadet).toBe(true);
    expect(c.ar.redovisning).toBe(2023);
    expect(c.lum[0].belopp).toBe(500000);
    expect(c.lum[0].namn).toBe('Våga anmäla våga vittna');
  });

  test('dates as serial numbers, in the 1900 and the 1904 date system, and as text', async () => {
    for (const date1904 of [false, true]) {
      const c = await importCase(await workbook({ date1904 }), 'd.xlsx');
      expect(c.metadata.sammantradesdatum).toBe('2024-04-23');
      expect(c.metadata.beredning.forvaltningsgrupp).toBe('2024-04-17');
    }
    const m = metaSheetRows();
    m[metaIndex(m, 'Sammanträdesdatum')][1] = '23 april 2024';
    m[metaIndex(m, 'Datum')][1] = '2024-04-18 00:00:00';
    m[metaIndex(m, 'Förvaltningsgrupp')][1] = { serial: 45399.5, dateStyle: true }; // noon on 17 April
    const c = await importCase(await workbook({ meta: m }), 'd.xlsx');
    expect([c.metadata.sammantradesdatum, c.metadata.datum, c.metadata.beredning.forvaltningsgrupp]).toEqual([
      '2024-04-23',
      '2024-04-18',
      '2024-04-17',
    ]);
  });

  test('Swedish amounts: "500 000", "500 000 kr" with NBSP, "1 200 000,00", and a CSV in Windows-1252', async () => {
    const rows = projectCsvRows();
    rows[1][COL.Belopp] = '500 000';
    rows[2][COL.Belopp] = '500\u00a0000\u00a0kr';
    rows[3][COL.Belopp] = '1 200 000,00';
    rows[4][COL.Belopp] = '250000';
    const p = await importProjects(cp1252(csv(rows)), 'p.csv');
    expect(p.lum.slice(0, 4).map((l) => l.belopp)).toEqual([500000, 500000, 1200000, 250000]);
    expect(p.lum[1].namn).toBe('Studiecirklar i bostadssökning – Civilsamhället som resurs för nyanländas väg till egen bostad');
  });
});

describe('limits named for what they are', () => {
  test('an honest 53 MB sheet (packed about 1 : 10) is too big to read, and is not called a zip bomb', async () => {
    const rows: string[] = [];
    let size = 0;
    for (let r = 1; size < 53 * 1024 * 1024; r++) {
      const row = `<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 1000003}</v></c><c r="B${r}" t="inlineStr"><is><t>Projekt ${r}</t></is></c></row>`;
      rows.push(row);
      size += row.length;
    }
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const bytes = withEntries(await workbook(), { 'xl/worksheets/sheet1.xml': sheet });
    expect(bytes.length).toBeLessThan(MAX_INPUT_BYTES); // an ordinary file on disk
    const e = await importCase(bytes, 'stor.xlsx').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    const message = (e as InputError).message;
    expect(message).toMatch(
      /^stor\.xlsx: filen är för stor för att läsas \(delen xl\/worksheets\/sheet1\.xml blir 5\d MB uppackad; gränsen är 40 MB\)\. Det är en gräns för hur mycket som läses, inte ett fel i filen/,
    );
    expect(message).not.toMatch(/zip-bomb/);
  }, 60_000);
});
