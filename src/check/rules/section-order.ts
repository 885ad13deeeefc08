import type { Rule } from '../rule';
import { SECTION_TITLES, type StandardSectionId } from '../../model/sections';

/** Rank in the standard order; Ärendets beredning may stand before or after Ärendet. */
const RANK: Record<StandardSectionId, number> = {
  forslag: 0,
  sammanfattning: 1,
  bakgrund: 2,
  beredning: 3,
  arendet: 3,
  synpunkter: 4,
  bilagor: 5,
};

export const rule: Rule = {
  meta: {
    id: 'section-order',
    severity: 'warning',
    description: 'Standardavsnitten står inte i standardordningen, eller ett avsnitt finns två gånger.',
  },
  check(ctx) {
    for (const d of ctx.structure.duplicates) {
      ctx.report({
        paragraph: d.heading.index,
        start: 0,
        end: d.heading.text.length,
        message: `Avsnittet ”${SECTION_TITLES[d.id]}” finns två gånger (första gången i stycke ${d.first.index + 1}). Ta bort det ena eller slå ihop dem, till exempel efter en sammanslagning av två utkast.`,
      });
    }
    const secs = ctx.structure.sections;
    let maxSoFar = -1;
    let maxId: StandardSectionId | undefined;
    for (const s of secs) {
      const r = RANK[s.id];
      if (r < maxSoFar && maxId) {
        ctx.report({
          paragraph: s.heading.index,
          start: 0,
          end: s.heading.text.length,
          message: `Avsnittet ”${SECTION_TITLES[s.id]}” står efter ”${SECTION_TITLES[maxId]}” men ska stå före. Flytta avsnittet så att ordningen blir: förslag till beslut, sammanfattning, bakgrund, ärendets beredning och ärendet, synpunkter och förslag, bilagor.`,
        });
      }
      if (r > maxSoFar) {
        maxSoFar = r;
        maxId = s.id;
      }
    }
  },
};
