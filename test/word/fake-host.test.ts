/** The adapter's table of cases (test/word/cases/) on the strict fake of Word (test/fakes/word.ts). */
import { chooseHost } from './helpers';
import { adapterCases } from './cases/adapter.cases';
import { actionsCases } from './cases/actions.cases';
import { safetyCases } from './cases/safety.cases';
import { syncsCases } from './cases/syncs.cases';
import { quirksCases } from './cases/quirks.cases';

chooseHost('fake');
adapterCases();
actionsCases();
safetyCases();
syncsCases();
quirksCases();
