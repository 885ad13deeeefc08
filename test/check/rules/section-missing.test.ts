import { rule } from '../../../src/check/rules/section-missing';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'all sections', doc: BASE_TU },
    { name: 'short heading "Förslag till beslut"', doc: tu('## Förvaltningens förslag till beslut', '## Förslag till beslut') },
    {
      name: 'no Bilagor and no reference to a bilaga',
      doc: tu('I bilaga 1-3 redovisas', 'Här redovisas').replace(/## Bilagor[\s\S]*$/, ''),
    },
  ],
  invalid: [
    {
      name: 'Sammanfattning missing',
      doc: tu('## Sammanfattning'),
      errors: [{ messageId: 'missing', data: { section: 'Sammanfattning' }, severity: 'error', inParagraph: 'Bakgrund' }],
    },
    {
      name: 'Ärendets beredning missing',
      doc: tu('## Ärendets beredning\nFörvaltningsgruppen har behandlat ärendet den 8 april och funktionshinderrådet den 9 april.'),
      errors: [{ messageId: 'missing', data: { section: 'Ärendets beredning' } }],
    },
    {
      name: 'Bilagor missing though the text refers to bilagor',
      doc: BASE_TU.replace(/## Bilagor[\s\S]*$/, ''),
      errors: [{ messageId: 'missingBilagor', severity: 'warning', inParagraph: -1 }],
    },
    {
      name: 'not a TU at all',
      doc: 'Hej\nDetta är ett brev.',
      errors: [
        {
          messageId: 'noSections',
          data: {
            profile: 'Tjänsteutlåtande om FoU-medel, Socialförvaltningen i Stockholm',
            titles:
              'Förvaltningens förslag till beslut, Sammanfattning, Bakgrund, Ärendets beredning, Ärendet och Förvaltningens synpunkter och förslag',
          },
          inParagraph: -1,
        },
      ],
    },
  ],
});
