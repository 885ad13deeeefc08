import { rule } from '../../../src/check/rules/amount-cap';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'stated cap equals the 2025 criteria (inferred from the title)', doc: BASE_TU },
    { name: 'grants under the cap in the case', doc: BASE_TU, case: baseCase() },
    {
      name: 'a project granted 450 000 kronor for one year (2025: 500 000 per år)',
      doc: tu(
        'Syftet har varit att fler ungdomar ska våga berätta.',
        'Syftet har varit att fler ungdomar ska våga berätta. Projektet beviljades 450 000 kronor för 2025.',
      ),
    },
    {
      name: 'a project granted 1 200 000 kronor over 2021–2023 (three years of 500 000)',
      doc: tu(
        'Syftet har varit att fler ungdomar ska våga berätta.',
        'Syftet har varit att fler ungdomar ska våga berätta. Projektet beviljades 1 200 000 kronor under åren 2021–2023.',
      ),
    },
    {
      name: 'money from another funder is not a LUM grant',
      doc: tu(
        'Syftet har varit att fler ungdomar ska våga berätta.',
        'Syftet har varit att fler ungdomar ska våga berätta. Projektet beviljades 900 000 kronor från Allmänna arvsfonden för 2025.',
      ),
    },
    {
      name: 'a total for all projects is not one grant',
      doc: tu(
        'Syftet har varit att fler ungdomar ska våga berätta.',
        'Syftet har varit att fler ungdomar ska våga berätta. Projekten beviljades totalt 1 650 000 kronor.',
      ),
    },
    {
      name: 'no year we have criteria for',
      doc: tu('studieresor 2025 (MUL)', 'studieresor 2030 (MUL)').replace(
        /inriktning av medel för lokala utvecklingsprojekt och studieresor 2025/g,
        'inriktning 2030',
      ),
    },
  ],
  invalid: [
    {
      name: 'text says 600 000 kr',
      doc: tu('maximalt beviljas 500 000 kr', 'maximalt beviljas 600 000 kr'),
      errors: [{ messageId: 'statedCap', data: { stated: '600 000 kronor', year: 2025, cap: '500 000 kronor' }, excerpt: '600 000 kr' }],
    },
    {
      name: 'a project granted 600 000 kronor for 2025 in the text (cap 500 000 per år)',
      doc: tu(
        'Syftet har varit att fler ungdomar ska våga berätta.',
        'Syftet har varit att fler ungdomar ska våga berätta. Projektet beviljades 600 000 kronor för 2025.',
      ),
      errors: [
        {
          messageId: 'granted',
          data: {
            stated: '600 000 kronor',
            forYear: ' för 2025',
            cap: '500 000 kronor',
            per: 'per år',
            years: '',
            criteriaYear: 2025,
            grantYear: 2025,
          },
          excerpt: '600 000 kronor',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a 2023 grant over the cap: the latest earlier criteria (2020) are used, as a warning',
      doc: tu(
        'Syftet har varit att fler ungdomar ska våga berätta.',
        'Syftet har varit att fler ungdomar ska våga berätta. Projektet beviljades 520 000 kronor för 2023.',
      ),
      errors: [
        {
          messageId: 'grantedNearest',
          data: { forYear: ' för 2023', cap: '500 000 kronor', per: 'per år', years: '', criteriaYear: 2020, grantYear: 2023 },
          severity: 'warning',
        },
      ],
    },
    {
      name: 'study trip cap in the text differs from 2017 (MUST 25 000)',
      doc: '# Inriktning av FoU-medel för lokala utvecklingsprojekt år 2017, samt redovisning av lokala utvecklingsprojekt år 2015\n## Ärendet\n### Medel för studiebesök\nMaximalt belopp som en stadsdelsförvaltning kan beviljas för ett studiebesök är 30 000 kronor.',
      errors: [{ messageId: 'statedCap', data: { what: 'en studieresa', stated: '30 000 kronor', year: 2017 } }],
    },
    {
      name: 'a grant over the cap and a project over the years',
      doc: BASE_TU,
      case: baseCase({
        ar: { inriktning: 2025, redovisning: 2025 },
        lum: [{ namn: 'Prata om det', sdf: 'Södermalm', ar: { fran: 2021, till: 2025 }, status: 'slutredovisas', belopp: 650000 }],
      }),
      errors: [
        {
          messageId: 'caseAmount',
          data: { name: '”Prata om det”', field: 'LUM-projekt 1, Belopp', amount: '650 000 kronor', cap: '500 000 kronor', per: 'per år' },
          inParagraph: 'Prata om det',
        },
        { messageId: 'caseYears', data: { years: 5 }, severity: 'warning' },
      ],
    },
  ],
});
