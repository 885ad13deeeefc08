import { amountText, rule } from '../../../src/check/rules/case-coverage';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';
import fc from 'fast-check';

/** BASE_TU's projects with the amounts the base case gives them. */
const WITH_AMOUNTS = tu(
  'Syftet har varit att fler ungdomar ska våga berätta.',
  'Syftet har varit att fler ungdomar ska våga berätta. Det fick 400 000 kronor, Studiecirklar 300 000 kronor, Alla barn i centrum 500 000 kronor, Tidigt stöd 250 000 kronor och Prata om det 200 000 kronor.',
);

ruleTester(rule, {
  valid: [
    { name: 'without a case the rule is silent', doc: BASE_TU },
    { name: 'every project, amount, district and year of the case is in the text', doc: WITH_AMOUNTS, case: baseCase() },
    {
      name: 'a name written a little differently in a real document ("Stavanger i Norge", one wrong letter from a PDF)',
      doc: `${WITH_AMOUNTS}\nFarsta besökte Stavanger i Norge. Studien om initial bedömning av försörjningsstöd i Stockholm stad är klar.`,
      case: baseCase({
        mul: [{ sdf: 'Farsta', destination: 'Stavanger, Norge' }],
        fum: [{ namn: 'Initial bedömning av försörjningsstöd i Stockholms stad', utforare: 'Linnéuniversitetet', status: 'avslutad' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'a study and a trip of the case that the text does not name',
      doc: WITH_AMOUNTS,
      case: baseCase({
        mul: [{ sdf: 'Farsta', destination: 'Stavanger, Norge' }],
        fum: [{ namn: 'Initial bedömning av försörjningsstöd', utforare: 'Linnéuniversitetet', status: 'avslutad' }],
      }),
      errors: [
        { messageId: 'studyMissing', data: { path: 'fum[0]' } },
        { messageId: 'tripMissing', data: { name: 'Stavanger, Norge', path: 'mul[0]' } },
      ],
    },
    {
      name: 'a project of the case is not in the text',
      doc: WITH_AMOUNTS.replace('2. Prata om det, Södermalms stadsdelsförvaltning.', '').replace(' och Prata om det 200 000 kronor', ''),
      case: baseCase(),
      errors: [{ messageId: 'projectMissing', data: { name: '”Prata om det”', path: 'lum[4]' }, inParagraph: -1 }],
    },
    {
      name: 'the project is named but its district is not',
      doc: WITH_AMOUNTS.replace('2. Prata om det, Södermalms stadsdelsförvaltning.', ''),
      case: baseCase(),
      errors: [{ messageId: 'districtMissing', data: { path: 'lum[4].sdf', district: 'Södermalms stadsdelsförvaltning' } }],
    },
    {
      name: 'an amount of the case is not in the text',
      doc: WITH_AMOUNTS.replace('300 000 kronor', '350 000 kronor'),
      case: baseCase(),
      // The amount as Intl writes it in Swedish ("300 000 kronor", with a no-break space between the groups).
      errors: [{ messageId: 'amountMissing', data: { path: 'lum[1].belopp', amount: `${(300000).toLocaleString('sv-SE')} kronor` } }],
    },
    {
      name: 'a co-applicant district the text never names',
      doc: WITH_AMOUNTS,
      case: (() => {
        const c = baseCase();
        c.lum[0].medsokande = ['Skärholmen'];
        return c;
      })(),
      errors: [{ messageId: 'districtMissing', data: { path: 'lum[0].medsokande[0]', district: 'Skärholmens stadsdelsförvaltning' } }],
    },
    {
      name: "the case's inriktning year is not in the text",
      doc: WITH_AMOUNTS,
      case: baseCase({ ar: { inriktning: 2026, redovisning: 2023 }, kriterier: { ar: 2025 } }),
      errors: [{ messageId: 'yearMissing', data: { year: 2026, path: 'ar.inriktning' } }],
    },
    {
      name: 'the text lists a project the case does not have',
      doc: WITH_AMOUNTS.replace(
        '2. Prata om det, Södermalms stadsdelsförvaltning.',
        '2. Prata om det, Södermalms stadsdelsförvaltning.\n3. Ett helt annat projekt, Farsta stadsdelsförvaltning.',
      ),
      case: baseCase(),
      errors: [{ messageId: 'extraProject', data: { name: '”Ett helt annat projekt”' }, excerpt: 'Ett helt annat projekt' }],
    },
  ],
});

describe('case-coverage writes an amount as Intl does, a whole one without Intl', () => {
  it('as toLocaleString("sv-SE") writes it: whole numbers, -0, fractions, huge numbers', () => {
    const amounts = fc.oneof(
      fc.integer(),
      fc.maxSafeInteger(),
      fc.integer({ min: -1000, max: 1_000_000 }),
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, 999, 1000, 1234.5, 1e21, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(amounts, (n) => {
        expect(amountText(n)).toBe(n.toLocaleString('sv-SE'));
      }),
      { numRuns: 5000 },
    );
  });
});
