/**
 * The headings of a tjänsteutlåtande's standard sections, in order, as they stand in Stockholm's
 * documents. Written out here (not taken from src/model/sections.ts) so that a test of a draft
 * compares it with the real headings, not the code with itself.
 */
export const STANDARD_HEADINGS = [
  'Förvaltningens förslag till beslut',
  'Sammanfattning',
  'Bakgrund',
  'Ärendets beredning',
  'Ärendet',
  'Förvaltningens synpunkter och förslag',
  'Bilagor',
];
