import { rule } from '../../../src/check/rules/date-order';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'beredning, date and meeting in order', doc: BASE_TU },
    { name: 'in order with the case', doc: BASE_TU, case: baseCase() },
  ],
  invalid: [
    {
      name: 'beredning after the document date',
      doc: tu('den 8 april', 'den 12 april'),
      errors: [
        {
          message: 'Datumet för beredningen, 12 april 2024, är efter tjänsteutlåtandets datum 10 april 2024',
          severity: 'warning',
          excerpt: '12 april',
        },
      ],
    },
    {
      name: 'document date after the meeting',
      doc: tu('2024-04-10', '2024-04-30'),
      errors: [
        {
          message: 'Tjänsteutlåtandets datum 30 april 2024 är efter nämndens sammanträde 23 april 2024',
          severity: 'error',
          excerpt: '2024-04-30',
        },
      ],
    },
    {
      name: 'beredning after the meeting',
      doc: tu('funktionshinderrådet den 9 april', 'funktionshinderrådet den 25 april'),
      errors: [{ message: 'Datumet för beredningen, 25 april 2024, är efter nämndens sammanträde', severity: 'error' }],
    },
    {
      name: 'case dates out of order',
      doc: tu('2024-04-10\n', '').replace(
        'Förvaltningsgruppen har behandlat ärendet den 8 april och funktionshinderrådet den 9 april.',
        'Ärendet har beretts inom avdelningen.',
      ),
      case: baseCase({}, { datum: '2024-04-10', beredning: { beretts: 'inom avdelningen', forvaltningsgrupp: '2024-04-15' } }),
      errors: [
        {
          message:
            'förvaltningsgruppens behandling (metadata.beredning.forvaltningsgrupp), 15 april 2024, är efter tjänsteutlåtandets datum 10 april 2024',
          inParagraph: 'Ärendets beredning',
        },
      ],
    },
  ],
});
