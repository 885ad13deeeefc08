import { rule } from '../../../src/check/rules/attachment-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

const B1 = '1. Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.';
const B2 = '2. Slutredovisning. Studiecirklar i bostadssökning, Hässelby-Vällingby stadsdelsförvaltning.';

const FUM = {
  namn: 'Barnets väg genom Barnahus',
  utforare: 'Stockholms universitet',
  klart: '2020-05-31',
  status: 'avslutad',
  beskrivning: 'En studie.',
  bilagor: ['Barnahus slutrapport'],
};

ruleTester(rule, {
  valid: [
    { name: 'same projects, same order', doc: BASE_TU },
    { name: 'same as the case', doc: BASE_TU, case: baseCase() },
    {
      name: "the case's FUM and extra bilagor are listed (one wrong letter from a PDF is tolerated)",
      doc: `${BASE_TU}\n4. Barnahus slutrapport\n5. Forteckning 6ver deltagarna i socialtjanstakademin`,
      case: baseCase({ fum: [FUM], bilagor: ['Förteckning över deltagarna i socialtjänstakademin'] }),
    },
    {
      name: 'the text and Bilagor agree on a district the stored (older) case does not have',
      doc: tu('1. Våga anmäla våga vittna, Farsta', '1. Våga anmäla våga vittna, Skarpnäcks').replace(
        'Slutredovisning. Våga anmäla våga vittna, Farsta',
        'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks',
      ),
      case: baseCase(),
    },
  ],
  invalid: [
    {
      name: 'a bilaga missing',
      doc: tu(`${B2}\n`),
      errors: [{ message: 'Projektet ”Studiecirklar i bostadssökning” redovisas men har ingen bilaga' }],
    },
    {
      name: 'another name in Bilagor',
      doc: tu('Slutredovisning. Våga anmäla våga vittna', 'Slutredovisning. Våga berätta'),
      errors: [{ message: 'Bilaga 1 heter ”Våga berätta”, men projektet i Ärendet heter ”Våga anmäla våga vittna”' }],
    },
    {
      name: 'another SDF in Bilagor',
      doc: tu('Slutredovisning. Våga anmäla våga vittna, Farsta', 'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks'),
      errors: [
        {
          message: 'anger ”Skarpnäcks stadsdelsförvaltning”, men Ärendet anger ”Farsta stadsdelsförvaltning”',
          excerpt: 'Skarpnäcks stadsdelsförvaltning',
        },
      ],
    },
    {
      name: "a FUM study's report named in the case is missing from Bilagor",
      doc: BASE_TU,
      case: baseCase({ fum: [FUM] }),
      errors: [
        {
          message: 'Ärendet anger bilagan ”Barnahus slutrapport” (fum[0].bilagor[0]), men den står inte under Bilagor',
          inParagraph: 'Bilagor',
        },
      ],
    },
    {
      name: 'an ongoing project listed as a slutredovisning',
      doc: `${BASE_TU}\n4. Slutredovisning. Prata om det, Södermalms stadsdelsförvaltning.`,
      errors: [
        { message: 'Bilagan är en slutredovisning av ”Prata om det”, men enligt Ärendet fortgår projektet', excerpt: 'Prata om det' },
      ],
    },
    {
      name: "the case is the source when the text does not name the project's district",
      doc: tu('1. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.', '1. Våga anmäla våga vittna.').replace(
        'Slutredovisning. Våga anmäla våga vittna, Farsta',
        'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks',
      ),
      case: baseCase(),
      errors: [
        { message: 'anger ”Skarpnäcks stadsdelsförvaltning”, men ärendets uppgifter (lum[0].sdf) anger ”Farsta stadsdelsförvaltning”' },
      ],
    },
    {
      name: 'order swapped',
      doc: tu(`${B1}\n${B2}`, `${B2}\n${B1}`),
      errors: [{ message: 'står som nummer 1, men projektet redovisas som nummer 2', severity: 'warning' }],
    },
  ],
});
