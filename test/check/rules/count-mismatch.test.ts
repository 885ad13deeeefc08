import { rule } from '../../../src/check/rules/count-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

/** Sammanfattning sentences about the year's grants (MUL count, FUM studies, districts with LUM). */
const SUMMARY = (mul: string, done: string, ongoing: string, sdfs: string): string =>
  tu(
    'I ärendet föreslås även inriktning för 2025.',
    `I ärendet föreslås även inriktning för 2025. Under 2023 har ${done} stadsövergripande studier som finansierats med forsknings- och utvecklingsmedel avslutats och ${ongoing} pågår. Lokala utvecklingsmedel har beviljats till verksamheter inom ${sdfs} stadsdelsförvaltningar och socialförvaltningen. ${mul} ansökningar beviljades medel för studieresor (MUL) under 2023.`,
  );
const study = (namn: string, status: string) => ({
  namn,
  utforare: 'Stockholms universitet',
  klart: '2023-12-31',
  status,
  beskrivning: 'En studie.',
});
const GRANTS = baseCase({
  mulBeviljadeAntal: 7,
  fum: [study('A', 'avslutad'), study('B', 'avslutad'), study('C', 'pagar'), study('D', 'pagar'), study('E', 'pagar'), study('F', 'pagar')],
});

const KS = (text: string, decision = 'Kommunstyrelsen godkänner svaret.'): string => `
Kommunstyrelsens förvaltning
Tjänsteskrivelse
# Svar på revisionsskrivelse
## Förslag till beslut
${decision}
## Sammanfattning
${text}
`;

ruleTester(rule, {
  valid: [
    { name: 'counts agree with the lists', doc: BASE_TU },
    { name: 'counts agree with the case', doc: BASE_TU, case: baseCase() },
    {
      name: '"högst tre ansökningar" is a limit, not a count',
      doc: tu('per år.', 'per år. En förvaltning kan beviljas medel för högst tre ansökningar om studieresor.'),
      case: baseCase({ mulBeviljadeAntal: 7 }),
    },
    {
      name: "grants of another year are not this year's count",
      doc: tu(
        'I ärendet föreslås även inriktning för 2025.',
        'I ärendet föreslås även inriktning för 2025. Under 2021 beviljades totalt nio projekt lokala utvecklingsmedel inom tre stadsdelsförvaltningar.',
      ),
      case: baseCase(),
    },
    { name: 'study trips, studies and districts as in the case', doc: SUMMARY('Sju', 'två', 'fyra', 'fyra'), case: GRANTS },
    {
      name: 'counts that match what is named, listed and decided',
      doc: KS(
        'Utbetalningar görs via tre system, lönesystemet (Heroma), ekonomisystemet (Agresso) och ärendehanteringssystemet (Procapita). Planerad förskola består av fem avdelningar, och en paviljong med två avdelningar avvecklas. Revisorerna lämnar tre rekommendationer.\n- Se över rutinerna.\n- Inför kontroller.\n- Följ upp loggarna.',
        'En förskola med fem avdelningar godkänns.',
      ),
      profile: null,
    },
  ],
  invalid: [
    {
      name: '"tre nämnder, A och B"',
      doc: KS('Två beslut har fattats av tre nämnder, arbetsmarknadsnämnden och omsorgsnämnden, om riktlinjer.'),
      profile: null,
      errors: [{ messageId: 'enumeration', data: { count: 'tre', noun: 'nämnder', items: 2 }, excerpt: 'tre nämnder' }],
    },
    {
      name: 'a count before a bulleted list of another length',
      doc: KS('Revisorerna lämnar fyra rekommendationer.\n- Se över rutinerna.\n- Inför kontroller.\n- Följ upp loggarna.'),
      profile: null,
      errors: [{ messageId: 'listAfter', data: { count: 'fyra', noun: 'rekommendationer', items: 3 } }],
    },
    {
      name: 'the decision counts another number of the same thing than the summary',
      doc: KS(
        'Planerad förskola består av fem avdelningar, och en paviljong med två avdelningar avvecklas.',
        'En förskola med sex avdelningar godkänns.',
      ),
      profile: null,
      errors: [{ messageId: 'decisionCount', data: { count: 'sex', noun: 'avdelningar', otherCount: 'fem' }, severity: 'warning' }],
    },
    {
      name: '"Totalt beviljades sex projekt" (no varav) with five in the lists',
      doc: tu(
        'Totalt beviljades fem projekt inom lokala utvecklingsmedel (LUM) för 2023 varav tre projekt avslutade sitt sista projektår.',
        'Totalt beviljades sex projekt inom lokala utvecklingsmedel (LUM) för 2023.',
      ),
      errors: [{ messageId: 'granted', data: { count: 'sex', source: 'listorna i Ärendet har tillsammans', want: 5 }, excerpt: 'sex' }],
    },
    {
      name: 'study trips, studies and districts against the case',
      doc: SUMMARY('Åtta', 'tre', 'fem', 'fem'),
      case: GRANTS,
      errors: [
        { messageId: 'studiesDone', data: { count: 'tre', want: 2, field: 'FUM-studier' }, excerpt: 'tre' },
        { messageId: 'studiesOngoing', data: { count: 'fem', want: 4, field: 'FUM-studier' }, excerpt: 'fem' },
        { messageId: 'districts', data: { count: 'fem', source: 'ärendets LUM-projekt har', want: 4 }, excerpt: 'fem' },
        { messageId: 'mul', data: { count: 'åtta', want: 7, field: 'Antal beviljade studieresor' }, excerpt: 'Åtta' },
      ],
    },
    {
      name: 'districts against the LUM table when there is no case',
      doc: tu(
        '### Medel för studieresor',
        'Lokala utvecklingsmedel har beviljats till verksamheter inom tre stadsdelsförvaltningar.\nUnder 2023 beviljades följande förvaltningar LUM-medel:\n| Förvaltning | Projekt\n| Farsta | Våga anmäla\n| Farsta | Studiecirklar\n| Bromma | Alla barn\n### Medel för studieresor',
      ),
      errors: [
        { messageId: 'districts', data: { source: 'tabellen över beviljade lokala utvecklingsmedel har', want: 2 }, excerpt: 'tre' },
      ],
    },
    {
      name: '"varav fyra" but three reported',
      doc: tu('för 2023 varav tre projekt', 'för 2023 varav fyra projekt'),
      errors: [{ messageId: 'varavPart', data: { count: 'fyra' }, excerpt: 'fyra' }],
    },
    {
      name: '"tio projekt" in digits, but 3 + 2',
      doc: tu('beviljades till fem projekt under 2023', 'beviljades till 6 projekt under 2023'),
      errors: [{ messageId: 'varavTotal', data: { count: '6' }, excerpt: '6' }],
    },
    {
      name: '"Följande två projekt" with three items',
      doc: tu(
        '2. Prata om det, Södermalms stadsdelsförvaltning.',
        '2. Prata om det, Södermalms stadsdelsförvaltning.\n3. Ett till, Farsta stadsdelsförvaltning.',
      ),
      errors: [
        { messageId: 'varavTotal', data: { count: 'fem', source: 'listan i Ärendet', reported: 3, ongoing: 3 } },
        { messageId: 'varavTotal', data: { count: 'fem' } },
        { messageId: 'listCount', data: { count: 'två', noun: 'projekt', items: 3 }, excerpt: 'två' },
      ],
    },
    {
      name: '"I bilaga 1-4" with three projects',
      doc: tu('I bilaga 1-3', 'I bilaga 1-4'),
      errors: [{ messageId: 'bilagaRangeList', data: { count: 4, range: 'bilaga 1-4', items: 3 } }],
    },
    {
      name: 'case has four reported projects',
      doc: BASE_TU,
      case: baseCase({ lum: [...baseCase().lum.slice(0, 3), { ...baseCase().lum[0], namn: 'Extra' }, ...baseCase().lum.slice(3)] }),
      errors: [
        { messageId: 'varavTotal', data: { count: 'fem', source: 'ärendets projekt', reported: 4, ongoing: 2, want: 6 } },
        { messageId: 'varavPart', data: { count: 'tre', source: 'ärendets projekt', want: 4 }, excerpt: 'tre' },
        { messageId: 'varavTotal', data: { count: 'fem' } },
        { messageId: 'varavPart', data: { count: 'tre', source: 'ärendets projekt', want: 4 } },
      ],
    },
  ],
});
