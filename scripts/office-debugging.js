#!/usr/bin/env node
// npm start / npm stop: sideloads the add-in in Word with office-addin-debugging. That package is an
// optional dependency (it pulls keytar, a native module that needs libsecret on Linux), so
// `npm install` succeeds without it; here we say what to do instead of failing with "not found".
'use strict';
const { spawnSync } = require('child_process');
let cli;
try {
  cli = require.resolve('office-addin-debugging/cli.js');
} catch {
  process.stderr.write(
    'office-addin-debugging är inte installerat, så tillägget kan inte sidladdas härifrån.\n' +
      'På Linux behöver det paketet libsecret: kör "sudo apt-get install libsecret-1-dev" och sedan "npm install" igen.\n' +
      'Du kan också ladda upp manifest.xml för hand i Word (Infoga > Tillägg > Ladda upp mitt tillägg) medan "npm run dev-server" körs.\n',
  );
  process.exit(1);
}
const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
