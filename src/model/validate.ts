/** Validating a case: JSON text or a parsed value → a Case, or InputError in plain Swedish. */
import { Case, type CaseInput } from './case';
import { Criteria } from './criteria';
import { builtInCriteria, builtInYears } from './criteria/index';
import { InputError, zodProblems } from './errors';

/** Parses JSON text, with the line and column of a syntax error. */
export function parseJsonText(text: string, source: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new InputError(source, 'filen är tom');
  try {
    return JSON.parse(clean);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const before = clean.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` på rad ${line}, tecken ${col}`;
    }
    throw new InputError(source, `är inte giltig JSON${where}. Kontrollera kommatecken, citattecken och klamrar.`);
  }
}

/** Validates a parsed value as a Case. Throws InputError listing every problem. */
export function validateCase(value: unknown, source: string): Case {
  const r = Case.safeParse(value);
  if (!r.success) throw new InputError(source, zodProblems(r.error));
  return r.data;
}

/** Validates criteria (a built-in year's file or criteria given inline). */
export function validateCriteria(value: unknown, source: string): Criteria {
  const r = Criteria.safeParse(value);
  if (!r.success) throw new InputError(source, zodProblems(r.error));
  return r.data;
}

/** JSON text → Case. */
export function parseCaseJson(text: string, source: string): Case {
  return validateCase(parseJsonText(text, source), source);
}

/** The criteria a case uses: inline, a built-in year by reference, or the built-in year of its inriktning. */
export function resolveCriteria(c: Case, source = 'Ärendet'): Criteria | undefined {
  const k = c.kriterier;
  if (k && 'kriterier' in k) return k as Criteria;
  const year = k ? k.ar : c.ar.inriktning;
  if (year === undefined) return undefined;
  const found = builtInCriteria(year);
  if (!found && k) {
    throw new InputError(source, [{ where: 'kriterier.ar', what: `det finns inga inbyggda kriterier för ${year}. Inbyggda år: ${builtInYears().join(', ')}. Ange kriterierna i ärendet i stället.` }]);
  }
  return found;
}

export type { CaseInput };
