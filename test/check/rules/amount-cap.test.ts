import { rule } from '../../../src/check/rules/amount-cap';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'stated cap equals the 2025 criteria (inferred from the title)', doc: BASE_TU },
    { name: 'grants under the cap in the case', doc: BASE_TU, case: baseCase() },
    { name: 'no year we have criteria for', doc: tu('studieresor 2025 (MUL)', 'studieresor 2030 (MUL)').replace(/inriktning av medel för lokala utvecklingsprojekt och studieresor 2025/g, 'inriktning 2030') },
  ],
  invalid: [
    { name: 'text says 600 000 kr', doc: tu('maximalt beviljas 500 000 kr', 'maximalt beviljas 600 000 kr'), errors: [{ message: 'högst 600\u00a0000\u00a0kronor, men kriterierna för 2025 säger 500\u00a0000\u00a0kronor', excerpt: '600 000 kr' }] },
    {
      name: 'study trip cap in the text differs from 2017 (MUST 25 000)',
      doc: '# Inriktning av FoU-medel för lokala utvecklingsprojekt år 2017, samt redovisning av lokala utvecklingsprojekt år 2015\n## Ärendet\n### Medel för studiebesök\nMaximalt belopp som en stadsdelsförvaltning kan beviljas för ett studiebesök är 30 000 kronor.',
      errors: [{ message: 'en studieresa kan beviljas högst 30\u00a0000\u00a0kronor, men kriterierna för 2017 säger 25\u00a0000' }],
    },
    {
      name: 'a grant over the cap and a project over the years',
      doc: BASE_TU,
      case: baseCase({ ar: { inriktning: 2025, redovisning: 2025 }, lum: [{ namn: 'Prata om det', sdf: 'Södermalm', ar: { fran: 2021, till: 2025 }, status: 'slutredovisas', belopp: 650000 }] }),
      errors: [{ message: 'Projektet ”Prata om det” (lum[0].belopp) har 650\u00a0000\u00a0kronor, mer än högsta beloppet 500\u00a0000\u00a0kronor per år', inParagraph: 'Prata om det' }, { message: 'pågår 5 år', severity: 'warning' }],
    },
  ],
});
