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
  ],
  invalid: [
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
