/**
 * The project editor's pure state (src/taskpane/editor/state.ts): labels from the field registry,
 * add / edit / remove with undo / reorder on the real example case, typed values, and each
 * problem filed at its field in the form's own words.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fieldLabel } from '../../src/model/fields';
import { validateRaw } from '../../src/taskpane/state/caseEdit';
import {
  addItem,
  allItemProblems,
  editorFields,
  fieldProblem,
  fieldText,
  FUNDS,
  itemNoun,
  items,
  itemTitle,
  moveItem,
  removeItem,
  restoreItem,
  setField,
  typedValue,
  type EditorField,
  type Fund,
  type RawCase,
} from '../../src/taskpane/editor/state';

const read = (name: string): RawCase => JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples', name), 'utf8')) as RawCase;
const field = (fund: Fund, key: string): EditorField => {
  const f = editorFields(fund).find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key} for ${fund}`);
  return f;
};

describe('fields', () => {
  test.each(FUNDS)('%s: every field has the registry label and help; required as the schema says', (fund) => {
    const fields = editorFields(fund);
    expect(fields.length).toBeGreaterThan(3);
    for (const f of fields) {
      expect(f.label).toBe(fieldLabel([fund, 0, ...f.path]));
      expect(f.label).not.toMatch(/^[a-z]+$/); // a Swedish label, not the key
      expect(f.help.length).toBeGreaterThan(0);
    }
  });

  test('choices are explained with the words the form shows, not the stored values', () => {
    for (const fund of ['lum', 'fum'] as const) {
      const status = field(fund, 'status');
      for (const o of status.options ?? []) expect(status.help.toLowerCase()).toContain(o.label.split(' ')[0].toLowerCase());
      expect(status.help).not.toMatch(/fortgar|pagar/);
    }
  });

  test('labels and nouns in Swedish', () => {
    expect(field('lum', 'sdf').label).toBe('Stadsdelsförvaltning');
    expect(field('lum', 'ar.fran').label).toBe('Från år');
    expect(field('lum', 'namn').required).toBe(true);
    expect(field('lum', 'belopp').required).toBe(false);
    expect(itemNoun('lum')).toBe('LUM-projekt');
    expect(itemNoun('mul')).toBe('Studieresa');
    expect(itemNoun('fum')).toBe('FUM-studie');
  });
});

describe('add, edit, remove, undo, reorder', () => {
  const example = read('seed-002.json');

  test('the example is valid and has no item problems', () => {
    expect(validateRaw(example).ok).toBe(true);
    expect(allItemProblems(example).size).toBe(0);
  });

  test('a new LUM project is added last, with the reported year; its empty required fields are problems at those fields', () => {
    const before = items(example, 'lum').length;
    const { raw, index } = addItem(example, 'lum');
    expect(index).toBe(before);
    expect(items(raw, 'lum')).toHaveLength(before + 1);
    expect(items(example, 'lum')).toHaveLength(before); // the old value is untouched
    const added = items(raw, 'lum')[index];
    expect(added.ar).toEqual({ fran: 2023, till: 2023 });
    const problems = allItemProblems(raw).get(`lum:${index}`);
    expect(fieldProblem(problems, field('lum', 'namn'))).toBe('Får inte vara tomt.');
    expect(fieldProblem(problems, field('lum', 'sdf'))).toBe('Får inte vara tomt.');
    expect(fieldProblem(problems, field('lum', 'belopp'))).toBeUndefined();
    expect(itemTitle('lum', added)).toBe('(namn saknas)');
    // Filling them in makes the case valid again.
    let next = setField(raw, 'lum', index, field('lum', 'namn'), 'Nytt projekt');
    next = setField(next, 'lum', index, field('lum', 'sdf'), 'Farsta');
    expect(allItemProblems(next).get(`lum:${index}`)).toBeUndefined();
    expect(validateRaw(next).ok).toBe(true);
    expect(itemTitle('lum', items(next, 'lum')[index])).toBe('Nytt projekt');
  });

  test('an amount typed as text is a problem at Belopp; "500 000 kr" is stored as 500000', () => {
    const bad = setField(example, 'lum', 1, field('lum', 'belopp'), 'femtio');
    expect(items(bad, 'lum')[1].belopp).toBe('femtio');
    const msg = fieldProblem(allItemProblems(bad).get('lum:1'), field('lum', 'belopp'));
    expect(msg).toMatch(/belopp i kronor/);
    expect(msg).not.toMatch(/lum\[|\.belopp/); // never an internal path
    const good = setField(bad, 'lum', 1, field('lum', 'belopp'), '500 000 kr');
    expect(items(good, 'lum')[1].belopp).toBe(500000);
    expect(allItemProblems(good).get('lum:1')).toBeUndefined();
  });

  test('an end year before the start year is a problem at Till år', () => {
    const raw = setField(example, 'lum', 0, field('lum', 'ar.till'), '2019');
    const p = allItemProblems(raw).get('lum:0');
    expect(fieldProblem(p, field('lum', 'ar.till'))).toBe('Slutåret får inte vara före startåret.');
    expect(fieldProblem(p, field('lum', 'ar.fran'))).toBeUndefined();
  });

  test('a project that starts after the reported year: the case-level rule lands at Från år', () => {
    let raw = setField(example, 'lum', 0, field('lum', 'ar.till'), '2030');
    raw = setField(raw, 'lum', 0, field('lum', 'ar.fran'), '2025');
    expect(fieldProblem(allItemProblems(raw).get('lum:0'), field('lum', 'ar.fran'))).toMatch(/efter redovisningsåret 2023/);
  });

  test('an unknown key in a hand-written item is a problem of the item, named as written', () => {
    const raw = { ...example, mul: [...items(example, 'mul'), { destination: 'Oslo', sdf: 'Farsta', syfte: '', kostnad: 5 }] };
    const p = allItemProblems(raw).get(`mul:${items(example, 'mul').length}`);
    expect(p).toHaveLength(1);
    expect(p?.[0].key).toBe('');
    expect(p?.[0].message).toContain('"kostnad"');
  });

  test('remove, then undo puts the same item back at its place', () => {
    const lum = items(example, 'lum');
    const { raw, removed } = removeItem(example, 'lum', 2);
    expect(items(raw, 'lum')).toHaveLength(lum.length - 1);
    expect(items(raw, 'lum').map((p) => p.namn)).not.toContain(lum[2].namn);
    expect(removed.title).toBe(lum[2].namn);
    const back = restoreItem(raw, removed);
    expect(items(back, 'lum')).toEqual(lum);
    expect(() => removeItem(example, 'lum', 99)).toThrow(RangeError);
  });

  test('move up and down; out of range leaves the case as it was', () => {
    const names = items(example, 'lum').map((p) => p.namn);
    const down = moveItem(example, 'lum', 0, 1);
    expect(items(down, 'lum').map((p) => p.namn)).toEqual([names[1], names[0], ...names.slice(2)]);
    const last = moveItem(example, 'lum', names.length - 1, 0);
    expect(items(last, 'lum')[0].namn).toBe(names[names.length - 1]);
    expect(moveItem(example, 'lum', 0, -1)).toBe(example);
    expect(moveItem(example, 'lum', 0, names.length)).toBe(example);
    // Other lists are not touched.
    expect(down.mul).toBe(example.mul);
  });

  test('MUL trips and FUM studies: add, fill in, valid', () => {
    const m = addItem(example, 'mul');
    const index = m.index;
    let raw = setField(m.raw, 'mul', index, field('mul', 'destination'), 'Helsingfors, Finland');
    raw = setField(raw, 'mul', index, field('mul', 'sdf'), 'Farsta');
    raw = setField(raw, 'mul', index, field('mul', 'belopp'), '25000');
    expect(validateRaw(raw).ok).toBe(true);
    const f = addItem(raw, 'fum');
    let r2 = setField(f.raw, 'fum', f.index, field('fum', 'namn'), 'En studie');
    r2 = setField(r2, 'fum', f.index, field('fum', 'utforare'), 'Stockholms universitet');
    r2 = setField(r2, 'fum', f.index, field('fum', 'bilagor'), 'Rapport A\n\nRapport B\n');
    expect(items(r2, 'fum')[f.index].bilagor).toEqual(['Rapport A', 'Rapport B']);
    expect(validateRaw(r2).ok).toBe(true);
  });
});

describe('typed values and the text shown', () => {
  test('optional fields emptied are removed; required text stays as an empty string', () => {
    expect(typedValue(field('lum', 'belopp'), '  ')).toBeUndefined();
    expect(typedValue(field('lum', 'forskningspartner'), '')).toBeUndefined();
    expect(typedValue(field('lum', 'namn'), '')).toBe('');
    expect(typedValue(field('lum', 'ar.fran'), '')).toBeUndefined();
  });

  test('years and amounts', () => {
    expect(typedValue(field('lum', 'ar.fran'), '2021')).toBe(2021);
    expect(typedValue(field('lum', 'ar.fran'), '20x1')).toBe('20x1');
    expect(typedValue(field('mul', 'belopp'), '25\u00a0000 kronor')).toBe(25000);
    expect(typedValue(field('mul', 'belopp'), '-5')).toBe('-5');
  });

  test('lists: co-applicants separated by commas, FUM bilagor by lines', () => {
    expect(typedValue(field('lum', 'medsokande'), 'Farsta, Skärholmen,')).toEqual(['Farsta', 'Skärholmen']);
    expect(fieldText({ medsokande: ['Farsta', 'Skärholmen'] }, field('lum', 'medsokande'))).toBe('Farsta, Skärholmen');
    expect(fieldText({ bilagor: ['A', 'B'] }, field('fum', 'bilagor'))).toBe('A\nB');
    expect(fieldText({ ar: { fran: 2021 } }, field('lum', 'ar.fran'))).toBe('2021');
    expect(fieldText({}, field('lum', 'ar.till'))).toBe('');
  });
});
