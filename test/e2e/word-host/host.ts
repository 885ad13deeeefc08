/**
 * A Word-like host for the built task pane in a browser: the strict fake (test/fakes/word.ts)
 * bundled with esbuild and served IN PLACE OF office.js (the pane's <script> tag for
 * appsforoffice.microsoft.com). It installs the globals the pane and src/word/adapter.ts use:
 *   Office.onReady() → { host: 'Word' }, Office.context.requirements.isSetSupported,
 *   Office.context.document.settings, Office.context.officeTheme (light or dark), Word.run.
 * The test reaches the fake document through window.__fakeWord (snapshot, paragraphs, selection,
 * editParagraph, setCursor …) and sets the host up before the page's scripts run through
 * window.__tuHost (see HostOptions; set with page.addInitScript).
 */
import { createFakeWord, type FakeWordOptions } from '../../fakes/word';

export interface HostOptions {
  /** Office's theme: Word's dark theme has a dark body background. */
  theme?: 'light' | 'dark';
  /** The fake document and its requirement set (default WordApi 1.4, one empty paragraph). */
  word?: FakeWordOptions;
}

const THEMES = {
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
  },
  dark: {
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#3B3B3B',
    controlForegroundColor: '#FFFFFF',
  },
} as const;

const w = window as unknown as Record<string, unknown> & { __tuHost?: HostOptions };
const options: HostOptions = w.__tuHost ?? {};
const fake = createFakeWord(options.word ?? { paragraphs: [''] });
const info = { host: 'Word', platform: 'OfficeOnline' };

w.__fakeWord = fake;
w.Word = {
  run: fake.run,
  // The adapter uses string literals; these are here for code that reads Word's enums.
  InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' },
};
w.Office = {
  HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    // Word answers after a moment, never synchronously.
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 20),
    );
  },
  context: {
    host: 'Word',
    diagnostics: { host: 'Word', platform: 'OfficeOnline', version: '16.0' },
    requirements: { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version) },
    document: { settings: fake.settings },
    officeTheme: THEMES[options.theme ?? 'light'],
    displayLanguage: 'sv-SE',
  },
};
