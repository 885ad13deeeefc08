#!/usr/bin/env node
/**
 * A tiny static server for the built pane (dist/), for tests and a quick look without certificates:
 *   node scripts/serve-dist.js [--port 0] [--dir dist]
 * Listens on 127.0.0.1 only, prints "http://127.0.0.1:<port>/taskpane.html", and sends the same
 * Content-Security-Policy as the <meta> tag in taskpane.html as an HTTP header. Also usable from
 * code: require('./serve-dist').serve({ dir, port }) → Promise<{ url, port, close }>.
 */
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function serve({ dir = path.resolve(__dirname, '..', 'dist'), port = 0 } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/') pathname = '/taskpane.html';
    const file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(root + path.sep) || req.method !== 'GET') {
      res.writeHead(req.method !== 'GET' ? 405 : 403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Finns inte');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const p = server.address().port;
      resolve({ url: `http://127.0.0.1:${p}/taskpane.html`, port: p, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

module.exports = { serve, CSP };

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : def;
  };
  serve({ dir: opt('dir', undefined), port: Number(opt('port', '3001')) }).then(({ url }) => console.log(url));
}
