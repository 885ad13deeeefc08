/** The Bilagor column: a LUM row's bilaga title, a FUM row's list of bilagor. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { importCase } from '../../../src/io/import/index';

const TEMPLATE = path.join(__dirname, '..', '..', '..', 'examples', 'mall', 'arende-mall.csv');

test('a LUM row with a Bilagor cell gets that bilaga title; an empty one keeps the default', async () => {
  const lines = readFileSync(TEMPLATE, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const header = lines.findIndex((l) => /^"?Typ"?;/.test(l));
  const cols = lines[header].split(';');
  const bil = cols.findIndex((h) => h.replace(/"/g, '') === 'Bilagor');
  expect(bil).toBeGreaterThan(0);
  const row = lines[header + 1].split(';');
  // The template's first project row has no ';' inside quoted cells before the Bilagor column.
  row[bil] = 'Slutrapport om Våga anmäla våga vittna, Farsta stadsdelsförvaltning';
  lines[header + 1] = row.join(';');
  const c = await importCase(new TextEncoder().encode(lines.join('\r\n')), 'projekt.csv');
  expect(c.lum[0].bilaga).toBe('Slutrapport om Våga anmäla våga vittna, Farsta stadsdelsförvaltning');
  expect(c.lum[1].bilaga).toBeUndefined();
});
