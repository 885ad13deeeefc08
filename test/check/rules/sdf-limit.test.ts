import { rule } from '../../../src/check/rules/sdf-limit';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

const trips = (n: number, sdf = 'Farsta') => Array.from({ length: n }, (_, i) => ({ sdf, destination: `Stad ${i}`, belopp: 20000 }));

/** A table of LUM grants in 2025 with these districts, one row each. */
const LUM_TABLE = (...sdfs: string[]): string =>
  tu(
    '### Medel för studieresor',
    `Under 2025 beviljades följande förvaltningar LUM-medel:\n| Förvaltning | Projekt\n${sdfs.map((d, i) => `| ${d} | Projekt ${i + 1}`).join('\n')}\n### Medel för studieresor`,
  );

ruleTester(rule, {
  valid: [
    { name: 'stated limits equal the 2025 criteria', doc: BASE_TU },
    {
      name: 'two study trips for one SDF in 2025',
      doc: BASE_TU,
      case: baseCase({ ar: { inriktning: 2025, redovisning: 2025 }, mul: trips(2) }),
    },
    { name: 'a 2025 LUM table with two rows for Farsta (at the limit)', doc: LUM_TABLE('Farsta', 'Bromma', 'Farsta') },
    { name: 'no built-in criteria for the grant year', doc: BASE_TU, case: baseCase({ mul: trips(5) }) },
  ],
  invalid: [
    {
      name: 'text says högst tre projekt',
      doc: tu('högst två lokala utvecklingsprojekt', 'högst tre lokala utvecklingsprojekt'),
      errors: [{ messageId: 'statedLimit', data: { stated: 'tre lokala utvecklingsprojekt', year: 2025, limit: 'två' } }],
    },
    {
      name: 'a 2025 LUM table with a third row for Farsta (text only)',
      doc: LUM_TABLE('Farsta', 'Bromma', 'Farsta', 'Farsta'),
      errors: [
        {
          messageId: 'table',
          data: { what: 'lokala utvecklingsprojekt', year: 2025, rows: 3, district: 'Farsta', limit: 'två' },
          excerpt: 'Farsta',
        },
      ],
    },
    {
      name: 'three study trips for Farsta in 2025',
      doc: BASE_TU,
      case: baseCase({ ar: { inriktning: 2025, redovisning: 2025 }, mul: trips(3) }),
      errors: [{ messageId: 'case', data: { district: 'Farsta', count: 3, what: 'studieresor', year: 2025, field: 'mul', limit: 2 } }],
    },
    {
      name: 'four applications for Södermalm in 2017 (at most three in all)',
      doc: BASE_TU,
      case: baseCase({
        ar: { inriktning: 2017, redovisning: 2017 },
        kriterier: { ar: 2017 },
        lum: [{ namn: 'A', sdf: 'Södermalm', ar: { fran: 2017, till: 2017 }, status: 'slutredovisas' }],
        mul: trips(3, 'Södermalm'),
      }),
      errors: [{ messageId: 'case', data: { district: 'Södermalm', count: 4 } }],
    },
  ],
});
