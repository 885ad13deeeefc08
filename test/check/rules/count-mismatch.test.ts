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
  ],
  invalid: [
    {
      name: '"Totalt beviljades sex projekt" (no varav) with five in the lists',
      doc: tu(
        'Totalt beviljades fem projekt inom lokala utvecklingsmedel (LUM) för 2023 varav tre projekt avslutade sitt sista projektår.',
        'Totalt beviljades sex projekt inom lokala utvecklingsmedel (LUM) för 2023.',
      ),
      errors: [{ message: 'Texten säger att sex projekt beviljades, men listorna i Ärendet har tillsammans 5 projekt', excerpt: 'sex' }],
    },
    {
      name: 'study trips, studies and districts against the case',
      doc: SUMMARY('Åtta', 'tre', 'fem', 'fem'),
      case: GRANTS,
      errors: [
        { message: 'Texten säger att tre studier har avslutats, men ärendets studier (fum) har 2 som är avslutade', excerpt: 'tre' },
        { message: 'Texten säger att fem studier pågår, men ärendets studier (fum) har 4 som pågår', excerpt: 'fem' },
        { message: 'gick till fem stadsdelsförvaltningar, men ärendets projekt (lum) har 4 olika stadsdelsförvaltningar', excerpt: 'fem' },
        { message: 'Texten säger att åtta ansökningar om studieresor beviljades, men ärendet har 7 (mulBeviljadeAntal)', excerpt: 'Åtta' },
      ],
    },
    {
      name: 'districts against the LUM table when there is no case',
      doc: tu(
        '### Medel för studieresor',
        'Lokala utvecklingsmedel har beviljats till verksamheter inom tre stadsdelsförvaltningar.\nUnder 2023 beviljades följande förvaltningar LUM-medel:\n| Förvaltning | Projekt\n| Farsta | Våga anmäla\n| Farsta | Studiecirklar\n| Bromma | Alla barn\n### Medel för studieresor',
      ),
      errors: [{ message: 'men tabellen över beviljade lokala utvecklingsmedel har 2 olika stadsdelsförvaltningar', excerpt: 'tre' }],
    },
    {
      name: '"varav fyra" but three reported',
      doc: tu('för 2023 varav tre projekt', 'för 2023 varav fyra projekt'),
      errors: [{ message: 'Texten säger att fyra projekt avslutas', excerpt: 'fyra' }],
    },
    {
      name: '"tio projekt" in digits, but 3 + 2',
      doc: tu('beviljades till fem projekt under 2023', 'beviljades till 6 projekt under 2023'),
      errors: [{ message: 'Texten säger 6 projekt totalt', excerpt: '6' }],
    },
    {
      name: '"Följande två projekt" with three items',
      doc: tu(
        '2. Prata om det, Södermalms stadsdelsförvaltning.',
        '2. Prata om det, Södermalms stadsdelsförvaltning.\n3. Ett till, Farsta stadsdelsförvaltning.',
      ),
      errors: [
        { message: 'Texten säger fem projekt totalt, men listan i Ärendet har 3 som slutredovisas och 3 som fortgår' },
        { message: 'Texten säger fem projekt totalt' },
        { message: '”två projekt”, men listan som följer har 3 punkter', excerpt: 'två' },
      ],
    },
    {
      name: '"I bilaga 1-4" with three projects',
      doc: tu('I bilaga 1-3', 'I bilaga 1-4'),
      errors: [{ message: 'Texten hänvisar till 4 bilagor (bilaga 1-4), men listan som följer har 3 projekt' }],
    },
    {
      name: 'case has four reported projects',
      doc: BASE_TU,
      case: baseCase({ lum: [...baseCase().lum.slice(0, 3), { ...baseCase().lum[0], namn: 'Extra' }, ...baseCase().lum.slice(3)] }),
      errors: [
        { message: 'Texten säger fem projekt totalt, men ärendets projekt har 4 som slutredovisas och 2 som fortgår, alltså 6' },
        { message: 'ärendets projekt har 4 projekt som slutredovisas', excerpt: 'tre' },
        { message: 'Texten säger fem projekt totalt' },
        { message: 'ärendets projekt har 4 projekt som slutredovisas' },
      ],
    },
  ],
});
