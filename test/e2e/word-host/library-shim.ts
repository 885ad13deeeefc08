/**
 * test/officejs/library.ts for the browser: the library is already loaded in the page (its script
 * runs before the host bundle), so its globals are taken from window instead of a jsdom window.
 * Same exports; the original Word.run is kept, since the host installs its own in its place.
 */
import type { LibraryRequest, LibraryResponse, OfficeJsLibrary, SendRequest } from '../../officejs/library';
import { installRouter } from '../../officejs/router';

export type { LibraryRequest, LibraryResponse, OfficeJsLibrary, SendRequest };
export const OFFICE_JS_FILE = 'word-web-16.00.debug.js';

let loaded: OfficeJsLibrary | null = null;

export function loadOfficeJs(): OfficeJsLibrary {
  if (loaded) return loaded;
  const w = window as unknown as {
    Word: typeof Word;
    OfficeExtension: typeof OfficeExtension & { HttpUtility: { setCustomSendRequestFunc(f: SendRequest): void } };
  };
  if (!w.Word || !w.OfficeExtension) throw new Error(`${OFFICE_JS_FILE} är inte inläst i sidan`);
  const route = installRouter(w.OfficeExtension.HttpUtility);
  const run = w.Word.run.bind(w.Word);
  loaded = {
    Word: Object.create(w.Word, { run: { value: run } }) as typeof Word,
    OfficeExtension: w.OfficeExtension,
    version: OFFICE_JS_FILE,
    route,
  };
  return loaded;
}
