import { rule } from '../../../src/check/rules/decision-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'same proposal', doc: BASE_TU },
    { name: 'same recipients in both', doc: `${BASE_TU.replace('år 2023.', 'år 2023. Ärendet delges samtliga stadsdelsnämnder.')}` },
    { name: 'recipients as in the case', doc: BASE_TU, case: baseCase() },
  ],
  invalid: [
    {
      name: 'synpunkter add kommunstyrelsen',
      doc: tu('år 2023.\n## Bilagor', 'år 2023. Ärendet delges samtliga stadsdelsnämnder och kommunstyrelsen.\n## Bilagor'),
      errors: [
        {
          message:
            'Synpunkterna delger ärendet kommunstyrelsen och samtliga stadsdelsnämnder, men förslaget till beslut delger det samtliga stadsdelsnämnder',
        },
      ],
    },
    {
      name: '"Rapporten överlämnas till kommunstyrelsen" counts like "delges"',
      doc: tu('år 2023.\n## Bilagor', 'år 2023. Rapporten överlämnas till kommunstyrelsen.\n## Bilagor'),
      errors: [{ message: 'Synpunkterna delger ärendet kommunstyrelsen, men förslaget till beslut delger det samtliga stadsdelsnämnder' }],
    },
    {
      name: 'synpunkter propose only the inriktning',
      doc: tu('förslag till inriktning för 2025 samt redovisning av lokala utvecklingsprojekt år 2023', 'förslag till inriktning för 2025'),
      errors: [{ message: 'föreslår att nämnden godkänner inriktning, men förslaget till beslut gäller inriktning och redovisning' }],
    },
    {
      name: 'case says kommunstyrelsen too',
      doc: BASE_TU,
      case: baseCase({}, { delges: ['samtliga stadsdelsnämnder', 'kommunstyrelsen'] }),
      errors: [{ message: 'ärendets uppgifter säger kommunstyrelsen och samtliga stadsdelsnämnder' }],
    },
  ],
});
