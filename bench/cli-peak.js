#!/usr/bin/env node
// Runs `tu` (lib/cli/main.js, as bin/tu.js does) and, on exit, writes the process's peak memory
// (maxRSS, kB) to stderr as TU_PEAK_KB=… for bench/cli.ts.
'use strict';
const path = require('path');
process.on('exit', () => process.stderr.write(`TU_PEAK_KB=${process.resourceUsage().maxRSS}\n`));
require(path.join(__dirname, '..', 'lib', 'cli', 'main.js'))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
