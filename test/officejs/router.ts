/**
 * The request routing both loaders of Microsoft's Word library install (test/officejs/library.ts
 * in jsdom, test/e2e/word-host/library-shim.ts in the browser): every request the library sends
 * goes to the handler whose URL prefix it starts with, and to a 404 when none is routed.
 * No Node imports, so the browser bundle can take it too.
 */
import type { OfficeJsLibrary, SendRequest } from './library';

export function installRouter(http: { setCustomSendRequestFunc(f: SendRequest): void }): OfficeJsLibrary['route'] {
  const routes: { prefix: string; send: SendRequest }[] = [];
  http.setCustomSendRequestFunc((req) => {
    const r = routes.find((x) => req.url.startsWith(x.prefix));
    if (!r) return Promise.resolve({ statusCode: 404, headers: {}, body: '' });
    return r.send(req);
  });
  return (prefix, send) => {
    const r = { prefix, send };
    routes.push(r);
    return () => {
      const i = routes.indexOf(r);
      if (i >= 0) routes.splice(i, 1);
    };
  };
}
