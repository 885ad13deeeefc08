import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { BUILT_IN_CRITERIA, builtInYears } from '../../src/model/criteria/index';
import { Criteria } from '../../src/model/criteria';
import { DISTRICTS, districtExistsIn, districtsOn, findDistrict, ownerName } from '../../src/model/districts';
import { InputError } from '../../src/model/errors';
import { caseJsonSchema, criteriaJsonSchema } from '../../src/model/json-schema';
import { parseCaseJson, resolveCriteria, validateCase } from '../../src/model/validate';

const root = path.join(__dirname, '..', '..');
const examples = ['seed-000.json', 'seed-001.json', 'seed-002.json'];
type Json = Record<string, unknown>;
const readJson = (p: string): Json => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as Json;

/** The object at a path of a parsed JSON value. */
function at(value: unknown, keys: (string | number)[]): Json {
  let v = value;
  for (const k of keys) v = (v as Json)[k];
  return v as Json;
}

describe('JSON Schema in the repo', () => {
  test('schema/*.schema.json are what the zod schemas generate (run `npm run schema` after changing them)', () => {
    expect(readJson('schema/case.schema.json')).toEqual(JSON.parse(JSON.stringify(caseJsonSchema())));
    expect(readJson('schema/criteria.schema.json')).toEqual(JSON.parse(JSON.stringify(criteriaJsonSchema())));
  });
  test.each(examples)('examples/%s validates against schema/case.schema.json and zod', (name) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(readJson('schema/case.schema.json'));
    const data = readJson(`examples/${name}`);
    expect(validate.errors ?? validate(data)).toBe(true);
    expect(() => validateCase(data, name)).not.toThrow();
  });
  test('the JSON Schema rejects what zod rejects (a wrong type)', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(readJson('schema/case.schema.json'));
    const data = readJson('examples/seed-002.json');
    at(data, ['lum', 0, 'ar']).fran = 'tjugotjugoett';
    expect(validate(data)).toBe(false);
  });
});

describe('built-in criteria', () => {
  test('every JSON file in src/model/criteria is registered and valid', () => {
    const dir = path.join(root, 'src/model/criteria');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => Number(f.replace('.json', ''))).sort()).toEqual(builtInYears().sort());
    for (const f of files) {
      const raw = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Json;
      expect(Criteria.safeParse(raw).success).toBe(true);
      expect(raw.ar).toBe(Number(f.replace('.json', '')));
    }
  });
  test("the seeds' caps", () => {
    const by = Object.fromEntries(BUILT_IN_CRITERIA.map((c) => [c.ar, c]));
    expect(by[2017].lum).toMatchObject({ maxBelopp: 750000, beloppPer: 'projekt', maxAr: 1 });
    expect(by[2017].perSdf.maxAnsokningarTotalt).toBe(3);
    expect(by[2020].lum).toMatchObject({ maxBelopp: 500000, beloppPer: 'ar', maxAr: 3 });
    expect(by[2025].perSdf).toEqual({ maxLumPerAr: 2, maxMulPerAr: 2 });
    expect(by[2025].kriterier.typ).toBe('huvudkriterier');
    expect(by[2025].utlysning).toEqual({ oppnar: '2024-05-01', stanger: '2024-08-30' });
  });
  test('resolveCriteria: by reference, inline, missing year', () => {
    const c = parseCaseJson(readFileSync(path.join(root, 'examples/seed-002.json'), 'utf8'), 'x');
    expect(resolveCriteria(c)?.ar).toBe(2025);
    const inline = validateCase(
      { ...readJson('examples/seed-002.json'), kriterier: { ...readJson('src/model/criteria/2025.json'), ar: 2026 } },
      'x',
    );
    expect(resolveCriteria(inline)?.ar).toBe(2026);
    const missing = validateCase({ ...readJson('examples/seed-002.json'), kriterier: { ar: 2031 } }, 'ärende.json');
    expect(() => resolveCriteria(missing, 'ärende.json')).toThrow(
      'Kriterieår: det finns inga inbyggda kriterier för 2031. Inbyggda år: 2017, 2020, 2025.',
    );
  });
});

describe('validation messages name the field and say what is wrong in Swedish', () => {
  const base = () => readJson('examples/seed-002.json');
  const messageOf = (data: unknown) => {
    try {
      validateCase(data, 'ärende.json');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as Error).message;
    }
    throw new Error('expected an InputError');
  };
  test('wrong type', () => {
    const d = base();
    at(d, ['lum', 2]).belopp = 'femhundratusen';
    const name = String(at(d, ['lum', 2]).namn);
    expect(messageOf(d)).toBe(
      `ärende.json har ett fel:\n  • LUM-projekt 3 («${name}»), Belopp: ska vara ett belopp i kronor (ett tal), men är text`,
    );
  });
  test('missing field and unknown field together', () => {
    const d = base();
    delete at(d, ['metadata']).dnr;
    at(d, ['metadata']).diarienummer = '1';
    expect(messageOf(d)).toBe(
      'ärende.json har 2 fel:\n  • Diarienummer (dnr): saknas men måste finnas\n  • Uppgifter om ärendet, "diarienummer": är ett okänt fält; kontrollera stavningen',
    );
  });
  test('impossible date, bad enum, years out of order', () => {
    const d = base();
    at(d, ['metadata']).datum = '2024-02-30';
    at(d, ['lum', 0]).status = 'klar';
    at(d, ['lum', 1]).ar = { fran: 2023, till: 2021 };
    const m = messageOf(d);
    expect(m).toContain('Tjänsteutlåtandets datum: är inte ett datum som finns i kalendern');
    expect(m).toContain(`LUM-projekt 1 («${String(at(d, ['lum', 0]).namn)}»), Status: ska vara "slutredovisas" eller "fortgar"`);
    expect(m).toContain(`LUM-projekt 2 («${String(at(d, ['lum', 1]).namn)}»), Till år: slutåret får inte vara före startåret`);
  });
  test('malformed JSON gives line and column', () => {
    expect(() => parseCaseJson('{\n  "a": 1,\n  "b": }', 'ärende.json')).toThrow('ärende.json: är inte giltig JSON på rad 3, tecken 8');
    expect(() => parseCaseJson('  ', 'tom.json')).toThrow('tom.json: filen är tom. Välj en annan fil.');
    expect(() => parseCaseJson('{"a": [1, 2,]}', 'x.json')).toThrow('på rad 1, tecken 13');
    expect(() => parseCaseJson('{"a": "b"} extra', 'x.json')).toThrow('på rad 1, tecken 12');
    expect(() => parseCaseJson('{"a": tru}', 'x.json')).toThrow('på rad 1, tecken 7');
    expect(() => parseCaseJson('['.repeat(100000), 'x.json')).toThrow(/x.json: är inte giltig JSON/);
  });
  test('an inriktning needs its year', () => {
    const d = base();
    delete at(d, ['ar']).inriktning;
    expect(messageOf(d)).toContain('Inriktningsår: saknas: en inriktning måste ange vilket år den gäller');
  });
});

describe('districts by period', () => {
  test('14 from 2007, 11 since the 2023 mergers', () => {
    expect(districtsOn('2010-01-01')).toHaveLength(14);
    expect(districtsOn('2021-01-01')).toHaveLength(13);
    expect(districtsOn('2024-01-01')).toHaveLength(11);
    expect(DISTRICTS).toHaveLength(17);
  });
  test('names, genitives and owners', () => {
    expect(findDistrict('Södermalms stadsdelsförvaltning')?.namn).toBe('Södermalm');
    expect(findDistrict('Norra innerstadens')?.namn).toBe('Norra innerstaden');
    expect(findDistrict('enskede-årsta-vantör')?.namn).toBe('Enskede-Årsta-Vantör');
    expect(findDistrict('Socialförvaltningen')).toBeUndefined();
    expect(ownerName('Skarpnäck')).toBe('Skarpnäcks stadsdelsförvaltning');
    expect(ownerName('Socialförvaltningen')).toBe('Socialförvaltningen');
    expect(districtExistsIn(findDistrict('Järva')!, 2022)).toBe(false);
    expect(districtExistsIn(findDistrict('Järva')!, 2023)).toBe(true);
    expect(districtExistsIn(findDistrict('Rinkeby-Kista')!, 2023)).toBe(true);
    expect(districtExistsIn(findDistrict('Rinkeby-Kista')!, 2024)).toBe(false);
  });
});

describe('criteria written in the case are told apart from a reference by their shape', () => {
  const full = () => {
    const k = readJson('examples/kriterier-2026.json');
    delete k.$schema;
    return k;
  };
  const withCriteria = (k: unknown) => ({ ...readJson('examples/utan-inbyggda-kriterier.json'), kriterier: k });
  const problems = (value: unknown) => {
    try {
      validateCase(value, 'ärende.json');
    } catch (e) {
      if (e instanceof InputError) return e.problems;
      throw e;
    }
    return [];
  };

  test('full criteria validate', () => {
    expect(problems(withCriteria(full()))).toEqual([]);
  });
  test('one wrong amount is one problem at its place, not every field as unknown', () => {
    const k = full();
    (k.lum as Json).maxBelopp = '500 000';
    const ps = problems(withCriteria(k));
    expect(ps).toHaveLength(1);
    expect(ps[0].path).toEqual(['kriterier', 'lum', 'maxBelopp']);
    // Named as the criteria sheet names the row, not by its key.
    expect(ps[0].field).toBe('Kriterier, LUM högsta belopp');
    expect(ps[0].what).toMatch(/ska vara ett belopp i kronor/);
    expect(ps.map((p) => p.what).join('\n')).not.toMatch(/okänt fält/);
  });
  test('a date that is not in the calendar is one problem at its place', () => {
    const k = full();
    (k.utlysning as Json).oppnar = '2026-02-30';
    const ps = problems(withCriteria(k));
    expect(ps).toHaveLength(1);
    expect(ps[0].path).toEqual(['kriterier', 'utlysning', 'oppnar']);
    expect(ps[0].field).toBe('Kriterier, Utlysningen öppnar');
    expect(ps[0].what).toMatch(/kalendern/);
  });
  test('a reference with a wrong year or an unknown key is still a reference', () => {
    expect(problems(withCriteria({ ar: 'tjugo' }))[0].path).toEqual(['kriterier', 'ar']);
    expect(problems(withCriteria({ ar: 2025, arr: 1 })).map((p) => p.path)).toEqual([['kriterier', 'arr']]);
  });
  test('a criteria file validated as a case says it is a criteria file', () => {
    expect(() => validateCase(readJson('examples/kriterier-2026.json'), 'kriterier-2026.json')).toThrow(
      /det här är en kriteriefil.*--kriterier/,
    );
  });
});
