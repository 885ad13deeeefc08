/**
 * The Office globals a Word host gives the pane: Office.onReady() → { host: 'Word' },
 * Office.context.requirements.isSetSupported, Office.context.document.settings and
 * Office.context.officeTheme (light or dark). Shared by the two browser hosts (host.ts: the strict
 * fake as Word; officejs-host.ts: Microsoft's real Word library answered by the host simulator).
 */
import type { FakeWordOptions } from '../../fakes/word';

export interface HostOptions {
  /** Office's theme: Word's dark theme has a dark body background. */
  theme?: 'light' | 'dark';
  /** The fake document and its requirement set. */
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

type Win = Record<string, unknown> & { __tuHost?: HostOptions };

/** The options the test set with page.addInitScript (window.__tuHost). */
export function hostOptions(): HostOptions {
  return (window as unknown as Win).__tuHost ?? {};
}

export function installOffice(
  options: HostOptions,
  host: { isSetSupported: (name: string, version?: string) => boolean; settings: unknown },
): void {
  const w = window as unknown as Win;
  const info = { host: 'Word', platform: 'OfficeOnline' };
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
      requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) },
      document: { settings: host.settings },
      officeTheme: THEMES[options.theme ?? 'light'],
      displayLanguage: 'sv-SE',
    },
  };
}
