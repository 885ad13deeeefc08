/**
 * Names a case must take from a known list: a stadsdelsförvaltning that is no Stockholm district
 * (with the district a typo most likely means), and a profile that is not a built-in one. A table
 * of cases, each with the problems expected: their place (path and the registry's words) and text.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { InputError } from '../../src/model/errors';
import { districtNameProblem, suggestDistrict } from '../../src/model/districts';
import { suggestProfileId } from '../../src/model/profiles/index';
import { validateCase } from '../../src/model/validate';

const root = path.join(__dirname, '..', '..');
type Json = Record<string, unknown>;
const seed = (): Json => JSON.parse(readFileSync(path.join(root, 'examples', 'seed-002.json'), 'utf8')) as Json;

/** seed-002 with the first LUM project's fields changed (and top-level fields). */
function caseWith(lum0: Json = {}, top: Json = {}, mul0?: Json): Json {
  const c = seed();
  const lum = c.lum as Json[];
  lum[0] = { ...lum[0], ...lum0 };
  if (mul0) {
    const mul = (c.mul as Json[] | undefined) ?? [];
    c.mul = [{ ...(mul[0] ?? { destination: 'Helsingfors, Finland' }), ...mul0 }, ...mul.slice(1)];
  }
  return { ...c, ...top };
}

function problemsOf(value: Json): { path: string; field: string; what: string }[] {
  try {
    validateCase(value, 'ärende.json');
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => ({ path: (p.path ?? []).map(String).join('.'), field: p.field ?? '', what: p.what }));
  }
}

const first = (seed().lum as Json[])[0].namn as string;

describe('districts in a case', () => {
  const valid: [string, Json][] = [
    ['a district', caseWith({ sdf: 'Farsta' })],
    ['a district in genitive with "stadsdelsförvaltning"', caseWith({ sdf: 'Södermalms stadsdelsförvaltning' })],
    ['a district that no longer exists (the year is sdf-name’s to check)', caseWith({ sdf: 'Rinkeby-Kista' })],
    ['a förvaltning', caseWith({ sdf: 'Socialförvaltningen' })],
    ['a förvaltning and its unit', caseWith({ sdf: 'Socialförvaltningen, socialjouren' })],
  ];
  test.each(valid)('valid: %s', (_name, value) => {
    expect(problemsOf(value)).toEqual([]);
  });

  const invalid: [string, Json, { path: string; field: string; what: RegExp }][] = [
    [
      'a typo (one letter too many)',
      caseWith({ sdf: 'Farstta' }),
      {
        path: 'lum.0.sdf',
        field: `LUM-projekt 1 («${first}»), Stadsdelsförvaltning`,
        what: /^"Farstta" är ingen stadsdelsförvaltning i Stockholm – menade du Farsta\?$/,
      },
    ],
    [
      'without ö',
      caseWith({ sdf: 'Sodermalm' }),
      { path: 'lum.0.sdf', field: /Stadsdelsförvaltning/.source, what: /menade du Södermalm\?$/ },
    ],
    [
      'a municipality that is not a Stockholm district',
      caseWith({ sdf: 'Järfälla' }),
      {
        path: 'lum.0.sdf',
        field: /Stadsdelsförvaltning/.source,
        what: /^"Järfälla" är ingen stadsdelsförvaltning i Stockholm\. Skriv stadsdelens namn/,
      },
    ],
    [
      'a medsökande with a typo',
      caseWith({ medsokande: ['Skarpnack'] }),
      { path: 'lum.0.medsokande.0', field: `LUM-projekt 1 («${first}»), Medsökande 1`, what: /menade du Skarpnäck\?$/ },
    ],
    [
      'a study trip’s district',
      caseWith({}, {}, { sdf: 'Brommma', belopp: 10000 }),
      { path: 'mul.0.sdf', field: 'Studieresa 1 («Helsingfors, Finland»), Stadsdelsförvaltning', what: /menade du Bromma\?$/ },
    ],
  ];
  test.each(invalid)('invalid: %s', (_name, value, want) => {
    const ps = problemsOf(value);
    expect(ps).toHaveLength(1);
    expect(ps[0].path).toBe(want.path);
    expect(ps[0].field).toMatch(want.field);
    expect(ps[0].what).toMatch(want.what);
  });

  test('the error names the file and the field with the registry’s label', () => {
    expect(() => validateCase(caseWith({ sdf: 'Farstta' }), 'ärende.json')).toThrow(
      `LUM-projekt 1 («${first}»), Stadsdelsförvaltning: "Farstta" är ingen stadsdelsförvaltning i Stockholm – menade du Farsta?`,
    );
  });

  test.each([
    ['Farstta', 'Farsta'],
    ['Sodermalm', 'Södermalm'],
    ['Hagersten-Alvsjo', 'Hägersten-Älvsjö'],
    ['Norra inerstaden', 'Norra innerstaden'],
    ['Kista', 'Rinkeby-Kista'],
    ['Fasta stadsdelsförvaltning', 'Farsta'],
  ])('suggestDistrict(%s) is %s', (typo, want) => {
    expect(suggestDistrict(typo)?.namn).toBe(want);
  });
  test.each(['Farsta', 'Järfälla', 'Socialförvaltningen', 'Göteborg'])('suggestDistrict(%s) suggests nothing', (name) => {
    expect(suggestDistrict(name)).toBeUndefined();
  });
  test('a förvaltning is never a problem, a name close to a district always is', () => {
    expect(districtNameProblem('Arbetsmarknadsförvaltningen')).toBeUndefined();
    expect(districtNameProblem('Farsta')).toBeUndefined();
    expect(districtNameProblem('Farstta')).toMatch(/menade du Farsta\?/);
  });
});

describe('the profile in a case', () => {
  test('a built-in profile is valid', () => {
    expect(problemsOf(caseWith({}, { profil: 'stockholm-fou-tu' }))).toEqual([]);
  });
  test('a misspelled profile is an error that suggests the built-in one', () => {
    const ps = problemsOf(caseWith({}, { profil: 'stockholm-fuo-tu' }));
    expect(ps).toEqual([
      {
        path: 'profil',
        field: 'Granskningsprofil',
        what: expect.stringMatching(
          /^det finns ingen inbyggd profil som heter ”stockholm-fuo-tu” – menade du stockholm-fou-tu\? Inbyggda profiler: /,
        ) as string,
      },
    ]);
  });
  test('an unknown profile far from any built-in one lists them', () => {
    const ps = problemsOf(caseWith({}, { profil: 'min-egen' }));
    expect(ps[0].what).toMatch(/som heter ”min-egen”\. Inbyggda profiler: stockholm-fou-tu, stockholm-tu, tjansteskrivelse\.$/);
  });
  test('suggestProfileId', () => {
    expect(suggestProfileId('stockholm-fuo-tu')).toBe('stockholm-fou-tu');
    expect(suggestProfileId('tjansteskrivlse')).toBe('tjansteskrivelse');
    expect(suggestProfileId('stockholm-tu')).toBeUndefined();
  });
});
