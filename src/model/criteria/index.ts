/**
 * The built-in years' criteria. Adding a year: put <year>.json beside this file and add it to
 * the list below (a test fails if a JSON file here is not listed or does not validate).
 */
import { Criteria } from '../criteria';
import c2017 from './2017.json';
import c2020 from './2020.json';
import c2025 from './2025.json';

const RAW: readonly unknown[] = [c2017, c2020, c2025];

export const BUILT_IN_CRITERIA: readonly Criteria[] = RAW.map((raw) => Criteria.parse(raw));

export function builtInYears(): number[] {
  return BUILT_IN_CRITERIA.map((c) => c.ar);
}

export function builtInCriteria(year: number): Criteria | undefined {
  return BUILT_IN_CRITERIA.find((c) => c.ar === year);
}
