/** Validating a case: JSON text or a parsed value → a Case, or InputError in plain Swedish. */
import { Case, type CaseInput } from './case';
import { Criteria } from './criteria';
import { criteriaPlace } from './fields';
import { InputError, problem, zodProblems, type Problem } from './errors';
export { resolveCriteria } from './criteria/index';
import { caseNameProblems } from './case-checks';
import { validateCaseQuick } from './case-quick';
import { parseJsonText } from './json-text';

/** For the task pane, which loads the model as one chunk. */
export { parseJsonText } from './json-text';

/**
 * Validates a parsed value as a Case. Throws InputError listing every problem. A case that
 * quickCase is certain of is read without the schema (case-quick.ts): the same result.
 */
export function validateCase(value: unknown, source: string): Case {
  const quick = validateCaseQuick(value);
  if (quick) return quick;
  if (looksLikeCriteria(value)) throw criteriaGivenAsCase(source);
  const r = Case.safeParse(value, { reportInput: true });
  if (!r.success) throw new InputError(source, zodProblems(r.error, [], value).map(namedInCriteria));
  const names = caseNameProblems(r.data, value);
  if (names.length) throw new InputError(source, names);
  return r.data;
}

/**
 * A year's criteria where a case was expected: no document type or metadata, and the criteria's
 * own shape (valid criteria, or "lum" as the criteria's object where a case has a list).
 */
function looksLikeCriteria(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  if ('dokumenttyp' in o || 'metadata' in o) return false;
  const lumIsCriteria = typeof o.lum === 'object' && o.lum !== null && !Array.isArray(o.lum);
  return lumIsCriteria || Criteria.safeParse(value).success;
}

/** The error for a criteria file given where the case should be (tu draft kriterier.json). */
export function criteriaGivenAsCase(source: string): InputError {
  return new InputError(
    source,
    'det här är en kriteriefil (årets kriterier), inte ett ärende. Ange ärendet som fil och kriterierna med --kriterier: tu draft ärende.json --kriterier ' +
      `${source}. I Excel-mallen står kriterierna på bladet Kriterier.`,
  );
}

/**
 * A problem inside criteria written in the case, named as the criteria sheet names the field
 * ("Kriterier, LUM högsta belopp") rather than by its key: the field registry has only the case's own fields.
 */
function namedInCriteria(p: Problem): Problem {
  const field = p.path ? criteriaPlace(p.path) : undefined;
  return field && p.path ? problem({ what: p.what, path: p.path, field }) : p;
}

/** Validates criteria (a built-in year's file or criteria given inline). */
export function validateCriteria(value: unknown, source: string): Criteria {
  const r = Criteria.safeParse(value, { reportInput: true });
  if (!r.success) throw new InputError(source, zodProblems(r.error, [], value, { inCase: false }));
  return r.data;
}

/** JSON text → Case. */
export function parseCaseJson(text: string, source: string): Case {
  return validateCase(parseJsonText(text, source), source);
}

export type { CaseInput };
