import { rule } from '../../../src/check/rules/year-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

const BOKSLUT = (forslag: string, summary = 'Nämnden visar ett positivt resultat för 2015 jämfört med 2014.'): string => `
Samhällsbyggnadskontoret
Tjänsteskrivelse
# Bokslut 2015 och verksamhetsberättelse för miljönämnden
## Förslag till beslut
${forslag}
## Sammanfattning
${summary}
`;

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
    {
      name: 'the title\u2019s year in the decision, and a comparison with another year',
      doc: BOKSLUT('Miljönämnden beslutar att överlämna nämndens bokslut 2015 till kommunstyrelsen.'),
      profile: null,
    },
    {
      name: 'the same phrase with the same year everywhere',
      doc: BOKSLUT('Nämnden godkänner bokslutet.', 'Detaljplaner som vunnit laga kraft under 2015 ingår.').replace(
        '## Sammanfattning',
        'Planer som vunnit laga kraft under 2015 och detaljplaner som vunnit laga kraft under 2015.\n## Sammanfattning',
      ),
      profile: null,
    },
  ],
  invalid: [
    {
      name: 'the summary dates a phrase differently from the rest of the document',
      doc:
        BOKSLUT('Nämnden godkänner bokslutet.', 'Detaljplaner som vunnit laga kraft under 2014 ingår.') +
        '## Ärendet\nAlla detaljplaner som vunnit laga kraft under 2015 ingår. Kartor för detaljplaner som vunnit laga kraft under 2015 finns.',
      profile: null,
      errors: [
        { messageId: 'phraseYear', data: { phrase: 'vunnit laga kraft under', year: '2014', otherYear: '2015' }, severity: 'warning' },
      ],
    },
    {
      name: 'the decision hands over another year\u2019s bokslut than the title',
      doc: BOKSLUT('Miljönämnden beslutar att överlämna nämndens bokslut 2014 till kommunstyrelsen.'),
      profile: null,
      errors: [
        {
          messageId: 'titleYear',
          data: { noun: 'bokslut', year: '2014', titleNoun: 'Bokslut', titleYear: '2015', part: 'förslaget till beslut' },
          excerpt: '2014',
        },
      ],
    },
    {
      name: 'a planning period in the summary against the title\u2019s',
      doc: BOKSLUT('Nämnden godkänner lokalbehovet.', 'Nästkommande planperiod 2026-2030 beskrivs.').replace(
        '# Bokslut 2015 och verksamhetsberättelse för miljönämnden',
        '# Lokalbehov 2027-2031',
      ),
      profile: null,
      errors: [{ messageId: 'titleRange', data: { range: '2026-2030', titleRange: '2027-2031' } }],
    },
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
