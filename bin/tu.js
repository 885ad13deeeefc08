#!/usr/bin/env node
'use strict';
// The `tu` command. Runs lib/cli/main.js: the whole CLI bundled in one file, compiled from V8's
// code cache (bin/cli-loader.js); each command sets up the readers, zod and the rules it needs
// only when it runs (tu --help starts in well under 0.15 s).
//
// In a development checkout (src/ is there) lib/ may be older than the code, after a git pull or
// an edit: then lib/ is rebuilt first (bin/build-cli.js, as npm run build:cli does) and the user
// is told so on stderr; if the build fails, the old code is not run. The check costs one stat of
// lib/.build-stamp and a walk over the folders tsconfig.cli.json compiles (about 110 files), and
// stops at the first newer file.
const path = require('path');
const fs = require('fs');

const ROOT = path.join(__dirname, '..');
const entry = path.join(ROOT, 'lib', 'cli', 'main.js');
/** What lib/cli/main.js runs (bin/cli-loader.js). */
const bundle = path.join(ROOT, 'lib', 'cli', 'bundle.js');
const STAMP = path.join(ROOT, 'lib', '.build-stamp');

/** The first file under `p` (or `p` itself) that changed after `since` (ms), or undefined. */
function changedSince(p, since) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return undefined;
  }
  if (st.mtimeMs > since) return p;
  if (!st.isDirectory()) return undefined;
  for (const name of fs.readdirSync(p)) {
    const changed = changedSince(path.join(p, name), since);
    if (changed) return changed;
  }
  return undefined;
}

/**
 * What lib/ is built from: tsconfig.cli.json's include, the tsconfig files, the build script and
 * the loader it copies, and package-lock.json (the bundle holds zod, fflate and fast-xml-parser).
 */
function sources() {
  const out = ['tsconfig.cli.json', 'tsconfig.json', 'package-lock.json', 'bin/build-cli.js', 'bin/cli-loader.js'].map((f) =>
    path.join(ROOT, f),
  );
  try {
    const cfg = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.cli.json'), 'utf8'));
    for (const inc of cfg.include || ['src']) out.push(path.join(ROOT, inc));
  } catch {
    out.push(path.join(ROOT, 'src'));
  }
  return out;
}

/** Why lib/ must be rebuilt before it runs, or undefined. Only in a checkout with src/. */
function staleReason() {
  if (!fs.existsSync(path.join(ROOT, 'src'))) return undefined;
  let stamp;
  try {
    stamp = fs.statSync(STAMP).mtimeMs;
  } catch {
    return fs.existsSync(entry) ? 'lib/ saknar byggstämpel' : 'lib/ är inte byggt';
  }
  if (!fs.existsSync(bundle)) return 'lib/cli/bundle.js saknas';
  for (const p of sources()) {
    const changed = changedSince(p, stamp);
    if (changed) return `${path.relative(ROOT, changed).split(path.sep).join('/')} är ändrad sedan lib/ byggdes`;
  }
  return undefined;
}

const reason = staleReason();
if (reason) {
  process.stderr.write(`tu: ${reason}; bygger om kommandoradsverktyget (npm run build:cli) …\n`);
  if (!require('./build-cli.js').build()) {
    process.stderr.write(
      'tu: bygget misslyckades (felen står ovan), så kommandot kördes inte – den gamla versionen i lib/ körs inte i tysthet. Rätta felen och kör npm run build:cli.\n',
    );
    process.exit(2);
  }
  process.stderr.write('tu: bygget är klart.\n');
}
if (!fs.existsSync(entry) || !fs.existsSync(bundle)) {
  process.stderr.write('Kommandoradsverktyget är inte byggt. Kör först: npm install (eller npm run build:cli)\n');
  process.exit(2);
}
// Output that cannot be written. A reader that stops early (tu check … | head) closes the pipe:
// the rest is not wanted, so the command ends quietly with the code it has. Anything else (a full
// disk behind > fil) is said in Swedish, exit code 2, instead of Node's stack trace in English.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const why = e && (e.code === 'ENOSPC' || e.code === 'EDQUOT') ? 'disken är full' : `felkod ${(e && e.code) || 'okänd'}`;
  try {
    process.stderr.write(`tu: utdata kunde inte skrivas (${why}), så det som skrevs ut är inte komplett.\n`);
  } catch {
    // Nothing more can be said.
  }
  process.exit(2);
});
process.stderr.on('error', () => {
  // Messages that cannot be shown: the exit code still tells.
});
// npm runs a script (npm run draft, npm run check) in the project's root; file names the user
// gives are meant from the folder where npm was started, which npm passes as INIT_CWD.
if (['draft', 'check'].includes(process.env.npm_lifecycle_event) && process.env.INIT_CWD) {
  try {
    process.chdir(process.env.INIT_CWD);
  } catch {
    // The folder is gone: names are then read from the project's root, as npm left it.
  }
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
