import type { Rule } from '../rule';
import { PLACEHOLDER_MARKER } from '../../draft/types';
import { matchAt } from '../text';
import { mayMatch } from '../scan';

/**
 * A placeholder the drafter left where the handläggare must write ("[Skriv … här]", shown in Word
 * as a content control's placeholder text): the document is not finished while one is left.
 * Word's own template prompts ("Klicka här för att ange text") are the rule leftover's.
 */
export const rule: Rule = {
  meta: {
    id: 'placeholder-left',
    title: 'Platshållare kvar',
    severity: 'error',
    docs: {
      description:
        'En platshållare från utkastet står kvar ("[Skriv … här]"): där ska handläggaren skriva egen text innan dokumentet är färdigt.',
    },
    messages: {
      left: 'Platshållaren {prompt} står kvar i {where}. Skriv texten som platshållaren ber om, och ta sedan bort platshållaren.',
    },
  },
  check(ctx) {
    for (const p of mayMatch(ctx.doc.paragraphs, /\[Skriv /)) {
      if (!p.text.includes('[Skriv ')) continue;
      const re = new RegExp(PLACEHOLDER_MARKER.source, 'gu');
      for (let m = re.exec(p.text); m !== null; m = re.exec(p.text)) {
        const section = ctx.structure.sections.find((s) => s.content.includes(p));
        ctx.report({
          ...matchAt(p, m),
          messageId: 'left',
          data: {
            prompt: `”${m[0].length > 70 ? `${m[0].slice(0, 67)}…]` : m[0]}”`,
            where: section ? `avsnittet ”${section.heading.text}”` : p.part === 'body' ? 'dokumentet' : 'sidhuvudet eller sidfoten',
          },
        });
      }
    }
  },
};
