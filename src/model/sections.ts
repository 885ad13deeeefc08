/**
 * The sections of a tjänsteutlåtande: their ids, their standard headings and their content-control
 * tags in Word. One home for the drafter, the checker, the Word shell and the pane.
 */

/** The standard sections of a tjänsteutlåtande, in the standard order. */
export const SECTION_IDS = ['forslag', 'sammanfattning', 'bakgrund', 'beredning', 'arendet', 'synpunkter', 'bilagor'] as const;
export type StandardSectionId = (typeof SECTION_IDS)[number];

/** Every section the drafter writes: the header block and the title come before the standard sections. */
export const ALL_SECTION_IDS = ['huvud', 'titel', ...SECTION_IDS] as const;
export type SectionId = (typeof ALL_SECTION_IDS)[number];

export const SECTION_TITLES: Record<SectionId, string> = {
  huvud: 'Dokumenthuvud',
  titel: 'Rubrik',
  forslag: 'Förvaltningens förslag till beslut',
  sammanfattning: 'Sammanfattning',
  bakgrund: 'Bakgrund',
  beredning: 'Ärendets beredning',
  arendet: 'Ärendet',
  synpunkter: 'Förvaltningens synpunkter och förslag',
  bilagor: 'Bilagor',
};

/** The content-control tag of a section in Word: "tu:forslag". */
export function sectionTag(id: SectionId): string {
  return `tu:${id}`;
}
