import { rule } from '../../../src/check/rules/heading-style';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'headings in heading styles', doc: BASE_TU },
    {
      name: 'the word Bakgrund inside a sentence is not a heading',
      doc: tu('Socialförvaltningen fördelar', 'Bakgrund: socialförvaltningen fördelar'),
    },
  ],
  invalid: [
    {
      name: 'Bakgrund typed as body text',
      doc: tu('## Bakgrund', 'Bakgrund'),
      errors: [{ messageId: 'unstyled', data: { heading: 'Bakgrund', section: 'Bakgrund' }, excerpt: 'Bakgrund', severity: 'warning' }],
    },
    {
      name: 'Förslag till beslut with a colon, as body text',
      doc: tu('## Förvaltningens förslag till beslut', 'Förslag till beslut:'),
      errors: [{ messageId: 'unstyled', data: { heading: 'Förslag till beslut:' } }],
    },
  ],
});
