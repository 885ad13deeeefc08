import { rule } from '../../../src/check/rules/decision-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'same proposal', doc: BASE_TU },
    { name: 'same recipients in both', doc: `${BASE_TU.replace('år 2023.', 'år 2023. Ärendet delges samtliga stadsdelsnämnder.')}` },
    { name: 'recipients as in the case', doc: BASE_TU, case: baseCase() },
    {
      name: 'the decision and the summary name the same ministry',
      doc: 'Tjänsteskrivelse\n# Yttrande över betänkande\n## Förslag till beslut\nNämnden avger yttrande till Justitiedepartementet.\n## Sammanfattning\nJustitiedepartementet har begärt yttrande.',
      profile: null,
    },
    {
      name: 'a styrelse proposes to fullmäktige; one cost stated twice with the same amount',
      doc: 'Missiv\n# Hyresavtal\n## Förslag till beslut\nLandstingsstyrelsen föreslår landstingsfullmäktige besluta\n1. att teckna avtal till en tillkommande hyreskostnad om cirka 3,9 mnkr det första året.\n2. att begära medgivande till en tillkommande hyreskostnad om cirka 3,9 mnkr det första året.',
      profile: null,
    },
  ],
  invalid: [
    {
      name: 'a body proposing to itself',
      doc: 'Missiv\n# Motion\n## Förslag till beslut\nLandstingsstyrelsen föreslår landstingsstyrelsen besluta att avslå motionen.',
      profile: null,
      errors: [{ messageId: 'selfProposal', data: { body: 'Landstingsstyrelsen' }, severity: 'warning' }],
    },
    {
      name: 'one cost stated twice in the decision with two amounts (mnkr)',
      doc: 'Tjänsteutlåtande\n# Hyresavtal\n## Förslag till beslut\n1. Nämnden tecknar avtal till en tillkommande hyreskostnad om cirka 3,9 mnkr det första året.\n2. Nämnden begär medgivande till en tillkommande hyreskostnad om cirka 4,9 mnkr det första året.',
      profile: null,
      errors: [
        {
          messageId: 'sameCostTwice',
          data: { phrase: 'tillkommande hyreskostnad', amount: '4,9 mnkr', other: '3,9 mnkr' },
          excerpt: '4,9 mnkr',
        },
      ],
    },
    {
      name: 'the summary names another ministry than the decision answers',
      doc: 'Tjänsteskrivelse\n# Yttrande över betänkande\n## Förslag till beslut\nNämnden avger yttrande till Justitiedepartementet.\n## Sammanfattning\nSocialdepartementet har begärt yttrande.',
      profile: null,
      errors: [{ messageId: 'department', data: { here: 'Socialdepartementet', decision: 'Justitiedepartementet' }, severity: 'warning' }],
    },
    {
      name: 'synpunkter add kommunstyrelsen',
      doc: tu('år 2023.\n## Bilagor', 'år 2023. Ärendet delges samtliga stadsdelsnämnder och kommunstyrelsen.\n## Bilagor'),
      errors: [
        {
          messageId: 'recipients',
          data: { synpunkter: 'kommunstyrelsen och samtliga stadsdelsnämnder', forslag: 'samtliga stadsdelsnämnder' },
        },
      ],
    },
    {
      name: '"Rapporten överlämnas till kommunstyrelsen" counts like "delges"',
      doc: tu('år 2023.\n## Bilagor', 'år 2023. Rapporten överlämnas till kommunstyrelsen.\n## Bilagor'),
      errors: [{ messageId: 'recipients', data: { synpunkter: 'kommunstyrelsen', forslag: 'samtliga stadsdelsnämnder' } }],
    },
    {
      name: 'synpunkter propose only the inriktning',
      doc: tu('förslag till inriktning för 2025 samt redovisning av lokala utvecklingsprojekt år 2023', 'förslag till inriktning för 2025'),
      errors: [{ messageId: 'kinds', data: { synpunkter: 'inriktning', forslag: 'inriktning och redovisning' } }],
    },
    {
      name: 'case says kommunstyrelsen too',
      doc: BASE_TU,
      case: baseCase({}, { delges: ['samtliga stadsdelsnämnder', 'kommunstyrelsen'] }),
      errors: [
        {
          messageId: 'recipientsCase',
          data: { forslag: 'samtliga stadsdelsnämnder', kase: 'kommunstyrelsen och samtliga stadsdelsnämnder', field: 'Delges' },
        },
      ],
    },
  ],
});
