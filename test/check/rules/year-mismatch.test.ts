import { rule } from '../../../src/check/rules/year-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'years agree', doc: BASE_TU },
    { name: 'years agree with the case', doc: BASE_TU, case: baseCase() },
    {
      name: 'a point in time ("redovisas för nämnden våren 2026") is not the year reported on',
      doc: tu(
        'I ärendet föreslås även inriktning för 2025.',
        'I ärendet föreslås även inriktning för 2025. De projekt som avslutas under 2024 redovisas för nämnden våren 2026.',
      ),
      case: baseCase(),
    },
    {
      name: '"2023 års redovisning" form',
      doc: tu(
        'godkänner förslag till inriktning för 2025 samt redovisning av lokala utvecklingsprojekt år 2023',
        'godkänner 2023 års redovisning samt inriktningen för 2025 års medel',
      ),
    },
  ],
  invalid: [
    {
      name: 'förslag says redovisning 2022',
      doc: tu('godkänner redovisning av lokala utvecklingsprojekt 2023', 'godkänner redovisning av lokala utvecklingsprojekt 2022'),
      errors: [
        {
          messageId: 'year',
          data: { kind: 'redovisningen', year: 2022, part: 'förslaget till beslut', refYear: 2023, refPart: 'rubriken' },
          excerpt: '2022',
        },
      ],
    },
    {
      name: 'Sammanfattning: the projects were granted "under 2022"',
      doc: tu('beviljades till fem projekt under 2023', 'beviljades till fem projekt under 2022'),
      case: baseCase(),
      errors: [
        { messageId: 'year', data: { kind: 'redovisningen', year: 2022, part: 'sammanfattningen', refYear: 2023 }, excerpt: '2022' },
      ],
    },
    {
      name: 'synpunkter say inriktning 2024',
      doc: tu('förslag till inriktning för 2025 samt', 'förslag till inriktning för 2024 samt'),
      errors: [
        {
          messageId: 'year',
          data: { kind: 'inriktningen', year: 2024, part: 'förvaltningens synpunkter', refYear: 2025, refPart: 'rubriken' },
        },
      ],
    },
    {
      name: 'title disagrees with the case',
      doc: BASE_TU,
      case: baseCase({ ar: { inriktning: 2026, redovisning: 2023 } }),
      errors: [
        { messageId: 'year', data: { year: 2025, part: 'rubriken', refYear: 2026 } },
        { messageId: 'year', data: { year: 2025 } },
        { messageId: 'year', data: { year: 2025, part: 'sammanfattningen' } },
        { messageId: 'year', data: { part: 'förvaltningens synpunkter', refYear: 2026 } },
      ],
    },
  ],
});
