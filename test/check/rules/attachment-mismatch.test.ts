import { rule } from '../../../src/check/rules/attachment-mismatch';
import { ruleTester, tu, BASE_TU, baseCase, FUM_BARNAHUS } from '../../helpers/rule-tester';
import type { Case } from '../../../src/model/case';

const B1 = '1. Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.';
const B2 = '2. Slutredovisning. Studiecirklar i bostadssökning, Hässelby-Vällingby stadsdelsförvaltning.';

/** baseCase() with the first LUM project changed, without validation (as a case stored by an older version). */
function withLum0(over: Record<string, unknown>): Case {
  const c = baseCase();
  return { ...c, lum: c.lum.map((p, i) => (i === 0 ? { ...p, ...over } : p)) };
}

ruleTester(rule, {
  valid: [
    { name: 'same projects, same order', doc: BASE_TU },
    { name: 'same as the case', doc: BASE_TU, case: baseCase() },
    {
      name: "the case's FUM and extra bilagor are listed (one wrong letter from a PDF is tolerated)",
      doc: `${BASE_TU}\n4. Barnahus slutrapport\n5. Forteckning 6ver deltagarna i socialtjanstakademin`,
      case: baseCase({ fum: [FUM_BARNAHUS], bilagor: ['Förteckning över deltagarna i socialtjänstakademin'] }),
    },
    {
      name: 'the text and Bilagor agree on a district the stored (older) case does not have',
      doc: tu('1. Våga anmäla våga vittna, Farsta', '1. Våga anmäla våga vittna, Skarpnäcks').replace(
        'Slutredovisning. Våga anmäla våga vittna, Farsta',
        'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks',
      ),
      case: baseCase(),
    },
    {
      // A case stored before districts were validated: the text and Bilagor spell the owner alike, so the bilaga is there.
      name: 'the text, Bilagor and the case spell an owner that is no district alike',
      doc: tu('1. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.', '1. Våga anmäla våga vittna, Farstta.').replace(
        'Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.',
        'Slutredovisning. Våga anmäla våga vittna, Farstta.',
      ),
      case: withLum0({ sdf: 'Farstta' }),
    },
    {
      name: 'Bilagor spells an unknown owner as the text does (no case)',
      doc: tu(
        'Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.',
        'Slutredovisning. Våga anmäla våga vittna, FoU Farsta.',
      ).replace('1. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.', '1. Våga anmäla våga vittna, FoU Farsta.'),
    },
    {
      name: 'a numbered report with the same number in the text and the Beslutsunderlag',
      doc: 'Tjänsteskrivelse\n# Yttrande över rapport\n## Förslag till beslut\nNämnden avger yttrande.\n## Ärendebeskrivning\nRevisorerna har i rapport nr 8/2016 granskat lokalerna.\n## Beslutsunderlag\nRevisorernas rapport nr 8/2016',
      profile: null,
    },
  ],
  invalid: [
    {
      name: 'the text gives a numbered report another number than the Beslutsunderlag',
      doc: 'Tjänsteskrivelse\n# Yttrande över rapport\n## Förslag till beslut\nNämnden avger yttrande.\n## Ärendebeskrivning\nRevisorerna har i rapport nr 9/2016 granskat lokalerna.\n## Beslutsunderlag\nRevisorernas rapport nr 8/2016',
      profile: null,
      errors: [{ messageId: 'numberedReference', data: { noun: 'rapport', number: '9/2016', listNumber: '8/2016' }, excerpt: '9/2016' }],
    },
    {
      name: 'a bilaga missing',
      doc: tu(`${B2}\n`),
      errors: [{ messageId: 'missing', data: { name: '”Studiecirklar i bostadssökning”', source: 'avsnittet Ärendet' } }],
    },
    {
      name: 'another name in Bilagor',
      doc: tu('Slutredovisning. Våga anmäla våga vittna', 'Slutredovisning. Våga berätta'),
      errors: [
        {
          messageId: 'name',
          data: { number: 1, bilagaName: '”Våga berätta”', name: '”Våga anmäla våga vittna”', source: 'avsnittet Ärendet' },
        },
      ],
    },
    {
      name: 'another SDF in Bilagor',
      doc: tu('Slutredovisning. Våga anmäla våga vittna, Farsta', 'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks'),
      errors: [
        {
          messageId: 'owner',
          data: { bilagaOwner: '”Skarpnäcks stadsdelsförvaltning”', source: 'avsnittet Ärendet', owner: '”Farsta stadsdelsförvaltning”' },
          excerpt: 'Skarpnäcks stadsdelsförvaltning',
        },
      ],
    },
    {
      name: "a FUM study's report named in the case is missing from Bilagor",
      doc: BASE_TU,
      case: baseCase({ fum: [FUM_BARNAHUS] }),
      errors: [
        {
          messageId: 'caseBilaga',
          data: { title: '”Barnahus slutrapport”', field: 'FUM-studie 1 («Barnets väg genom Barnahus»), Bilagor 1' },
          inParagraph: 'Bilagor',
        },
      ],
    },
    {
      name: 'an ongoing project listed as a slutredovisning',
      doc: `${BASE_TU}\n4. Slutredovisning. Prata om det, Södermalms stadsdelsförvaltning.`,
      errors: [{ messageId: 'ongoing', data: { name: '”Prata om det”', source: 'avsnittet Ärendet' }, excerpt: 'Prata om det' }],
    },
    {
      name: "the case is the source when the text does not name the project's district",
      doc: tu('1. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.', '1. Våga anmäla våga vittna.').replace(
        'Slutredovisning. Våga anmäla våga vittna, Farsta',
        'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks',
      ),
      case: baseCase(),
      errors: [
        {
          messageId: 'owner',
          data: {
            bilagaOwner: '”Skarpnäcks stadsdelsförvaltning”',
            source: 'ärendets uppgifter (LUM-projekt 1, Stadsdelsförvaltning)',
            owner: '”Farsta stadsdelsförvaltning”',
          },
        },
      ],
    },
    {
      name: "with the wrong case, the name's source is the case, not the document's Ärendet",
      doc: tu('1. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.', '1. Våga berätta, Farsta stadsdelsförvaltning.').replace(
        'Slutredovisning. Våga anmäla våga vittna',
        'Slutredovisning. Våga berätta',
      ),
      case: baseCase(),
      errors: [
        {
          messageId: 'name',
          data: {
            bilagaName: '”Våga berätta”',
            name: '”Våga anmäla våga vittna”',
            source: 'ärendets uppgifter (LUM-projekt 1, Namn)',
          },
        },
      ],
    },
    {
      name: 'order swapped',
      doc: tu(`${B1}\n${B2}`, `${B2}\n${B1}`),
      errors: [{ messageId: 'order', data: { number: 1, position: 2 }, severity: 'warning' }],
    },
  ],
});
