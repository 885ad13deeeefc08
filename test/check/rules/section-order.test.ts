import { rule } from '../../../src/check/rules/section-order';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

const beredning = '## Ärendets beredning\nFörvaltningsgruppen har behandlat ärendet den 8 april och funktionshinderrådet den 9 april.\n';
const withoutBeredning = tu(beredning.trimEnd());
const sammanfattning = /## Sammanfattning\n[^\n]*\n/.exec(BASE_TU)![0];

ruleTester(rule, {
  valid: [
    { name: 'standard order, beredning after Ärendet', doc: BASE_TU },
    {
      name: 'the word "Sammanfattning" as a subheading inside a table or list is not a second section',
      doc: BASE_TU.replace('## Bilagor\n', '- Sammanfattning\n## Bilagor\n'),
    },
    { name: 'beredning before Ärendet (as in seed 000)', doc: withoutBeredning.replace('## Ärendet\n', `${beredning}## Ärendet\n`) },
  ],
  invalid: [
    {
      name: 'Sammanfattning after Bakgrund',
      doc: BASE_TU.replace(sammanfattning, '').replace('## Ärendet\n', `${sammanfattning}## Ärendet\n`),
      errors: [{ messageId: 'order', data: { section: 'Sammanfattning', after: 'Bakgrund' }, excerpt: 'Sammanfattning' }],
    },
    {
      name: 'a second Sammanfattning left after a merge',
      doc: BASE_TU.replace('## Förvaltningens synpunkter och förslag\n', `${sammanfattning}## Förvaltningens synpunkter och förslag\n`),
      errors: [{ messageId: 'duplicate', data: { section: 'Sammanfattning' }, excerpt: 'Sammanfattning', severity: 'warning' }],
    },
    {
      name: 'synpunkter before Ärendet',
      doc: BASE_TU.replace('## Förvaltningens synpunkter och förslag', '## X')
        .replace('## Ärendet\n', '## Förvaltningens synpunkter och förslag\nFörvaltningen föreslår.\n## Ärendet\n')
        .replace('## X\n', ''),
      errors: [
        { messageId: 'order', data: { section: 'Ärendet', after: 'Förvaltningens synpunkter och förslag' } },
        { messageId: 'order', data: { section: 'Ärendets beredning' } },
      ],
    },
  ],
});
