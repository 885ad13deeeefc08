/**
 * Personal identity numbers in a draft. A tjänsteutlåtande is a public document: before it is
 * inserted into Word or saved as a .docx, the user is warned about anything that looks like a
 * personnummer or samordningsnummer (valid date and check digit).
 */
import { findPersonnummer, maskId, todayIso } from '../swedish/personnummer';
import { sectionText, type DraftDocument } from './types';
import { SECTION_TITLES, type SectionId } from '../model/sections';

export interface PersonalIdHit {
  section: SectionId;
  /** The number with its last four digits hidden: "850101-****". */
  masked: string;
  kind: 'personnummer' | 'samordningsnummer';
}

export function personalIdsInDraft(doc: DraftDocument, today = todayIso()): PersonalIdHit[] {
  const hits: PersonalIdHit[] = [];
  for (const s of doc.sections) {
    for (const m of findPersonnummer(sectionText(s), today)) hits.push({ section: s.id, masked: maskId(m.text), kind: m.kind });
  }
  return hits;
}

/** The warning in plain Swedish, or undefined when there is nothing to warn about. */
export function personalIdWarning(hits: readonly PersonalIdHit[]): string | undefined {
  if (!hits.length) return undefined;
  const where = [...new Set(hits.map((h) => SECTION_TITLES[h.section]))].join(', ');
  const what =
    hits.length === 1
      ? `ett ${hits[0].kind} (${hits[0].masked})`
      : `${hits.length} person- eller samordningsnummer (${hits.map((h) => h.masked).join(', ')})`;
  return `Utkastet innehåller ${what} i ${where}. Ett tjänsteutlåtande är en allmän handling och får inte peka ut enskilda personer. Ta bort uppgiften ur ärendet innan dokumentet blir färdigt.`;
}
