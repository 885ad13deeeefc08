import { rule } from '../../../src/check/rules/count-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'counts agree with the lists', doc: BASE_TU },
    { name: 'counts agree with the case', doc: BASE_TU, case: baseCase() },
  ],
  invalid: [
    {
      name: '"varav fyra" but three reported',
      doc: tu('för 2023 varav tre projekt', 'för 2023 varav fyra projekt'),
      errors: [{ message: 'Texten säger att fyra projekt avslutas', excerpt: 'fyra' }],
    },
    { name: '"tio projekt" in digits, but 3 + 2', doc: tu('beviljades till fem projekt under 2023', 'beviljades till 6 projekt under 2023'), errors: [{ message: 'Texten säger 6 projekt totalt', excerpt: '6' }] },
    { name: '"Följande två projekt" with three items', doc: tu('2. Prata om det, Södermalms stadsdelsförvaltning.', '2. Prata om det, Södermalms stadsdelsförvaltning.\n3. Ett till, Farsta stadsdelsförvaltning.'), errors: [{ message: 'Texten säger fem projekt totalt, men listan i Ärendet har 3 som slutredovisas och 3 som fortgår' }, { message: 'Texten säger fem projekt totalt' }, { message: '”två projekt”, men listan som följer har 3 punkter', excerpt: 'två' }] },
    { name: '"I bilaga 1-4" with three projects', doc: tu('I bilaga 1-3', 'I bilaga 1-4'), errors: [{ message: 'Texten hänvisar till 4 bilagor (bilaga 1-4), men listan som följer har 3 projekt' }] },
    {
      name: 'case has four reported projects',
      doc: BASE_TU,
      case: baseCase({ lum: [...baseCase().lum.slice(0, 3), { ...baseCase().lum[0], namn: 'Extra' }, ...baseCase().lum.slice(3)] }),
      errors: [{ message: 'Texten säger fem projekt totalt, men ärendets projekt har 4 som slutredovisas och 2 som fortgår, alltså 6' }, { message: 'ärendets projekt har 4 projekt som slutredovisas', excerpt: 'tre' }, { message: 'Texten säger fem projekt totalt' }, { message: 'ärendets projekt har 4 projekt som slutredovisas' }],
    },
  ],
});
