// Every file a test writes goes into one folder for the run (TMPDIR, so os.tmpdir() and the tools
// the tests start use it too), which test/setup/tmp-teardown.js removes when the run ends: a test
// run leaves nothing in the machine's temporary folder. Jest's workers start after this and
// inherit the environment.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tu-jest-'));
  process.env.TU_JEST_TMP = dir;
  process.env.TMPDIR = dir;
};
