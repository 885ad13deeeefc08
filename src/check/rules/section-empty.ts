import type { Rule } from '../rule';
import { SECTION_TITLES } from '../../model/sections';

export const rule: Rule = {
  meta: { id: 'section-empty', severity: 'error', description: 'Ett standardavsnitt har rubrik men ingen text.' },
  check(ctx) {
    for (const s of ctx.structure.sections) {
      const hasText = s.content.some((p) => p.text.trim() !== '' && p.headingLevel === null);
      if (hasText) continue;
      ctx.report({
        paragraph: s.heading.index,
        start: 0,
        end: s.heading.text.length,
        message: `Avsnittet ”${SECTION_TITLES[s.id]}” har en rubrik men ingen text. Skriv avsnittets text under rubriken, eller ta bort rubriken om avsnittet inte ska finnas.`,
      });
    }
  },
};
