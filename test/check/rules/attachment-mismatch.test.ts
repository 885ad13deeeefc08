import { rule } from '../../../src/check/rules/attachment-mismatch';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

const B1 = '1. Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.';
const B2 = '2. Slutredovisning. Studiecirklar i bostadssökning, Hässelby-Vällingby stadsdelsförvaltning.';

ruleTester(rule, {
  valid: [
    { name: 'same projects, same order', doc: BASE_TU },
    { name: 'same as the case', doc: BASE_TU, case: baseCase() },
  ],
  invalid: [
    { name: 'a bilaga missing', doc: tu(`${B2}\n`), errors: [{ message: 'Projektet ”Studiecirklar i bostadssökning” redovisas men har ingen bilaga' }] },
    { name: 'another name in Bilagor', doc: tu('Slutredovisning. Våga anmäla våga vittna', 'Slutredovisning. Våga berätta'), errors: [{ message: 'Bilaga 1 heter ”Våga berätta”, men projektet i Ärendet heter ”Våga anmäla våga vittna”' }] },
    { name: 'another SDF in Bilagor', doc: tu('Slutredovisning. Våga anmäla våga vittna, Farsta', 'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks'), errors: [{ message: 'anger ”Skarpnäcks stadsdelsförvaltning”, men Ärendet anger ”Farsta stadsdelsförvaltning”', excerpt: 'Skarpnäcks stadsdelsförvaltning' }] },
    { name: 'order swapped', doc: tu(`${B1}\n${B2}`, `${B2}\n${B1}`), errors: [{ message: 'står som nummer 1, men projektet redovisas som nummer 2', severity: 'warning' }] },
  ],
});
