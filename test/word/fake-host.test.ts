/** The adapter's table of cases (test/word/cases/) on the strict fake of Word (test/fakes/word.ts). */
import { useHost } from './helpers';
import { adapterCases } from './cases/adapter.cases';
import { actionsCases } from './cases/actions.cases';
import { safetyCases } from './cases/safety.cases';
import { syncsCases } from './cases/syncs.cases';
import { quirksCases } from './cases/quirks.cases';

useHost('fake');
adapterCases();
actionsCases();
safetyCases();
syncsCases();
quirksCases();
