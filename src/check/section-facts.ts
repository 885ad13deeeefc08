/** Small facts about sections that the section rules and the pane's checklist share. */
import type { SectionInfo, Structure } from './structure';

/** Whether a section has text of its own under its heading (not only sub-headings). */
export function sectionHasText(s: SectionInfo): boolean {
  return s.content.some((p) => p.text.trim() !== '' && (p.headingLevel === null || s.implicit === true));
}

const BILAGA_REF = /\bbilag(a|or|orna)\s+\d/i;

/** Whether the text refers to a numbered bilaga ("bilaga 1", "bilagorna 1-3"). */
export function refersToBilaga(structure: Structure): boolean {
  return structure.body.some((p) => BILAGA_REF.test(p.text));
}
