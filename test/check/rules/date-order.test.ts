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
          messageId: 'beredningAfterDoc',
          data: { what: 'beredningen', date: '12 april 2024', docDate: '10 april 2024' },
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
          messageId: 'docAfterMeeting',
          data: { date: '30 april 2024', meeting: '23 april 2024' },
          severity: 'error',
          excerpt: '2024-04-30',
        },
      ],
    },
    {
      name: 'beredning after the meeting',
      doc: tu('funktionshinderrådet den 9 april', 'funktionshinderrådet den 25 april'),
      errors: [{ messageId: 'beredningAfterMeeting', data: { what: 'beredningen', date: '25 april 2024' }, severity: 'error' }],
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
          messageId: 'beredningAfterDoc',
          data: {
            what: 'förvaltningsgruppens behandling (metadata.beredning.forvaltningsgrupp)',
            date: '15 april 2024',
            docDate: '10 april 2024',
          },
          inParagraph: 'Ärendets beredning',
        },
      ],
    },
  ],
});
