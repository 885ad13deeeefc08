/**
 * A Word-like host for the built task pane in a browser: the strict fake (test/fakes/word.ts)
 * bundled with esbuild and served IN PLACE OF office.js (the pane's <script> tag for
 * appsforoffice.microsoft.com). It installs the globals the pane and src/word/ use: Office (see
 * office.ts) and Word.run. The test reaches the fake document through window.__fakeWord
 * (snapshot, paragraphs, selection, editParagraph, setCursor …) and sets the host up before the
 * page's scripts run through window.__tuHost (HostOptions; set with page.addInitScript).
 */
import { createFakeWord } from '../../fakes/word';
import { hostOptions, installOffice } from './office';

export type { HostOptions } from './office';

const options = hostOptions();
const fake = createFakeWord(options.word ?? { paragraphs: [''] });
const w = window as unknown as Record<string, unknown>;
w.__fakeWord = fake;
w.Word = {
  run: fake.run,
  // The adapter uses string literals; these are here for code that reads Word's enums.
  InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' },
};
installOffice(options, fake);
