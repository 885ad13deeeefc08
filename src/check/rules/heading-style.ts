import type { Rule } from '../rule';
import { SECTION_TITLES } from '../../model/sections';

export const rule: Rule = {
  meta: {
    id: 'heading-style',
    severity: 'warning',
    description: 'En standardrubrik är skriven som brödtext i stället för med en rubrikformatmall.',
  },
  check(ctx) {
    for (const s of ctx.structure.sections) {
      if (s.styled) continue;
      ctx.report({
        paragraph: s.heading.index,
        start: 0,
        end: s.heading.text.length,
        message: `Rubriken ”${s.heading.text.trim()}” (${SECTION_TITLES[s.id]}) är skriven som brödtext. Ge den formatmallen Rubrik 2 så att den syns i navigeringsfönstret och i innehållsförteckningen.`,
      });
    }
  },
};
