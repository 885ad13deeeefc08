import { rule } from '../../../src/check/rules/section-empty';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'every section has text', doc: BASE_TU },
    {
      name: 'a section whose text is a list',
      doc: tu(
        'Socialförvaltningen fördelar medel för forskning och utveckling (FoU) till lokala projekt.',
        '- Socialförvaltningen fördelar medel.',
      ),
    },
  ],
  invalid: [
    {
      name: 'Bakgrund without text',
      doc: tu('Socialförvaltningen fördelar medel för forskning och utveckling (FoU) till lokala projekt.'),
      errors: [{ messageId: 'empty', data: { section: 'Bakgrund' }, excerpt: 'Bakgrund' }],
    },
    {
      name: 'Bilagor without items',
      doc: BASE_TU.replace(/(## Bilagor)[\s\S]*$/, '$1\n'),
      errors: [{ messageId: 'empty', data: { section: 'Bilagor' } }],
    },
    {
      name: 'only subheadings under Ärendet',
      doc: '## Förslag till beslut\n1. Godkänn.\n## Ärendet\n### Delrubrik\n## Bilagor\n1. Bilaga',
      errors: [{ messageId: 'empty', data: { section: 'Ärendet' } }],
    },
  ],
});
