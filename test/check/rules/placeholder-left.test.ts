import { rule } from '../../../src/check/rules/placeholder-left';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

const PROMPT = '[Skriv årets viktigaste resultat här: två eller tre meningar om vad projekten har gett.]';

ruleTester(rule, {
  valid: [
    { name: 'a finished document', doc: BASE_TU },
    { name: 'brackets that are not our marker', doc: tu('till lokala projekt.', 'till lokala projekt [se bilaga 2].') },
    { name: '"Skriv" inside ordinary text', doc: tu('till lokala projekt.', 'till lokala projekt. Skriv gärna till oss.') },
  ],
  invalid: [
    {
      name: 'a whole-paragraph placeholder in Sammanfattning',
      doc: tu('I ärendet föreslås även inriktning för 2025.', `I ärendet föreslås även inriktning för 2025.\n${PROMPT}`),
      errors: [{ messageId: 'left', data: { where: 'avsnittet ”Sammanfattning”' }, inParagraph: PROMPT, severity: 'error' }],
    },
    {
      name: 'an inline placeholder inside a sentence, and a second one in another section',
      doc: tu(
        'Syftet har varit att fler ungdomar ska våga berätta.',
        'Studien ska vara klar [Skriv när studien ska vara klar]. Syftet har varit att fler ungdomar ska våga berätta.',
      ).replace('## Bilagor', '[Skriv förvaltningens synpunkter här]\n## Bilagor'),
      errors: [
        { messageId: 'left', data: { where: 'avsnittet ”Ärendet”' }, excerpt: '[Skriv när studien ska vara klar]' },
        { messageId: 'left', data: { where: 'avsnittet ”Förvaltningens synpunkter och förslag”' } },
      ],
    },
  ],
});
