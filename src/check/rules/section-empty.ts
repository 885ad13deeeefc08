import type { Rule } from '../rule';
import { sectionTitle } from '../checklist';
import { sectionHasText } from '../section-facts';
import { wholeParagraph } from '../text';

export const rule: Rule = {
  meta: {
    id: 'section-empty',
    title: 'Tomt avsnitt',
    severity: 'error',
    docs: { description: 'Ett avsnitt har rubrik men ingen text.' },
    messages: {
      empty:
        'Avsnittet ”{section}” har en rubrik men ingen text. Skriv avsnittets text under rubriken, eller ta bort rubriken om avsnittet inte ska finnas.',
    },
  },
  check(ctx) {
    for (const s of ctx.structure.sections) {
      if (s.implicit || sectionHasText(s)) continue;
      ctx.report({
        ...wholeParagraph(s.heading),
        messageId: 'empty',
        data: { section: sectionTitle(ctx.profile, s.id) },
      });
    }
  },
};
