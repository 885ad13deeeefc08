/**
 * The built-in criteria and profiles are our own data and are used at run time as their files have
 * them, without validation (src/model/criteria/index.ts, src/model/profiles/index.ts). So each file
 * must be exactly what its schema makes of it: valid, every default written out, the fields in the
 * schema's order (JSON text compared, not only values).
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { Criteria } from '../../src/model/criteria';
import { BUILT_IN_CRITERIA, builtInYears } from '../../src/model/criteria/index';
import { BUILT_IN_PROFILE_DATA, builtInProfileIds } from '../../src/model/profiles/index';
import { profileSchemas } from '../../src/model/profiles/schema';

const root = path.join(__dirname, '..', '..');
const jsonFiles = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f, raw: JSON.parse(readFileSync(path.join(root, dir, f), 'utf8')) as unknown }));

describe('built-in data is what its schema makes of it', () => {
  test.each(jsonFiles('src/model/criteria'))('criteria $name', ({ name, raw }) => {
    const r = Criteria.safeParse(raw);
    expect(r.success && JSON.stringify(r.data, null, 2)).toBe(JSON.stringify(raw, null, 2));
    // The year the checker looks up is this file, as it is.
    expect(builtInYears()).toContain(Number(name.replace('.json', '')));
    expect(BUILT_IN_CRITERIA.find((c) => c.ar === Number(name.replace('.json', '')))).toEqual(raw);
  });

  test.each(jsonFiles('src/model/profiles'))('profile $name', ({ name, raw }) => {
    const r = profileSchemas().Profile.safeParse(raw);
    expect(r.success && JSON.stringify(r.data, null, 2)).toBe(JSON.stringify(raw, null, 2));
    expect(builtInProfileIds()).toContain(name.replace('.json', ''));
    expect(BUILT_IN_PROFILE_DATA.find((p) => `${p.id}.json` === name)).toEqual(raw);
  });

  test('every file is listed, and nothing else', () => {
    expect(builtInYears().sort()).toEqual(
      jsonFiles('src/model/criteria')
        .map((f) => Number(f.name.replace('.json', '')))
        .sort(),
    );
    expect([...builtInProfileIds()].sort()).toEqual(
      jsonFiles('src/model/profiles')
        .map((f) => f.name.replace('.json', ''))
        .sort(),
    );
  });
});
