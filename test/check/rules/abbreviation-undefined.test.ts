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
      errors: [{ message: 'Förkortningen RVC förklaras inte', excerpt: 'RVC', severity: 'warning' }],
    },
    {
      name: 'FoU used before "(FoU)"',
      doc: tu('Lokala utvecklingsmedel beviljades', 'FoU-medel från LUM beviljades'),
      errors: [{ message: 'Förkortningen FoU används här men förklaras först längre fram', excerpt: 'FoU' }],
    },
    {
      name: 'genitive IOPs counts as a use',
      doc: tu('I ärendet föreslås även', 'IOPs inriktning. I ärendet föreslås även'),
      errors: [{ message: 'Förkortningen IOP förklaras inte', excerpt: 'IOPs' }],
    },
    {
      name: 'LUM explained in the title counts; MUL only in a list of abbreviations does not',
      doc: tu('(MUL) samt', 'samt').replace('medel för utveckling och lärande (MUL)', 'medel (LUM och MUL)'),
      errors: [{ message: 'Förkortningen MUL förklaras inte' }],
    },
  ],
});
