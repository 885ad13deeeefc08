/** docs/import.md documents every field and column the importer knows, and the templates use them. */
import * as fs from 'fs';
import * as path from 'path';
import { COLUMNS, FIELDS } from '../../../src/io/import/layout';
import { ROOT } from './helpers';

const doc = fs.readFileSync(path.join(ROOT, 'docs/import.md'), 'utf8');

describe('docs/import.md', () => {
  test.each(FIELDS.map((f) => [f.label]))('names the field %s', (label) => {
    expect(doc).toContain(label);
  });
  test.each(COLUMNS.map((c) => [c.label]))('names the column %s', (label) => {
    expect(doc).toMatch(new RegExp(`^\\| ${label} \\|`, 'm'));
  });
  test('the CSV template has every field and column', () => {
    const csv = fs.readFileSync(path.join(ROOT, 'examples/mall/arende-mall.csv'), 'utf8');
    for (const f of FIELDS) expect(csv).toContain(`\n${f.label};`);
    expect(csv).toContain(`\n${COLUMNS.map((c) => c.label).join(';')}\r\n`);
  });
});
