import * as fs from 'fs';
import * as path from 'path';
import {
  asRawCase,
  describeProblem,
  fieldError,
  fieldText,
  fieldValue,
  METADATA_FIELDS,
  BEREDNING_FIELDS,
  YEAR_FIELDS,
  problemsUnder,
  unplacedProblems,
  validateRaw,
} from '../../src/taskpane/state/caseEdit';
import {
  addSignatory,
  docxFileName,
  emptyCase,
  getAt,
  mergeImported,
  removeSignatory,
  setAt,
  signatories,
  type RawCase,
} from '../../src/taskpane/state/raw';
import { InputError } from '../../src/model/errors';

const seed = (): RawCase => JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/seed-002.json'), 'utf8')) as RawCase;

describe('setAt / getAt', () => {
  test('copies along the path and shares the rest', () => {
    const a = { x: { y: 1, z: [1, 2] }, w: { k: 1 } };
    const b = setAt(a, ['x', 'y'], 2);
    expect(b.x.y).toBe(2);
    expect(a.x.y).toBe(1);
    expect(b.w).toBe(a.w);
    expect(b.x.z).toBe(a.x.z);
  });
  test('creates missing objects and arrays, removes keys and array items with undefined', () => {
    expect(setAt({}, ['a', 'b'], 1)).toEqual({ a: { b: 1 } });
    expect(setAt({}, ['a', 0], 'x')).toEqual({ a: ['x'] });
    expect(setAt({ a: [] }, ['a', 0, 'n'], 'x')).toEqual({ a: [{ n: 'x' }] });
    expect(setAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(setAt({ a: [1, 2, 3] }, ['a', 1], undefined)).toEqual({ a: [1, 3] });
    expect(getAt({ a: [{ b: 5 }] }, ['a', 0, 'b'])).toBe(5);
    expect(getAt({ a: 1 }, ['a', 'b', 'c'])).toBeUndefined();
  });
});

describe('validation per field', () => {
  test('the example case is valid', () => {
    const v = validateRaw(seed());
    expect(v.ok).toBe(true);
  });

  test('an emptied dnr gives a Swedish message next to the dnr field, and nowhere else', () => {
    const raw = setAt(seed(), ['metadata', 'dnr'], '');
    const v = validateRaw(raw);
    expect(v.ok).toBe(false);
    expect(fieldError(v.problems, ['metadata', 'dnr'])).toBe('Får inte vara tomt.');
    expect(fieldError(v.problems, ['metadata', 'namnd'])).toBeUndefined();
    const shown = [...METADATA_FIELDS, ...BEREDNING_FIELDS, ...YEAR_FIELDS].map((f) => f.path);
    expect(unplacedProblems(v.problems, shown)).toEqual([]);
  });

  test('a bad date shows one message, not the two the schema gives', () => {
    const raw = setAt(seed(), ['metadata', 'datum'], '2024-02-30');
    const v = validateRaw(raw);
    expect(fieldError(v.problems, ['metadata', 'datum'])).toBe('Är inte ett datum som finns i kalendern.');
    const empty = validateRaw(setAt(seed(), ['metadata', 'datum'], ''));
    expect(empty.problems.filter((p) => p.where === 'metadata.datum').length).toBeGreaterThan(1);
    expect(fieldError(empty.problems, ['metadata', 'datum'])).toBe('Ska vara ett datum i formen ÅÅÅÅ-MM-DD.');
  });

  test('problems inside a project are found under its path; unknown fields are unplaced', () => {
    let raw = setAt(seed(), ['lum', 2, 'belopp'], 'mycket');
    raw = setAt(raw, ['metadata', 'okant'], 1);
    const v = validateRaw(raw);
    expect(problemsUnder(v.problems, ['lum', 2]).map((p) => p.where)).toEqual(['lum[2].belopp']);
    expect(problemsUnder(v.problems, ['lum', 1])).toEqual([]);
    const un = unplacedProblems(v.problems, [['lum'], ...METADATA_FIELDS.map((f) => f.path)]);
    expect(un.map((p) => p.where)).toEqual(['metadata.okant']);
    expect(un[0].what).toMatch(/okänt fält/);
  });
});

describe('fields', () => {
  test('optional fields are removed when emptied; years become numbers', () => {
    const fg = BEREDNING_FIELDS.find((f) => f.path[2] === 'forvaltningsgrupp')!;
    expect(fieldValue(fg, '  ')).toBeUndefined();
    expect(fieldValue(fg, '2024-04-17')).toBe('2024-04-17');
    const inr = YEAR_FIELDS.find((f) => f.path[1] === 'inriktning')!;
    expect(fieldValue(inr, '2026')).toBe(2026);
    expect(fieldValue(inr, '20x6')).toBe('20x6');
    expect(fieldText(seed(), inr)).toBe('2025');
    const raw = setAt(seed(), fg.path, fieldValue(fg, ''));
    expect(getAt(raw, ['metadata', 'beredning'])).not.toHaveProperty('forvaltningsgrupp');
    expect(validateRaw(raw).ok).toBe(true);
  });

  test('a year typed as text is reported at the year field', () => {
    const red = YEAR_FIELDS.find((f) => f.path[1] === 'redovisning')!;
    const v = validateRaw(setAt(seed(), red.path, fieldValue(red, 'tjugo')));
    expect(fieldError(v.problems, red.path)).toMatch(/årtal/);
  });

  test('signatories can be added and removed', () => {
    const raw = seed();
    expect(signatories(raw)).toHaveLength(2);
    const added = addSignatory(raw);
    expect(signatories(added)).toHaveLength(3);
    const v = validateRaw(added);
    expect(fieldError(v.problems, ['metadata', 'underskrifter', 2, 'namn'])).toBe('Får inte vara tomt.');
    const removed = removeSignatory(raw, 0);
    expect(signatories(removed).map((s) => s.namn)).toEqual(['Lina Blombergsson']);
    const none = removeSignatory(removed, 0);
    expect(fieldError(validateRaw(none).problems, ['metadata', 'underskrifter'])).toMatch(/minst en person/);
  });
});

test('a new empty case says what to fill in, and is valid once filled', () => {
  const raw = emptyCase('inriktning-redovisning', new Date('2026-11-22T12:00:00Z'));
  expect(getAt(raw, ['ar'])).toEqual({ inriktning: 2027, redovisning: 2025 });
  const v = validateRaw(raw);
  expect(v.ok).toBe(false);
  const wheres = v.problems.map((p) => p.where);
  for (const w of [
    'metadata.avdelning',
    'metadata.dnr',
    'metadata.datum',
    'metadata.handlaggare.namn',
    'metadata.underskrifter[0].namn',
    'metadata.beredning.beretts',
  ])
    expect(wheres).toContain(w);
  let filled = raw;
  for (const [p, val] of [
    [['metadata', 'avdelning'], 'Avdelningen för stadsövergripande sociala frågor'],
    [['metadata', 'sammantradesdatum'], '2026-12-15'],
    [['metadata', 'datum'], '2026-11-30'],
    [['metadata', 'dnr'], '3.2.1-1/2026'],
    [['metadata', 'handlaggare', 'namn'], 'Anna Andersson'],
    [['metadata', 'handlaggare', 'telefon'], '08-508 000 00'],
    [['metadata', 'underskrifter', 0, 'namn'], 'Bo Berg'],
    [['metadata', 'beredning', 'beretts'], 'inom avdelningen'],
  ] as const)
    filled = setAt(filled, p, val);
  expect(validateRaw(filled)).toMatchObject({ ok: true });
  expect(getAt(emptyCase('arsrapport', new Date('2026-11-22')), ['ar'])).toEqual({ redovisning: 2025 });
});

test('imported projects replace the projects of the current case and keep its metadata', () => {
  const current = seed();
  const imported = { ...emptyCase('arsrapport'), lum: [{ namn: 'X' }], mul: [], fum: [{ namn: 'Y' }] };
  const merged = mergeImported(current, imported);
  expect(merged.metadata).toBe(current.metadata);
  expect(merged.lum).toEqual([{ namn: 'X' }]);
  expect(merged.fum).toEqual([{ namn: 'Y' }]);
  expect(mergeImported(null, imported)).toBe(imported);
});

test('asRawCase refuses what is not an object, in Swedish', () => {
  expect(() => asRawCase([1, 2], 'lista.json')).toThrow(InputError);
  expect(() => asRawCase(null, 'tom.json')).toThrow('tom.json: innehåller inte ett ärende');
  expect(asRawCase({ a: 1 }, 'x.json')).toEqual({ a: 1 });
});

test('the download file name comes from the dnr, without characters Windows forbids', () => {
  expect(docxFileName(seed())).toBe('Tjänsteutlåtande 3.2.1-0000-2024.docx');
  expect(docxFileName(setAt(seed(), ['metadata', 'dnr'], ' a:b*c?"d<e>|f\\g '))).toBe('Tjänsteutlåtande a-b-c-d-e-f-g.docx');
  expect(docxFileName(setAt(seed(), ['metadata', 'dnr'], ''))).toBe('Tjänsteutlåtande.docx');
});

describe("problems in the form's own words", () => {
  test('fields by their label, projects by name, never a path or a repository file', () => {
    let raw = setAt(seed(), ['metadata', 'dnr'], '');
    raw = setAt(raw, ['lum', 0, 'belopp'], 'mycket');
    raw = setAt(raw, ['metadata', 'underskrifter', 1, 'namn'], '');
    const v = validateRaw(raw);
    expect(v.ok).toBe(false);
    const texts = v.problems.map((p) => describeProblem(p, raw));
    const name = (raw.lum as { namn: string }[])[0].namn;
    expect(texts).toContain('Diarienummer (dnr): får inte vara tomt');
    expect(texts.some((t) => t.startsWith(`LUM-projekt 1 («${name}»), Belopp: `))).toBe(true);
    expect(texts.some((t) => t.startsWith('Underskrift 2, Namn: '))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/metadata\.|lum\[|\.json/);
  });
});

describe('criteria written in full in the case', () => {
  test('a problem inside them is named as the criteria sheet names the field, not by its key', () => {
    const criteria = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/model/criteria/2025.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const lum = criteria.lum as Record<string, unknown>;
    const raw = setAt(seed(), ['kriterier'], { ...criteria, lum: { ...lum, maxBelopp: 'mycket' } });
    const v = validateRaw(raw);
    expect(v.ok).toBe(false);
    const shown = v.problems.map((p) => describeProblem(p, raw));
    expect(shown).toEqual([expect.stringMatching(/^Kriterier, LUM högsta belopp: /)]);
    expect(shown.join('\n')).not.toMatch(/maxBelopp|"lum/);
  });
});
