import { rule } from '../../../src/check/rules/sdf-name';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

const DOC_2021 = (text: string) =>
  `Till\nSocialnämnden\n2021-02-16\n# Årsrapport om medel för forskning och utveckling 2020\n## Ärendet\n${text}`;

ruleTester(rule, {
  valid: [
    { name: 'current names in 2024', doc: BASE_TU },
    { name: 'Järvafältet is not Järva', doc: DOC_2021('Ett projekt på Järvafältet.') },
    {
      name: 'a new name with "sedan 2021" (the project runs into its time)',
      doc: tu(
        'Socialförvaltningen utlyser även',
        'Projektet drivs sedan 2021 av Norra innerstadens stadsdelsförvaltning. Socialförvaltningen utlyser även',
      ),
    },
    { name: 'Rinkeby-Kista in 2021', doc: DOC_2021('Rinkeby-Kista stadsdelsförvaltning har beviljats medel.') },
  ],
  invalid: [
    {
      name: 'Järva in a 2021 document',
      doc: DOC_2021('Järva stadsdelsförvaltning har beviljats medel.'),
      errors: [
        {
          message:
            'Järva finns som stadsdelsförvaltning först från 1 juli 2023, men texten gäller 2021. Använd namnet som gällde då: Rinkeby-Kista eller Spånga-Tensta',
          excerpt: 'Järva',
        },
      ],
    },
    {
      name: 'Hägersten-Älvsjö in 2019',
      doc: DOC_2021('Hägersten-Älvsjös projekt.').replace('2021-02-16', '2019-02-16'),
      errors: [{ message: 'Hägersten-Älvsjö finns som stadsdelsförvaltning först från 1 juli 2020', excerpt: 'Hägersten-Älvsjö' }],
    },
    {
      name: 'a new name in a sentence that speaks only of a year before the merger',
      doc: tu(
        'Socialförvaltningen utlyser även',
        'Norra innerstadens stadsdelsförvaltning genomförde en förstudie redan 2022. Socialförvaltningen utlyser även',
      ),
      errors: [
        {
          message:
            'Norra innerstaden finns som stadsdelsförvaltning först från 1 juli 2023, men meningen talar om 2022. Använd namnet som gällde då: Norrmalm eller Östermalm',
          severity: 'warning',
          excerpt: 'Norra innerstaden',
        },
      ],
    },
    {
      name: 'a new name with the old one in the same sentence: only the hint on the old name',
      doc: tu(
        'Socialförvaltningen utlyser även',
        'Norra innerstaden, som 2022 hette Norrmalm, genomförde en förstudie. Socialförvaltningen utlyser även',
      ),
      errors: [{ severity: 'info', excerpt: 'Norrmalm' }],
    },
    {
      name: 'old name for a year it existed: a hint',
      doc: DOC_2021('Hägersten-Liljeholmen beviljades medel 2019.'),
      errors: [{ message: 'Hägersten-Liljeholmen heter sedan 1 juli 2020 Hägersten-Älvsjö', severity: 'info' }],
    },
    {
      name: 'old name for a later year: a warning',
      doc: tu(
        'Socialförvaltningen utlyser även',
        'Under 2024 arbetar Östermalms stadsdelsförvaltning vidare. Socialförvaltningen utlyser även',
      ),
      errors: [{ message: 'Östermalm upphörde 30 juni 2023 och heter nu Norra innerstaden', severity: 'warning' }],
    },
  ],
});
