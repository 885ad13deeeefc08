import { rule } from '../../../src/check/rules/total-mismatch';
import { ruleTester, tu, baseCase } from '../../helpers/rule-tester';

const TOTAL = tu('### Medel för studieresor', 'De beviljade ansökningarna omfattar 1,65 miljoner kronor för år 2023.\n### Medel för studieresor');

ruleTester(rule, {
  valid: [
    { name: 'the total equals the sum of the case (1 650 000)', doc: TOTAL, case: baseCase() },
    { name: 'without a case the rule does not run', doc: TOTAL },
    { name: 'an approximate total ("cirka") is not compared', doc: TOTAL.replace('omfattar 1,65', 'omfattar cirka 2'), case: baseCase() },
  ],
  invalid: [
    { name: 'tre och en halv miljon vs 1 650 000', doc: TOTAL.replace('1,65 miljoner kronor', 'tre och en halv miljon kronor'), case: baseCase(), errors: [{ message: 'Texten anger 3\u00a0500\u00a0000\u00a0kronor för de lokala utvecklingsprojekten (lum), men beloppen i ärendet blir tillsammans 1\u00a0650\u00a0000\u00a0kronor', excerpt: 'tre och en halv miljon kronor' }] },
    {
      name: 'study trips total',
      doc: tu('genom studieresor.', 'genom studieresor. De beviljade studieresorna omfattar 174 300 kronor.'),
      case: baseCase({ mul: [{ sdf: 'Farsta', destination: 'Oslo', belopp: 20000 }, { sdf: 'Bromma', destination: 'Köpenhamn', belopp: 24300 }] }),
      errors: [{ message: 'Texten anger 174\u00a0300\u00a0kronor för studieresorna (mul), men beloppen i ärendet blir tillsammans 44\u00a0300\u00a0kronor' }],
    },
  ],
});
