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
          messageId: 'beforeDocYear',
          data: { name: 'Järva', from: '1 juli 2023', docYear: 2021, before: ': Rinkeby-Kista eller Spånga-Tensta' },
          excerpt: 'Järva',
        },
      ],
    },
    {
      name: 'Hägersten-Älvsjö in 2019',
      doc: DOC_2021('Hägersten-Älvsjös projekt.').replace('2021-02-16', '2019-02-16'),
      errors: [{ messageId: 'beforeDocYear', data: { name: 'Hägersten-Älvsjö', from: '1 juli 2020' }, excerpt: 'Hägersten-Älvsjö' }],
    },
    {
      name: 'a new name in a sentence that speaks only of a year before the merger',
      doc: tu(
        'Socialförvaltningen utlyser även',
        'Norra innerstadens stadsdelsförvaltning genomförde en förstudie redan 2022. Socialförvaltningen utlyser även',
      ),
      errors: [
        {
          messageId: 'beforeInSentence',
          data: { name: 'Norra innerstaden', from: '1 juli 2023', years: '2022', before: ': Norrmalm eller Östermalm' },
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
      errors: [{ messageId: 'oldNameFits', severity: 'info', excerpt: 'Norrmalm' }],
    },
    {
      name: 'old name for a year it existed: a hint',
      doc: DOC_2021('Hägersten-Liljeholmen beviljades medel 2019.'),
      errors: [
        {
          messageId: 'oldNameFits',
          data: { name: 'Hägersten-Liljeholmen', since: '1 juli 2020', newName: 'Hägersten-Älvsjö' },
          severity: 'info',
        },
      ],
    },
    {
      name: 'old name for a later year: a warning',
      doc: tu(
        'Socialförvaltningen utlyser även',
        'Under 2024 arbetar Östermalms stadsdelsförvaltning vidare. Socialförvaltningen utlyser även',
      ),
      errors: [
        { messageId: 'oldName', data: { name: 'Östermalm', until: '30 juni 2023', newName: 'Norra innerstaden' }, severity: 'warning' },
      ],
    },
  ],
});
