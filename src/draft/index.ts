/** Case → DraftDocument, for each document kind. */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { builtInYears } from '../model/criteria/index';
import { resolveCriteria } from '../model/validate';
import { draftArsrapport } from './arsrapport';
import { dateWarnings } from './dates';
import type { DraftOptions } from './common';
import { draftInriktning } from './inriktning';
import { caseStyle } from './style';
import type { DraftDocument } from './types';

export * from './types';
export type { DraftOptions } from './common';
export { draftOmissions, omissionLines, type Omission } from './omissions';
export { STOCKHOLM_FOU_STYLE, WORDING, WORDING_IDS, type DraftStyle, type WordingId } from './wording';
export { caseStyle, styleFromProfile } from './style';

/**
 * Drafts a complete tjänsteutlåtande from a validated case. Criteria come from the case (inline or
 * a built-in year). Without criteria for the inriktning year the inriktning is a placeholder and
 * the draft carries a warning (doc.warnings) — never another year's themes. Callers that must
 * refuse such a draft ask missingCriteriaMessage() first.
 */
export function draftCase(c: Case, criteria?: Criteria | null, options: DraftOptions = {}): DraftDocument {
  // undefined: the case's own or built-in criteria; null: draft without criteria (placeholder inriktning).
  let cr = criteria === undefined ? resolveCriteria(c) : (criteria ?? undefined);
  // The house style: the one given, else the profile the case names (section order and headings).
  const o: DraftOptions = { ...options, style: options.style ?? caseStyle(c.profil) };
  // Another year's criteria are never used for the inriktning: its themes and dates would be wrong.
  if (c.dokumenttyp === 'inriktning-redovisning' && cr && c.ar.inriktning !== undefined && cr.ar !== c.ar.inriktning) {
    o.otherYearCriteria = cr.ar;
    const from = criteriaOrigin(c, o.criteriaFile);
    o.otherYearCriteriaFrom = `${from.what} ${from.verb}`;
    cr = undefined;
  }
  const doc = c.dokumenttyp === 'inriktning-redovisning' ? draftInriktning(c, cr, o) : draftArsrapport(c, cr, o);
  // Dates that cannot all be right (the document after the meeting, a call already past): a warning, the draft is still written.
  const dates = dateWarnings(c, cr);
  return dates.length ? { ...doc, warnings: [...(doc.warnings ?? []), ...dates] } : doc;
}

/** The name of the CLI flag that drafts without the year's criteria. */
export const WITHOUT_CRITERIA_FLAG = '--utan-kriterier';

/**
 * Where a case's criteria come from, for messages: the criteria file given with --kriterier, the
 * field Kriterieår (a built-in year by reference), or the criteria written in the case.
 */
export function criteriaOrigin(c: Case, criteriaFile?: string): { what: string; verb: string; fix: string; useBuiltIn: string } {
  if (criteriaFile !== undefined)
    return {
      what: `kriteriefilen (${criteriaFile})`,
      verb: 'gäller',
      fix: 'ange en kriteriefil för inriktningsåret med --kriterier',
      useBuiltIn: 'ta bort --kriterier',
    };
  if (c.kriterier && !('kriterier' in c.kriterier)) {
    const field = 'fältet Kriterieår (raden Kriterieår i kalkylbladet, "kriterier": {"ar": …} i JSON)';
    return {
      what: 'Kriterieår i ärendet',
      verb: 'är',
      fix: `töm ${field}`,
      useBuiltIn: `töm ${field} eller ändra det till inriktningsåret`,
    };
  }
  return {
    what: 'kriterierna i ärendet',
    verb: 'gäller',
    fix: 'ändra kriterierna i ärendet (under "kriterier", eller bladet Kriterier i kalkylbladet) så att de gäller inriktningsåret',
    useBuiltIn: 'ta bort kriterierna ur ärendet (under "kriterier", eller bladet Kriterier i kalkylbladet)',
  };
}

/**
 * When the case's inriktning year has no criteria (none in the case, none built in): a Swedish
 * message that says how to add them and, when criteria of another year were given, where those
 * came from (criteriaFile: the file given with --kriterier). Undefined when the draft can use the
 * year's criteria.
 */
export function missingCriteriaMessage(c: Case, criteria: Criteria | null | undefined, criteriaFile?: string): string | undefined {
  if (c.dokumenttyp !== 'inriktning-redovisning') return undefined;
  const y = c.ar.inriktning;
  if (criteria && criteria.ar === y) return undefined;
  const builtIn = y !== undefined && builtInYears().includes(y);
  if (criteria) {
    const from = criteriaOrigin(c, criteriaFile);
    const then = builtIn
      ? `För ${y} finns inbyggda kriterier: ${from.useBuiltIn}, så används de.`
      : `Gör så här: ${from.fix}. ${howToAdd(y)}`;
    return `${from.what} ${from.verb} ${criteria.ar}, men inriktningsåret är ${y}. Ett annat års teman och datum används aldrig. ${then}`;
  }
  return `det finns inga kriterier för ${y}, och utan dem kan utkastet inte skriva inriktningen. Inbyggda år: ${builtInYears().join(', ')}. ${howToAdd(y)}`;
}

/** How to add a year's criteria, and how to draft without them. */
function howToAdd(y: number | undefined): string {
  return (
    `Lägg till kriterierna för ${y ?? 'inriktningsåret'} på ett av dessa sätt: ` +
    `(1) skriv dem i ärendet under "kriterier" (se schema/criteria.schema.json), ` +
    `(2) fyll i bladet Kriterier i kalkylbladsmallen eller en kriteriefil (.csv) och ange den med --kriterier, ` +
    `(3) fyll i dem under Kriterier i fönstret i Word. ` +
    `Vill du ändå ha ett utkast med en platshållare för inriktningen: lägg till ${WITHOUT_CRITERIA_FLAG}.`
  );
}
