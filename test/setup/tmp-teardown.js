// Removes the run's temporary folder (test/setup/tmp-setup.js).
'use strict';
const fs = require('fs');

module.exports = async function teardown() {
  const dir = process.env.TU_JEST_TMP;
  if (dir && /tu-jest-/.test(dir)) fs.rmSync(dir, { recursive: true, force: true });
};
