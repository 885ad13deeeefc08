import { readFileSync } from 'fs';
import * as path from 'path';
import { caseFields, describePath, fieldColumn, fieldHelp, fieldInfo, fieldKey, fieldLabel } from '../../src/model/fields';
import { buildCaseFields } from '../../src/model/fields-schema';
import { caseJsonSchema } from '../../src/model/json-schema';

const root = path.join(__dirname, '..', '..');

describe('the field registry', () => {
  test('src/model/fields.json is what the case schema gives (after changing case.ts: npx tsx scripts/field-table.ts)', () => {
    expect(caseFields()).toEqual(buildCaseFields());
  });

  test('every field of the case has its own label and a help text (a new field without .meta() fails here)', () => {
    const unlabelled = caseFields().filter((f) => f.label === f.path[f.path.length - 1] || !f.help);
    expect(unlabelled.map((f) => f.key)).toEqual([]);
    expect(caseFields().length).toBeGreaterThan(60);
  });

  test('fields side by side have different labels', () => {
    const byParent = new Map<string, string[]>();
    for (const f of caseFields()) {
      const parent = f.path.slice(0, -1).join('.');
      byParent.set(parent, [...(byParent.get(parent) ?? []), f.label]);
    }
    for (const [parent, labels] of byParent) expect({ parent, labels: [...new Set(labels)] }).toEqual({ parent, labels });
  });

  test('one label for the meeting date, wherever it is asked for', () => {
    expect(fieldLabel(['metadata', 'sammantradesdatum'])).toBe('Sammanträdesdatum');
    expect(fieldLabel('metadata.sammantradesdatum')).toBe('Sammanträdesdatum');
    expect(fieldInfo('metadata.sammantradesdatum')).toMatchObject({ kind: 'date', required: true });
  });

  test('paths with list positions, keys and kinds', () => {
    expect(fieldKey(['lum', 3, 'ar', 'fran'])).toBe('lum[].ar.fran');
    expect(fieldKey('lum[3].ar.fran')).toBe('lum[].ar.fran');
    expect(fieldLabel(['lum', 3, 'ar', 'fran'])).toBe('Från år');
    expect(fieldInfo(['lum', 0, 'belopp'])).toMatchObject({ kind: 'amount', required: false });
    expect(fieldInfo(['ar', 'redovisning'])).toMatchObject({ kind: 'year', required: true });
    expect(fieldInfo(['lum', 0, 'status'])).toMatchObject({ kind: 'choice', options: ['slutredovisas', 'fortgar'] });
    expect(fieldInfo(['lum'])).toMatchObject({ kind: 'list', item: 'LUM-projekt', itemName: 'namn' });
    expect(fieldInfo(['finns', 'inte'])).toBeUndefined();
    expect(fieldHelp(['finns'])).toBe('');
  });

  test('the spreadsheet name is the label unless the registry gives another (names users already have)', () => {
    expect(fieldColumn(['metadata', 'dnr'])).toBe('Dnr');
    expect(fieldLabel(['metadata', 'dnr'])).toBe('Diarienummer (dnr)');
    expect(fieldColumn(['metadata', 'sammantradesdatum'])).toBe('Sammanträdesdatum');
    expect(() => fieldColumn(['finns'])).toThrow();
  });

  test('every spreadsheet name in the registry is one docs/import.md documents', () => {
    const doc = readFileSync(path.join(root, 'docs', 'import.md'), 'utf8');
    const sheetFields = caseFields().filter((f) => f.column !== f.label);
    expect(sheetFields.length).toBeGreaterThan(5);
    for (const f of sheetFields) expect(doc).toContain(`| ${f.column} |`);
  });
});

describe('describePath: a place in the case for people', () => {
  const data = { lum: [{ namn: 'Ett' }, { namn: ' Våga anmäla ' }], metadata: { underskrifter: [{ titel: 'Socialdirektör' }] } };
  test.each([
    [['lum', 1, 'belopp'], 'LUM-projekt 2 («Våga anmäla»), Belopp'],
    [['lum', 1, 'ar', 'till'], 'LUM-projekt 2 («Våga anmäla»), Till år'],
    [['lum', 1], 'LUM-projekt 2 («Våga anmäla»)'],
    [['lum', 5, 'namn'], 'LUM-projekt 6, Namn'],
    [['metadata', 'underskrifter', 0, 'namn'], 'Underskrift 1, Namn'],
    [['metadata', 'sammantradesdatum'], 'Sammanträdesdatum'],
    [['metadata', 'handlaggare', 'telefon'], 'Handläggarens telefon'],
    [['mul', 0, 'destination'], 'Studieresa 1, Destination'],
    [['metadata', 'dnrr'], 'Uppgifter om ärendet, "dnrr"'],
    // Criteria written in full in the case: named as the criteria sheet names them.
    [['kriterier', 'lum', 'maxBelopp'], 'Kriterier, LUM högsta belopp'],
    [['kriterier', 'teman', 2], 'Kriterier, Tema 3'],
    [['kriterier', 'utlysning', 'oppnarText'], 'Kriterier, Utlysningen öppnar'],
    [[], 'hela ärendet'],
  ])('%j → %s', (p, want) => {
    const where = describePath(p, data);
    expect(where).toBe(want);
    expect(where).not.toMatch(/metadata\.|\[\d+\]/);
  });
});

describe('the JSON Schema carries the registry', () => {
  type Node = { title?: string; description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };
  const schema = caseJsonSchema() as Node;

  function at(node: Node, keys: readonly string[]): Node | undefined {
    let n: Node | undefined = node;
    for (const k of keys) {
      if (!n) return undefined;
      if (k === '[]') n = n.items;
      else n = n.properties?.[k] ?? n.anyOf?.map((o) => o.properties?.[k]).find(Boolean);
    }
    return n;
  }

  test('each field’s label is its "title" and its help its "description"', () => {
    for (const f of caseFields()) {
      const node = at(schema, f.path);
      expect({ key: f.key, title: node?.title, description: node?.description }).toEqual({
        key: f.key,
        title: f.label,
        description: f.help,
      });
    }
  });

  test('no registry-only keys leak into the JSON Schema', () => {
    const text = JSON.stringify(schema);
    for (const k of ['label', 'help', 'column', 'item', 'itemName', 'kind']) expect(text).not.toContain(`"${k}":`);
  });
});
