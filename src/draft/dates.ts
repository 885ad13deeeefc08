/**
 * Dates of a case that cannot all be right, as warnings on the draft (doc.warnings; tu draft
 * prints them on stderr). The draft is still written: the handläggare decides which date is wrong.
 *
 * - The document and the meetings that prepared it (förvaltningsgrupp, funktionshinderråd) come
 *   before the nämnd's meeting.
 * - An inriktning proposes a call that has not happened yet: the call's dates and the repayment
 *   date in the criteria are after the document's date. A call for a year's money opens that year
 *   or the year before (2025 års medel: May 2024); a date in another year means criteria of another
 *   year, or a typing error.
 */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { fieldLabel } from '../model/fields';
import { longDate } from '../swedish/dates';

const CALL_DATES = [
  ['utlysning.oppnar', 'utlysningen öppnar'],
  ['utlysning.stanger', 'utlysningen stänger'],
  ['aterbetalningSenast', 'sista dag att lämna tillbaka medel'],
] as const;

function callDate(cr: Criteria, key: (typeof CALL_DATES)[number][0]): string | undefined {
  return key === 'aterbetalningSenast' ? cr.aterbetalningSenast : key === 'utlysning.oppnar' ? cr.utlysning.oppnar : cr.utlysning.stanger;
}

/** Warnings about dates in the case (and its criteria) that are in an impossible order. */
export function dateWarnings(c: Case, cr: Criteria | undefined): string[] {
  const out: string[] = [];
  const m = c.metadata;
  const meeting = m.sammantradesdatum;
  const before: [string, string, string | undefined][] = [
    ['metadata.datum', 'Tjänsteutlåtandets datum', m.datum],
    ['metadata.beredning.forvaltningsgrupp', 'Förvaltningsgruppens möte', m.beredning.forvaltningsgrupp],
    ['metadata.beredning.funktionshinderradet', 'Funktionshinderrådets möte', m.beredning.funktionshinderradet],
  ];
  for (const [path, what, date] of before) {
    if (date !== undefined && date > meeting)
      out.push(
        `${what} (${longDate(date)}) är efter nämndens sammanträde (${longDate(meeting)}), men ärendet ska vara klart före sammanträdet. Kontrollera fälten ${fieldLabel(path)} och ${fieldLabel('metadata.sammantradesdatum')}.`,
      );
  }
  if (!cr) return out;
  const dated = CALL_DATES.flatMap(([key, what]) => {
    const date = callDate(cr, key);
    return date === undefined ? [] : [{ what, date }];
  });
  const shown = (xs: typeof dated) => xs.map((x) => `${x.what} ${longDate(x.date)}`).join(', ');
  const otherYear = dated.filter((x) => ![cr.ar, cr.ar - 1].includes(Number(x.date.slice(0, 4))));
  if (otherYear.length)
    out.push(
      `Kriterierna för ${cr.ar} har datum i ett annat år än utlysningen: ${shown(otherYear)}. Utlysningen av ${cr.ar} års medel görs ${cr.ar - 1} eller ${cr.ar}. Kontrollera kriteriernas år och datum.`,
    );
  const past = dated.filter((x) => !otherYear.includes(x) && x.date < m.datum);
  if (c.dokumenttyp === 'inriktning-redovisning' && past.length)
    out.push(
      `Kriterierna för ${cr.ar} har datum före tjänsteutlåtandets datum (${longDate(m.datum)}): ${shown(past)}. En inriktning föreslår en utlysning som inte har gjorts än, så kontrollera inriktningsåret (${c.ar.inriktning ?? cr.ar}) och datumen i kriterierna.`,
    );
  return out;
}
