import { rule } from '../../../src/check/rules/abbreviation-undefined';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'every abbreviation explained at first use', doc: BASE_TU },
    {
      name: 'common ones (EU, t.ex.) need no explanation',
      doc: tu('till lokala projekt.', 'till lokala projekt, t.ex. för EU-medborgare.'),
    },
    {
      name: 'statute references (SFS 2001:453, HSLF-FS 2016:40) need no explanation',
      doc: tu('till lokala projekt.', 'till lokala projekt enligt förordningen (SFS 2001:453) och föreskrifterna HSLF-FS 2016:40.'),
    },
    {
      name: 'ABBR (long form) also explains',
      doc: tu('till lokala projekt.', 'till lokala projekt. IOP (idéburet offentligt partnerskap) används.'),
    },
    {
      name: 'apposition: "Arbetsmiljölagen, AML" and "Stockholms transport- och fordonstekniska gymnasium, STFG,"',
      doc: tu(
        'till lokala projekt.',
        'till lokala projekt enligt Arbetsmiljölagen, AML om arbetsmiljö. Stockholms transport- och fordonstekniska gymnasium, STFG, finns i Skärholmen. AML och STFG nämns igen.',
      ),
    },
    {
      name: 'reversed parenthesis: "(s.k. MUST, Mutual Study Visits)"',
      doc: tu('till lokala projekt.', 'till lokala projekt och studiebesök (s.k. MUST, Mutual Study Visits). MUST fortsätter.'),
    },
    {
      name: 'the long form right before it, by initials: "Inspektionen för vård och omsorg IVO"',
      doc: tu(
        'till lokala projekt.',
        'till lokala projekt. Inspektionen för vård och omsorg IVO har granskat. IVO kom fram till att allt var bra.',
      ),
    },
    {
      name: 'party names are in the profile\u2019s known list; references, property designations and names in capitals are not abbreviations',
      doc: tu(
        'till lokala projekt.',
        'till lokala projekt. MP och KD reserverade sig. Regler för bidrag (HKF 82) gäller, enligt dnr KFT-2025-00161. Fastigheten BUKÄRR del av 1:9 och KLASSA-modellen.\nVerksamhetschef 4:2 HSL',
      ),
    },
  ],
  invalid: [
    {
      name: 'a law cited in running text by chapter and section is still to be explained',
      doc: tu('till lokala projekt.', 'till lokala projekt enligt 5 kap. 1 § SoL.'),
      errors: [{ messageId: 'undefined', data: { abbr: 'SoL' } }],
    },
    {
      name: 'a parenthesis after words that are not its long form does not explain it',
      doc: tu('till lokala projekt.', 'till lokala projekt, efter intervjuer av handläggare och nämndens ordförande (UAN).'),
      errors: [{ messageId: 'undefined', data: { abbr: 'UAN' } }],
    },
    {
      name: 'an apposition whose words do not spell it is not an explanation',
      doc: tu('till lokala projekt.', 'till lokala projekt, RVC, som startade i år.'),
      errors: [{ messageId: 'undefined', data: { abbr: 'RVC' } }],
    },
    {
      name: '"(FUM, LUM och MUL)" explains none of them',
      doc: tu('till lokala projekt.', 'till lokala projekt (RVC, SIP och MUL).'),
      errors: [
        { messageId: 'undefined', data: { abbr: 'RVC' } },
        { messageId: 'undefined', data: { abbr: 'SIP' } },
      ],
    },
    {
      name: 'RVC never explained',
      doc: tu('till lokala projekt.', 'till lokala projekt och RVC.'),
      errors: [{ messageId: 'undefined', data: { abbr: 'RVC' }, excerpt: 'RVC', severity: 'warning' }],
    },
    {
      name: 'FoU used before "(FoU)"',
      doc: tu('Lokala utvecklingsmedel beviljades', 'FoU-medel från LUM beviljades'),
      errors: [{ messageId: 'late', data: { abbr: 'FoU' }, excerpt: 'FoU' }],
    },
    {
      name: 'genitive IOPs counts as a use',
      doc: tu('I ärendet föreslås även', 'IOPs inriktning. I ärendet föreslås även'),
      errors: [{ messageId: 'undefined', data: { abbr: 'IOP' }, excerpt: 'IOPs' }],
    },
    {
      name: 'LUM explained in the title counts; MUL only in a list of abbreviations does not',
      doc: tu('(MUL) samt', 'samt').replace('medel för utveckling och lärande (MUL)', 'medel (LUM och MUL)'),
      errors: [{ messageId: 'undefined', data: { abbr: 'MUL' } }],
    },
  ],
});
