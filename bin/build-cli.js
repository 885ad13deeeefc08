'use strict';
// Builds the command line (lib/) from src/ with `tsc -p tsconfig.cli.json` and, when the build
// succeeds, writes lib/.build-stamp: bin/tu.js compares its time with the sources' to notice a
// lib/ older than the code (after a git pull or an edit) instead of running old code silently.
// `npm run build:cli` (and `npm install`, through prepare) runs this file.
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const STAMP = path.join(ROOT, 'lib', '.build-stamp');

/** Runs tsc; returns true when lib/ is built and stamped. tsc's own messages go to stderr. */
function build() {
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  } catch {
    process.stderr.write('TypeScript saknas, så kommandoradsverktyget kan inte byggas. Kör npm install och sedan npm run build:cli.\n');
    return false;
  }
  // The time is taken before tsc starts: a source saved while tsc runs is newer than the stamp.
  const started = new Date();
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) return false;
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${started.toISOString()}\n`);
  fs.utimesSync(STAMP, started, started);
  return true;
}

module.exports = { build, STAMP };

if (require.main === module) process.exitCode = build() ? 0 : 1;
