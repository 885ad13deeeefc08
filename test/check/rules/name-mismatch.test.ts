import { rule } from '../../../src/check/rules/name-mismatch';
import { ruleTester } from '../../helpers/rule-tester';

const DOC = (recommendation: string): string => `
Kommunstyrelsens förvaltning
# Granskning av manuella utbetalningar
## Förslag till beslut
Kommunstyrelsen godkänner svaret.
## Sammanfattning
Utbetalningar görs via lönesystemet Heroma och ärendesystemet Procapita.
Rutinerna i Procapita och Heroma bör ses över.
${recommendation}
`;

ruleTester(rule, {
  valid: [
    { name: 'every name spelt the same', doc: DOC('Loggar i Procapita och Heroma gås igenom.'), profile: null },
    {
      name: 'inflected forms and a sentence\u2019s first word are not misspellings',
      doc: DOC(
        'Heromas loggar gås igenom. Dokumenthanteringsplanen och en ny Dokumenthanteringsplan tas fram av Dokumenthanteringsplanens grupp.',
      ),
      profile: null,
    },
    {
      name: 'an anonymised text (Xxxxxx) is not a name',
      doc: DOC('Skriv till Xxxxxx eller Xxxxxxx och Xxxxxx och Xxxxxx.'),
      profile: null,
    },
  ],
  invalid: [
    {
      name: 'a name spelt once with a letter more and one changed ("Hermona" for "Heroma")',
      doc: DOC('Antalet anställda med access till utbildningsinformation i Hermona minskas.'),
      profile: null,
      errors: [{ messageId: 'spelling', data: { name: 'Hermona', usual: 'Heroma', count: 2 }, excerpt: 'Hermona', severity: 'warning' }],
    },
    {
      name: 'one letter changed',
      doc: DOC('Loggar i Procapita och Herona gås igenom.'),
      profile: null,
      errors: [{ messageId: 'spelling', data: { name: 'Herona', usual: 'Heroma' } }],
    },
  ],
});
