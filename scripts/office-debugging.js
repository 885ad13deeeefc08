#!/usr/bin/env node
// npm start / npm stop: sideloads the add-in in Word with office-addin-debugging. That package is an
// optional peer dependency: neither production installs nor `npm install` pull its ~290 packages
// (among them keytar, a native module that needs libsecret on Linux). A developer who wants
// `npm start` installs it once; here we say how, instead of failing with "not found".
'use strict';
const { spawnSync } = require('child_process');
let cli;
try {
  cli = require.resolve('office-addin-debugging/cli.js');
} catch {
  process.stderr.write(
    'office-addin-debugging är inte installerat, så tillägget kan inte sidladdas härifrån.\n' +
      'Det är ett utvecklingsverktyg som inte följer med vanliga installationer. Installera det en gång med:\n' +
      '  npm install --no-save office-addin-debugging@^6.1.2\n' +
      '(på Linux behövs först libsecret: sudo apt-get install libsecret-1-dev).\n' +
      'Du kan också ladda upp manifest.xml för hand i Word (Infoga > Tillägg > Ladda upp mitt tillägg) medan "npm run dev-server" körs.\n',
  );
  process.exit(1);
}
const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
