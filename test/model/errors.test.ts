import { readFileSync } from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { Case } from '../../src/model/case';
import { InputError, formatProblems, problem, whereText, zodProblems, type Problem } from '../../src/model/errors';
import { validateCase, validateCriteria } from '../../src/model/validate';

type Json = Record<string, unknown>;
const seed = (): Json => JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', 'seed-002.json'), 'utf8')) as Json;

/** The object or list at a path of a parsed JSON value. */
function at(value: unknown, keys: (string | number)[]): Json {
  let v = value;
  for (const k of keys) v = (v as Json)[k];
  return v as Json;
}

function problemsOf(value: unknown): Problem[] {
  try {
    validateCase(value, 'ärende.json');
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected the case to be invalid');
}

describe('locations are data', () => {
  test('a wrong value in a LUM project: the path as data, the place in words, the item named', () => {
    const c = seed();
    at(c, ['lum', 1]).belopp = 'mycket';
    const [p] = problemsOf(c);
    expect(p.path).toEqual(['lum', 1, 'belopp']);
    expect(whereText(p)).toBe(`LUM-projekt 2 («${String(at(c, ['lum', 1]).namn)}»), Belopp`);
    expect(p.what).toBe('ska vara ett belopp i kronor (ett tal), men är text');
  });

  test('whereText: file, sheet, row and column from the fields; the field only when no cell is known', () => {
    expect(whereText(problem({ file: 'a.xlsx', sheet: 'Projekt', row: 5, column: 'Belopp', path: ['lum', 0, 'belopp'], what: 'x' }))).toBe(
      'a.xlsx, blad Projekt, rad 5, kolumn Belopp',
    );
    expect(whereText(problem({ path: ['metadata', 'sammantradesdatum'], what: 'x' }))).toBe('Sammanträdesdatum');
    expect(whereText(problem({ file: 'a.csv', row: 3, what: 'x' }), 'a.csv')).toBe('rad 3');
    expect(whereText({ where: 'rad 7, kolumn Typ', what: 'x' })).toBe('rad 7, kolumn Typ');
    expect(problem({ sheet: 'Ärende', row: 2, what: 'x' }).where).toBe('blad Ärende, rad 2');
  });

  test('messages never show internal paths or repository file names', () => {
    const c = seed();
    delete at(c, ['metadata']).dnr;
    at(c, ['metadata']).diarienummer = '1';
    at(c, ['lum', 0]).budget = 5;
    at(c, ['ar']).redovisning = 'i fjol';
    const message = formatProblems('ärende.json', problemsOf(c));
    expect(message).toBe(
      [
        'ärende.json har 4 fel:',
        '  • Diarienummer (dnr): saknas men måste finnas',
        '  • Uppgifter om ärendet, "diarienummer": är ett okänt fält; kontrollera stavningen',
        '  • Redovisningsår: ska vara ett årtal, till exempel 2025, men är text',
        `  • LUM-projekt 1 («${String(at(c, ['lum', 0]).namn)}»), "budget": är ett okänt fält; kontrollera stavningen`,
      ].join('\n'),
    );
    expect(message).not.toMatch(/metadata\.|lum\[|\.json:|schema\//);
  });
});

describe('truthful messages about numbers', () => {
  test.each([
    ['1e400 (read as Infinity)', JSON.parse('1e400') as number, 'ska vara ett belopp i kronor (ett tal), men talet är för stort'],
    ['-1e400', JSON.parse('-1e400') as number, 'ska vara ett belopp i kronor (ett tal), men talet är för stort negativt'],
    ['a whole number past 2^53', 1e20, 'ska vara ett helt antal kronor, men talet är för stort'],
    ['a fraction', 1.5, 'ska vara ett helt antal kronor, men är 1,5'],
  ])('%s', (_name, value, want) => {
    const c = seed();
    at(c, ['lum', 0]).belopp = value;
    const what = problemsOf(c).map((p) => p.what);
    expect(what).toEqual([want]);
    expect(what[0]).not.toMatch(/ska vara ett tal, men är ett tal/);
  });
});

describe('our Swedish messages, chosen by issue code (never zod’s English)', () => {
  const S = z
    .object({
      text: z.string().min(3),
      list: z.array(z.string()).min(1).max(2),
      mail: z.email(),
      choice: z.enum(['a', 'b']),
      n: z.number().gt(0).lte(10),
      flag: z.boolean(),
    })
    .strict();
  test('each code gets a Swedish sentence', () => {
    const v = { text: 'x', list: [], mail: 'nej', choice: 'c', n: 11, flag: 'ja', extra: 1 };
    const r = S.safeParse(v, { reportInput: true });
    expect(r.success).toBe(false);
    const ps = zodProblems(r.error!, [], v, { inCase: false });
    expect(ps.map((p) => `${p.where}: ${p.what}`)).toEqual([
      'text: ska ha minst 3 tecken',
      'list: får inte vara tom',
      'mail: ska vara en e-postadress',
      'choice: ska vara "a" eller "b"',
      'n: får vara högst 10',
      'flag: ska vara true eller false, men är text',
      'extra: är ett okänt fält; kontrollera stavningen',
    ]);
    for (const p of ps) {
      expect(p.what).not.toMatch(/Invalid|expected|received|Too (big|small)|Unrecognized/);
      expect(p.path).toBeUndefined();
    }
  });

  test('a schema’s own message wins over the Swedish default', () => {
    const r = Case.safeParse({ ...seed(), dokumenttyp: 'annat' }, { reportInput: true });
    expect(zodProblems(r.error!).map((p) => p.what)).toEqual(['ska vara "inriktning-redovisning" eller "arsrapport"']);
  });

  test('a union that fits none of its forms says what the field takes', () => {
    const [p] = problemsOf({ ...seed(), kriterier: { foo: 1 } });
    expect(whereText(p)).toBe('Kriterier');
    expect(p.what).toBe('har fel form. Årets kriterier: {"ar": 2025} för ett inbyggt år, eller hela kriterierna');
  });

  test('problems in criteria given on their own are not placed in a case', () => {
    let message = '';
    try {
      validateCriteria({ ar: 'x' }, 'kriterier.json');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^kriterier\.json har \d+ fel:\n {2}• ar: ska vara ett årtal, till exempel 2025, men är text/);
  });
});
