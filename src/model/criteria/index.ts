/**
 * The built-in years' criteria. Adding a year: put <year>.json beside this file and add it to
 * the list below. The files are our own data and are used as they are, without validation at run
 * time (a `tu check` validates nothing it does not have to): test/model/case.test.ts fails if a
 * file here is not listed, does not pass the Criteria schema, or differs from what the schema
 * makes of it (every default written out, the fields in the schema's order).
 */
import type { Case } from '../case';
import type { Criteria } from '../criteria';
import { InputError, problem } from '../errors';
import c2017 from './2017.json';
import c2020 from './2020.json';
import c2025 from './2025.json';

export const BUILT_IN_CRITERIA: readonly Criteria[] = [c2017, c2020, c2025] as unknown as Criteria[];

export function builtInYears(): number[] {
  return BUILT_IN_CRITERIA.map((c) => c.ar);
}

export function builtInCriteria(year: number): Criteria | undefined {
  return BUILT_IN_CRITERIA.find((c) => c.ar === year);
}

/** The criteria a case uses: inline, a built-in year by reference, or the built-in year of its inriktning. */
export function resolveCriteria(c: Case, source = 'Ärendet'): Criteria | undefined {
  const k = c.kriterier;
  if (k && 'kriterier' in k) return k;
  const year = k ? k.ar : c.ar.inriktning;
  if (year === undefined) return undefined;
  const found = builtInCriteria(year);
  if (!found && k) {
    throw new InputError(source, [
      problem({
        path: ['kriterier', 'ar'],
        what: `det finns inga inbyggda kriterier för ${year}. Inbyggda år: ${builtInYears().join(', ')}. Ange kriterierna i ärendet i stället.`,
      }),
    ]);
  }
  return found;
}
