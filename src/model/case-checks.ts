/**
 * Checks of a case beyond its schema: names that must be one of a known list. A district misspelled
 * in a case ("Farstta") would otherwise be written into the draft as it is and make the checker
 * compare the document with a name that is no district; a misspelled profile would be ignored.
 */
import type { Case } from './case';
import { districtNameProblem } from './districts';
import { problem, type Problem } from './errors';
import { describePath } from './fields';
import { unknownProfileText } from './profiles/index';

/** Every stadsdelsförvaltning field that is not a Stockholm district (or a förvaltning), and an unknown profile. */
export function caseNameProblems(c: Case, data: unknown = c): Problem[] {
  const out: Problem[] = [];
  const at = (path: (string | number)[], what: string) => out.push(problem({ path, field: describePath(path, data), what }));
  const district = (path: (string | number)[], name: string) => {
    const what = districtNameProblem(name);
    if (what) at(path, what);
  };
  c.lum.forEach((p, i) => {
    district(['lum', i, 'sdf'], p.sdf);
    p.medsokande.forEach((m, k) => district(['lum', i, 'medsokande', k], m));
  });
  c.mul.forEach((t, i) => district(['mul', i, 'sdf'], t.sdf));
  if (c.profil !== undefined) {
    const what = unknownProfileText(c.profil);
    if (what) at(['profil'], what);
  }
  return out;
}
