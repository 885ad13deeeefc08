/**
 * Each format carries seed 002's case: the committed templates (examples/mall/) and the example
 * JSON are read into a Case equal to the one in examples/seed-002.json, and the facts of the seed
 * (checked here by hand, from the seed's text) are all there.
 */
import { importCase, importProjects } from '../../../src/io/import';
import { caseToCsv, caseToXlsx } from '../../../scripts/template';
import type { Case } from '../../../src/model/case';
import { cp1252, readRepoFile, seed002, utf8 } from './helpers';

/** Facts typed in from seed 002's text (002_b00c580d69b9bc9c.txt), independent of any code. */
function expectSeed002Facts(c: Case) {
  expect(c.dokumenttyp).toBe('inriktning-redovisning');
  expect(c.ar).toEqual({ inriktning: 2025, redovisning: 2023 });
  expect(c.kriterier).toEqual({ ar: 2025 });
  expect(c.metadata.namnd).toBe('Socialnämnden');
  expect(c.metadata.sammantradesdatum).toBe('2024-04-23');
  expect(c.metadata.handlaggare.namn).toBe('Elina Saxelin');
  expect(c.metadata.beredning.forvaltningsgrupp).toBe('2024-04-17');
  expect(c.metadata.beredning.funktionshinderradet).toBe('2024-04-18');
  expect(c.metadata.delges).toEqual(['samtliga stadsdelsnämnder']);
  expect(c.metadata.underskrifter.map((u) => [u.namn, u.titel])).toEqual([
    ['Veronica Wolgast Carstorp', 'Socialdirektör'],
    ['Lina Blombergsson', 'Avdelningschef'],
  ]);
  expect(c.lum).toHaveLength(10);
  expect(c.lum.filter((p) => p.status === 'slutredovisas')).toHaveLength(7);
  expect(c.lum.filter((p) => p.status === 'fortgar').map((p) => p.sdf)).toEqual(['Norra innerstaden', 'Järva', 'Södermalm']);
  expect(c.lum.slice(0, 7).map((p) => p.sdf)).toEqual([
    'Farsta',
    'Hässelby-Vällingby',
    'Hägersten-Älvsjö',
    'Järva',
    'Skarpnäck',
    'Järva',
    'Socialförvaltningen',
  ]);
  expect(c.lum[0].namn).toBe('Våga anmäla våga vittna');
  expect(c.lum[1].namn).toBe('Studiecirklar i bostadssökning – Civilsamhället som resurs för nyanländas väg till egen bostad');
  expect(c.lum[9].namn).toBe('Prata om det');
  expect(c.lum[9].syfte).toContain('Projektet "Prata om det" är en ny form av förebyggande insats');
  // a paragraph break inside a cell survives
  expect(c.lum[6].resultat).toContain('större utsträckning.\n\nProjektet har utförts som en randomiserad kontrollerad studie');
  expect(c.mulBeviljadeAntal).toBe(7);
}

describe('seed 002 in every format', () => {
  const expected = seed002();

  test('the expectation itself carries the seed (guards the comparison below)', () => {
    expectSeed002Facts(expected);
  });

  test('examples/mall/arende-mall.xlsx → the seed-002 case', async () => {
    const c = await importCase(readRepoFile('examples/mall/arende-mall.xlsx'), 'arende-mall.xlsx');
    expect(c).toEqual(expected);
    expectSeed002Facts(c);
  });

  test('examples/mall/arende-mall.csv (UTF-8 with BOM, semicolons) → the seed-002 case', async () => {
    const bytes = readRepoFile('examples/mall/arende-mall.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const c = await importCase(bytes, 'arende-mall.csv');
    expect(c).toEqual(expected);
    expectSeed002Facts(c);
  });

  test('examples/seed-002.json → the seed-002 case', async () => {
    const c = await importCase(readRepoFile('examples/seed-002.json'), 'seed-002.json');
    delete (c as { $schema?: string }).$schema;
    expect(c).toEqual(expected);
  });

  test('the same CSV saved as Windows-1252 (Excel\'s "CSV (semikolonavgränsad)")', async () => {
    const text = caseToCsv(expected);
    const bytes = cp1252(text);
    expect(bytes.length).toBeLessThan(utf8(text).length); // å, ä, ö, – are one byte each
    expect(await importCase(bytes, 'arende.csv')).toEqual(expected);
  });

  test('the same CSV in UTF-8 without BOM, with commas, and with LF line ends', async () => {
    expect(await importCase(utf8(caseToCsv(expected)), 'a.csv')).toEqual(expected);
    const commas = caseToCsv(expected, ',');
    expect(commas.split('\r\n')[0]).toBe('Fält,Värde');
    expect(await importCase(utf8(commas), 'b.csv')).toEqual(expected);
    expect(await importCase(utf8(caseToCsv(expected).replace(/\r\n/g, '\n')), 'c.csv')).toEqual(expected);
  });

  test('Excel\'s "sep=;" first line is honoured and its row counted', async () => {
    expect(await importCase(utf8('sep=;\r\n' + caseToCsv(expected)), 'sep.csv')).toEqual(expected);
  });

  test('importProjects reads just the lists from each format', async () => {
    for (const [file, name] of [
      ['examples/mall/arende-mall.xlsx', 'm.xlsx'],
      ['examples/mall/arende-mall.csv', 'm.csv'],
      ['examples/seed-002.json', 'm.json'],
    ] as const) {
      const p = await importProjects(readRepoFile(file), name);
      expect(p).toEqual({ lum: expected.lum, mul: expected.mul, fum: expected.fum });
    }
  });

  test('the committed templates are what scripts/make-templates.js writes today', async () => {
    const xlsx = await caseToXlsx(expected);
    const csv = '\uFEFF' + caseToCsv(expected);
    const stale = [
      Buffer.from(xlsx).equals(Buffer.from(readRepoFile('examples/mall/arende-mall.xlsx'))) ? '' : 'arende-mall.xlsx',
      Buffer.from(utf8(csv)).equals(Buffer.from(readRepoFile('examples/mall/arende-mall.csv'))) ? '' : 'arende-mall.csv',
    ].filter(Boolean);
    if (stale.length)
      throw new Error(
        `examples/mall/${stale.join(' och ')} stämmer inte med examples/seed-002.json: kör npm run templates (node scripts/make-templates.js) och checka in filerna.`,
      );
  });

  test('MUL trips and FUM studies round-trip too (the template columns for them)', async () => {
    const c: Case = {
      ...expected,
      dokumenttyp: 'arsrapport',
      mul: [
        { sdf: 'Farsta', destination: 'Helsingfors, Finland', syfte: 'Lära av "Housing first".', belopp: 25000 },
        { sdf: 'Järva', destination: 'Oslo', syfte: '', belopp: undefined },
      ],
      fum: [
        {
          namn: 'Barn i familjehem',
          kortnamn: 'Familjehem',
          utforare: 'Stockholms universitet',
          klart: '2021-01-31',
          kostnad: 1200000,
          beskrivning: 'Studien följer barn.\n\nAndra stycket.',
          status: 'avslutad',
          bilagor: ['Rapport 1', 'Rapport 2'],
        },
        {
          namn: 'Ekonomiskt bistånd',
          utforare: 'FoU Nordväst',
          klart: 'Januari 2021',
          kostnad: 350000,
          beskrivning: '',
          status: 'pagar',
          bilagor: [],
        },
      ],
      lum: [
        {
          ...expected.lum[0],
          medsokande: ['Skarpnäck', 'Enskede-Årsta-Vantör'],
          belopp: 500000,
          forskningspartner: 'Ersta Sköndal Bräcke högskola',
          id: '3.2.1-12/2023',
        },
      ],
    };
    const clean = JSON.parse(JSON.stringify(c)) as Case;
    expect(await importCase(await caseToXlsx(c), 'x.xlsx')).toEqual(clean);
    expect(await importCase(utf8(caseToCsv(c)), 'x.csv')).toEqual(clean);
  });
});
