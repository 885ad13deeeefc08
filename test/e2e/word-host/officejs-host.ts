/**
 * The second browser host: Microsoft's real Word client library (node_modules/@microsoft/office-js,
 * word-web-16.00.debug.js, served in the same script before this bundle) with the Word engineer's
 * host simulator (test/officejs/host.ts) answering every request it sends on the strict fake's
 * document. The pane's adapter calls the library's own Word.run; what reaches the document is what
 * office.js really sends. The library has no customXmlParts, so this is a WordApi 1.3 host: the
 * case is stored in Office settings. window.__fakeWord is the document, window.__officeJsRequests
 * the requests (bytes, actions).
 */
import { createOfficeJsHost } from '../../officejs/host';
import { hostOptions, installOffice } from './office';

const w = window as unknown as Record<string, unknown> & { Word: { run: unknown } };
// host.ts measures request bodies with Buffer.byteLength (Node); the same in the browser:
w.Buffer ??= { byteLength: (s: string) => new TextEncoder().encode(s).length };

const options = hostOptions();
const host = createOfficeJsHost({ ...(options.word ?? { paragraphs: [''] }), apiVersion: '1.3' });
w.__fakeWord = host.fake;
w.__officeJsRequests = host.requests;
// The pane calls the global Word.run(batch): the library's, with a request context of this host.
w.Word.run = host.run;
installOffice(options, host);
