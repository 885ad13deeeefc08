import { rule } from '../../../src/check/rules/personnummer';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'no numbers', doc: BASE_TU },
    {
      name: 'organisationsnummer, dnr, phone and a wrong check digit',
      doc: tu('till lokala projekt.', 'till lokala projekt. Org.nr 212000-0142, dnr 3.2.1-792/2020, tel 08-508 25 180, id 811218-9877.'),
    },
    { name: 'invalid date 19991332-1234', doc: tu('till lokala projekt.', 'till lokala projekt 19991332-1234.') },
  ],
  invalid: [
    {
      name: 'personnummer with dash',
      doc: tu('till lokala projekt.', 'till lokala projekt för 811218-9876.'),
      errors: [{ messageId: 'found', data: { kind: 'personnummer', masked: '811218-****' }, excerpt: '811218-****', severity: 'error' }],
    },
    {
      name: '12 digits without dash',
      doc: tu('till lokala projekt.', 'till lokala projekt, 198112189876.'),
      errors: [{ messageId: 'found', data: { kind: 'personnummer', masked: '19811218****' } }],
    },
    {
      name: 'samordningsnummer (day + 60)',
      doc: tu('till lokala projekt.', 'till lokala projekt, 701063-2391.'),
      errors: [{ messageId: 'found', data: { kind: 'samordningsnummer' } }],
    },
  ],
});
