import { rule } from '../../../src/check/rules/total-mismatch';
import { ruleTester, tu, baseCase } from '../../helpers/rule-tester';

const TOTAL = tu(
  '### Medel för studieresor',
  'De beviljade ansökningarna omfattar 1,65 miljoner kronor för år 2023.\n### Medel för studieresor',
);

/** A table of grants (three columns) right before the sentence that states their total. */
const TABLE = (third: string, total: string): string =>
  tu(
    '### Medel för studieresor',
    `Under 2023 beviljades följande förvaltningar LUM-medel:\n| Förvaltning | Projekt | Belopp\n| Farsta | Våga anmäla | 400 000 kronor\n| Bromma | Studiecirklar | 300 000 kronor\n| Skarpnäck | Alla barn | ${third}\nDe beviljade ansökningarna omfattar ${total} för år 2023.\n### Medel för studieresor`,
  );

ruleTester(rule, {
  valid: [
    { name: 'the total equals the sum of the case (1 650 000)', doc: TOTAL, case: baseCase() },
    { name: 'without a case or a table above there is nothing to compare with', doc: TOTAL },
    { name: 'a total under a table equals the rows (no case needed)', doc: TABLE('500 000 kronor', '1 200 000 kronor') },
    {
      name: 'a "Summa" row that equals the rows above it',
      doc: tu(
        '### Medel för studieresor',
        '| Studie | Kostnad\n| RVC | 1 miljon kr\n| Skolsociala team | 950 000 kr\n| Summa | 1 950 000 kr\n### Medel för studieresor',
      ),
    },
    {
      name: 'the total typed in the case (summor) when the projects have no amounts',
      doc: TOTAL.replace('1,65 miljoner', 'tre och en halv miljon'),
      case: baseCase({ lum: baseCase().lum.map((p) => ({ ...p, belopp: undefined, ar: p.ar })), summor: { lumBeviljat: 3500000 } }),
    },
    { name: 'an approximate total ("cirka") is not compared', doc: TOTAL.replace('omfattar 1,65', 'omfattar cirka 2'), case: baseCase() },
  ],
  invalid: [
    {
      name: 'tre och en halv miljon vs 1 650 000',
      doc: TOTAL.replace('1,65 miljoner kronor', 'tre och en halv miljon kronor'),
      case: baseCase(),
      errors: [
        {
          message:
            'Texten anger 3\u00a0500\u00a0000\u00a0kronor för de lokala utvecklingsprojekten (lum), men beloppen i ärendet blir tillsammans 1\u00a0650\u00a0000\u00a0kronor',
          excerpt: 'tre och en halv miljon kronor',
        },
      ],
    },
    {
      name: 'a total under a table against the rows above it, not the case',
      doc: TABLE('400 000 kronor', '1 200 000 kronor'),
      case: baseCase(),
      errors: [
        {
          message:
            'Texten anger 1\u00a0200\u00a0000\u00a0kronor tillsammans, men beloppen i tabellen ovanför blir tillsammans 1\u00a0100\u00a0000\u00a0kronor',
          excerpt: '1 200 000 kronor',
        },
      ],
    },
    {
      name: 'a "Summa" row against the rows above it',
      doc: tu(
        '### Medel för studieresor',
        '| Studie | Kostnad\n| RVC | 1 miljon kr\n| Skolsociala team | 950 000 kr\n| Summa | 2 450 000 kr\n### Medel för studieresor',
      ),
      errors: [
        {
          message:
            'Summaraden i tabellen anger 2\u00a0450\u00a0000\u00a0kronor, men beloppen i raderna ovanför blir tillsammans 1\u00a0950\u00a0000\u00a0kronor',
          excerpt: '2 450 000 kr',
        },
      ],
    },
    {
      name: 'a total in words against the total typed in the case (summor)',
      doc: TOTAL.replace('1,65 miljoner', 'fyra miljoner'),
      case: baseCase({ lum: baseCase().lum.map((p) => ({ ...p, belopp: undefined })), summor: { lumBeviljat: 3500000 } }),
      errors: [{ message: 'men ärendets summa (summor.lumBeviljat) är 3\u00a0500\u00a0000\u00a0kronor', excerpt: 'fyra miljoner kronor' }],
    },
    {
      name: 'study trips total',
      doc: tu('genom studieresor.', 'genom studieresor. De beviljade studieresorna omfattar 174 300 kronor.'),
      case: baseCase({
        mul: [
          { sdf: 'Farsta', destination: 'Oslo', belopp: 20000 },
          { sdf: 'Bromma', destination: 'Köpenhamn', belopp: 24300 },
        ],
      }),
      errors: [
        {
          message:
            'Texten anger 174\u00a0300\u00a0kronor för studieresorna (mul), men beloppen i ärendet blir tillsammans 44\u00a0300\u00a0kronor',
        },
      ],
    },
  ],
});
