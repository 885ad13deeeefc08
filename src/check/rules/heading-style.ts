import type { Rule } from '../rule';
import { sectionTitle } from '../checklist';
import { wholeParagraph } from '../text';

export const rule: Rule = {
  meta: {
    id: 'heading-style',
    title: 'Rubrik utan rubrikformat',
    severity: 'warning',
    docs: { description: 'En avsnittsrubrik är skriven som brödtext i stället för med en rubrikformatmall.' },
    messages: {
      unstyled:
        'Rubriken ”{heading}” ({section}) är skriven som brödtext. Ge den formatmallen Rubrik 2 så att den syns i navigeringsfönstret och i innehållsförteckningen.',
    },
  },
  check(ctx) {
    for (const s of ctx.structure.sections) {
      if (s.styled || s.implicit) continue;
      ctx.report({
        ...wholeParagraph(s.heading),
        messageId: 'unstyled',
        data: { heading: s.heading.text.trim(), section: sectionTitle(ctx.profile, s.id) },
      });
    }
  },
};
