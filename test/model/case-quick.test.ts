/**
 * quickCase (src/model/case-quick.ts) reads a case without building the zod schema. It must give
 * exactly what the schema gives — the same fields in the same order, defaults, trimmed text — and
 * must take every case the schema takes (criteria written in full aside, which go to the schema),
 * so that a field added to the schema and not to quickCase fails here. Compared on the example
 * cases and on thousands of copies of them with random damage (fast-check).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { Case } from '../../src/model/case';
import { quickCase, validateCaseQuick } from '../../src/model/case-quick';
import { InputError } from '../../src/model/errors';
import { validateCase } from '../../src/model/validate';

const root = path.join(__dirname, '..', '..');
const EXAMPLES = ['seed-000.json', 'seed-001.json', 'seed-002.json', 'pagaende-studie.json', 'utan-inbyggda-kriterier.json'];
const examples = EXAMPLES.map((f) => JSON.parse(readFileSync(path.join(root, 'examples', f), 'utf8')) as Record<string, unknown>);
const fullCriteria = JSON.parse(readFileSync(path.join(root, 'src', 'model', 'criteria', '2025.json'), 'utf8')) as unknown;

/** The schema's answer, and whether quickCase must give one (criteria written in full go to the schema). */
function compare(value: unknown): 'quick' | 'schema-only' | 'invalid' {
  const quick = quickCase(value);
  const r = Case.safeParse(value);
  if (quick !== undefined) {
    expect(r.success).toBe(true);
    // JSON text: the same fields in the same order, not only equal values.
    expect(JSON.stringify(quick)).toBe(JSON.stringify(r.data));
    expect(quick).toEqual(r.data);
    return 'quick';
  }
  if (!r.success) return 'invalid';
  const k = (value as { kriterier?: unknown }).kriterier;
  const full = typeof k === 'object' && k !== null && Object.keys(k).some((x) => x !== 'ar');
  // The schema took it: quickCase may leave it to the schema only for criteria written in full.
  expect({ full, value }).toEqual({ full: true, value });
  return 'schema-only';
}

/** Values that are right somewhere in a case and wrong elsewhere. */
const VALUES: unknown[] = [
  '',
  '   ',
  '  Farsta ',
  'Farsta',
  'x',
  'sist',
  'efter-forslag',
  'slutredovisas',
  'fortgar',
  'avslutad',
  'pagar',
  'arsrapport',
  'inriktning-redovisning',
  'stockholm-fou-tu',
  'Stockholm FoU',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-1-01',
  0,
  -0,
  -1,
  1,
  0.5,
  1999,
  2000,
  2023,
  2025,
  2100,
  2101,
  750000,
  1e21,
  true,
  false,
  null,
  [],
  ['Norrmalm'],
  [''],
  {},
  { ar: 2025 },
  { ar: 2024 },
  { ar: '2025' },
  { ar: 2025, x: 1 },
  fullCriteria,
  { namn: 'A', titel: 'B' },
  { fran: 2021, till: 2023 },
  { fran: 2023, till: 2021 },
];

type Path = (string | number)[];

/** Every path into a JSON value (objects' keys, lists' positions). */
function pathsOf(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

type Edit = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function edited(base: unknown, p: Path, e: Edit): unknown {
  const copy = structuredClone(base);
  if (p.length === 0) return e.kind === 'set' ? e.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = p[p.length - 1];
  if (e.kind === 'set') parent[last] = structuredClone(e.value);
  else if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      (target as Record<string, unknown>)[e.key] = structuredClone(e.value);
  }
  return copy;
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.constantFrom(...VALUES) }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.constantFrom('extra', 'profil', 'titel', 'kriterier', 'summor', 'belopp', 'epost', 'id', 'status', 'version', '$schema'),
    value: fc.constantFrom(...VALUES),
  }),
);

describe('quickCase gives what the schema gives', () => {
  test('the example cases: read without the schema, the same case', () => {
    const kinds = examples.map(compare);
    // utan-inbyggda-kriterier.json has no criteria at all; none of the examples writes them in full.
    expect(kinds).toEqual(EXAMPLES.map(() => 'quick'));
  });

  test('every key of every example, deleted, changed or given an extra field', () => {
    const seen = { quick: 0, 'schema-only': 0, invalid: 0 };
    let n = 0;
    for (const base of examples) {
      for (const p of pathsOf(base)) {
        seen[compare(edited(base, p, { kind: 'delete' }))]++;
        seen[compare(edited(base, p, { kind: 'add', key: 'extra', value: 1 }))]++;
        // Four of the values at each place, in turn, so that every value is tried at many places.
        for (let i = 0; i < 4; i++) seen[compare(edited(base, p, { kind: 'set', value: VALUES[n++ % VALUES.length] }))]++;
      }
    }
    // Both answers are exercised many times (not a check that cannot fail either way).
    expect(seen.quick).toBeGreaterThan(500);
    expect(seen.invalid).toBeGreaterThan(500);
  });

  test('random damage, several edits at once (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: examples.length - 1 }),
        fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          let v: unknown = examples[which];
          for (const [n, e] of edits) {
            const ps = pathsOf(v);
            v = edited(v, ps[n % ps.length], e);
          }
          compare(v);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('text that must not be empty is trimmed, as the schema trims it', () => {
    const v = edited(examples[2], ['metadata', 'dnr'], { kind: 'set', value: '  3.2.1-1/2024 ' });
    expect(quickCase(v)?.metadata.dnr).toBe('3.2.1-1/2024');
    expect(compare(v)).toBe('quick');
  });

  test('what only a JSON value can be: a list or an object that is not plain goes to the schema', () => {
    class Odd {
      constructor(readonly ar = 2025) {}
    }
    expect(quickCase({ ...examples[2], kriterier: new Odd() })).toBeUndefined();
    expect(quickCase({ ...examples[2], titel: undefined })).toBeUndefined();
    expect(quickCase(null)).toBeUndefined();
    expect(quickCase([])).toBeUndefined();
  });
});

describe('validateCaseQuick', () => {
  test('a case with a misspelt district or an unknown profile is left to validateCase, which says what is wrong', () => {
    const farstta = edited(examples[2], ['lum', 0, 'sdf'], { kind: 'set', value: 'Farstta' });
    expect(quickCase(farstta)).toBeDefined();
    expect(validateCaseQuick(farstta)).toBeUndefined();
    expect(() => validateCase(farstta, 'a.json')).toThrow(InputError);
    const profil = { ...examples[2], profil: 'stockholm-fuo-tu' };
    expect(validateCaseQuick(profil)).toBeUndefined();
    expect(() => validateCase(profil, 'a.json')).toThrow(/menade du stockholm-fou-tu/);
  });

  test('a right case: the same as validateCase', () => {
    for (const v of examples) expect(validateCaseQuick(v)).toEqual(validateCase(v, 'a.json'));
  });
});
