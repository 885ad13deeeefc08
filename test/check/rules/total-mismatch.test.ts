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
    {
      name: 'a total with its parts after "varav" that add up',
      doc: tu(
        'genom studieresor.',
        'genom studieresor. Totalt beviljas 900 000 kronor, varav 500 000 kronor till Farsta och 400 000 kronor till Bromma.',
      ),
    },
    {
      name: 'a total after its parts that add up',
      doc: tu('genom studieresor.', 'genom studieresor. Farsta får 500 000 kronor och Bromma 400 000 kronor, totalt 900 000 kronor.'),
    },
    {
      name: 'one part after "varav" may be less than the total',
      doc: tu('genom studieresor.', 'genom studieresor. Totalt beviljas 900 000 kronor, varav 500 000 kronor till Farsta.'),
    },
    {
      name: 'a total before the list of its parts that add up',
      doc: tu(
        '### Medel för studieresor',
        'Totalt beviljas 900 000 kronor till följande projekt:\n- Farsta, 500 000 kronor\n- Bromma, 400 000 kronor\n### Medel för studieresor',
      ),
    },
    {
      name: 'a total column that equals the numbers before it in each row',
      doc: tu(
        '### Medel för studieresor',
        '| | AR | LI | Tot | Elever\n| Skolsköterska | 3,5 | 3,5 | 7,0 | 2946\n| Kurator | 3,4 | 3,3 | 6,7 | 2946\n### Medel för studieresor',
      ),
    },
  ],
  invalid: [
    {
      name: 'a row whose total column is not the sum of the numbers before it',
      doc: tu(
        '### Medel för studieresor',
        '| | AR | LI | Tot | Elever\n| Skolsköterska | 3,5 | 3,5 | 7,5 | 2946\n| Kurator | 3,4 | 3,3 | 6,7 | 2946\n### Medel för studieresor',
      ),
      errors: [{ messageId: 'rowTotal', data: { row: 'Skolsköterska', stated: '7,5', column: 'Tot', sum: '7' }, excerpt: '7,5' }],
    },
    {
      name: 'a total with parts after "varav" that do not add up (prose)',
      doc: tu(
        'genom studieresor.',
        'genom studieresor. Totalt beviljas 900 000 kronor, varav 500 000 kronor till Farsta och 300 000 kronor till Bromma.',
      ),
      errors: [
        {
          messageId: 'againstParts',
          data: { stated: '900\u00a0000\u00a0kronor', sum: '800\u00a0000\u00a0kronor' },
          excerpt: '900 000 kronor',
        },
      ],
    },
    {
      name: 'a total after its parts that do not add up',
      doc: tu('genom studieresor.', 'genom studieresor. Farsta får 500 000 kronor och Bromma 300 000 kronor, totalt 900 000 kronor.'),
      errors: [{ messageId: 'againstParts', data: { stated: '900\u00a0000\u00a0kronor', sum: '800\u00a0000\u00a0kronor' } }],
    },
    {
      name: 'one part after "varav" larger than the total',
      doc: tu('genom studieresor.', 'genom studieresor. Totalt beviljas 400 000 kronor, varav 500 000 kronor till Farsta.'),
      errors: [{ messageId: 'againstParts', data: { stated: '400\u00a0000\u00a0kronor', sum: '500\u00a0000\u00a0kronor' } }],
    },
    {
      name: 'a total before the list of its parts that do not add up',
      doc: tu(
        '### Medel för studieresor',
        'Totalt beviljas 800 000 kronor till följande projekt:\n- Farsta, 500 000 kronor\n- Bromma, 400 000 kronor\n### Medel för studieresor',
      ),
      errors: [{ messageId: 'againstBlock', data: { block: 'listan nedanför', sum: '900\u00a0000\u00a0kronor' } }],
    },
    {
      name: 'tre och en halv miljon vs 1 650 000',
      doc: TOTAL.replace('1,65 miljoner kronor', 'tre och en halv miljon kronor'),
      case: baseCase(),
      errors: [
        {
          messageId: 'againstCase',
          data: {
            stated: '3 500 000 kronor',
            fund: 'de lokala utvecklingsprojekten (lum)',
            source: 'beloppen i ärendet blir tillsammans',
            sum: '1 650 000 kronor',
          },
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
          messageId: 'againstBlock',
          data: { stated: '1 200 000 kronor', block: 'tabellen ovanför', sum: '1 100 000 kronor' },
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
      errors: [{ messageId: 'totalRow', data: { stated: '2 450 000 kronor', sum: '1 950 000 kronor' }, excerpt: '2 450 000 kr' }],
    },
    {
      name: 'a total in words against the total typed in the case (summor)',
      doc: TOTAL.replace('1,65 miljoner', 'fyra miljoner'),
      case: baseCase({ lum: baseCase().lum.map((p) => ({ ...p, belopp: undefined })), summor: { lumBeviljat: 3500000 } }),
      errors: [
        {
          messageId: 'againstCase',
          data: { source: 'ärendets summa (summor.lumBeviljat) är', sum: '3 500 000 kronor' },
          excerpt: 'fyra miljoner kronor',
        },
      ],
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
          messageId: 'againstCase',
          data: {
            stated: '174 300 kronor',
            fund: 'studieresorna (mul)',
            source: 'beloppen i ärendet blir tillsammans',
            sum: '44 300 kronor',
          },
        },
      ],
    },
  ],
});
