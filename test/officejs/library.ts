/**
 * Microsoft's real Word client library (npm @microsoft/office-js, dist/word-web-16.00.debug.js,
 * the file Word on the web loads), evaluated in a jsdom window. Nothing of it is ours: the request
 * JSON the adapter's calls turn into is exactly what this library sends to Word.
 *
 * One window per process (the file is 1.7 MB; evaluating it takes ~50 ms). Every request goes to
 * the function installed with OfficeExtension.HttpUtility.setCustomSendRequestFunc; requests
 * carry the URL of the RequestContext they came from, so several simulated hosts can share the
 * window (see host.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { JSDOM } from 'jsdom';
import { installRouter } from './router';

export const OFFICE_JS_FILE = 'word-web-16.00.debug.js';
const DIST = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');

/** What the custom send function receives (OfficeExtension's RequestInfo). */
export interface LibraryRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}
export interface LibraryResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}
export type SendRequest = (req: LibraryRequest) => Promise<LibraryResponse>;

/** The parts of the library's globals the harness uses. */
export interface OfficeJsLibrary {
  /** The library's Word namespace (Word.run, Word.RequestContext, Word.Document, …). */
  Word: typeof Word;
  OfficeExtension: typeof OfficeExtension;
  /** The library's version string as it reports itself (file name and package version). */
  version: string;
  /** Routes every request of contexts whose URL starts with `urlPrefix` to `send`. */
  route(urlPrefix: string, send: SendRequest): () => void;
}

let loaded: OfficeJsLibrary | null = null;

export function loadOfficeJs(): OfficeJsLibrary {
  if (loaded) return loaded;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  const w = dom.window as unknown as {
    eval(src: string): unknown;
    Word: typeof Word;
    OfficeExtension: typeof OfficeExtension & {
      HttpUtility: { setCustomSendRequestFunc(f: SendRequest): void };
    };
  };
  w.eval(readFileSync(join(DIST, OFFICE_JS_FILE), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as { version: string };
  const route = installRouter(w.OfficeExtension.HttpUtility);
  loaded = {
    Word: w.Word,
    OfficeExtension: w.OfficeExtension,
    version: `${OFFICE_JS_FILE} (@microsoft/office-js ${pkg.version})`,
    route,
  };
  return loaded;
}
