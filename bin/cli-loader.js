'use strict';
// lib/cli/main.js, as bin/build-cli.js writes it from this file: loads the command line's bundle
// (lib/cli/bundle.js, all of src/cli and what it uses in one file) with V8's code cache.
//
// Every run of `tu` is a cold start. Compiling the bundle costs more than reading it, so the
// compiled code of a real run is kept in bundle.js.cache (made by the build, which runs tu check
// once). The cache starts with the bundle's build key (its last line) and the CRC-32 of the code
// that follows: V8 does not verify cached code in release builds, and damaged code can crash the
// process, so a cache whose checksum does not match is never given to V8. A cache of another
// build, a damaged one, or one V8 rejects (another Node version, other V8 flags) is not used:
// the bundle is then compiled as usual and, when a `tu check` ends (the command whose code the
// cache is for: a cache made by `tu --help` would hold little), a fresh cache is written if the
// folder allows it.
// A cache that cannot be written (a read-only installation) is never an error.
// TU_CODE_CACHE=0 turns the cache off (neither read nor written), to measure what it saves.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');
const Module = require('module');

const BUNDLE = path.join(__dirname, 'bundle.js');
const CACHE = `${BUNDLE}.cache`;
const KEY_MARK = '\n//# tu-build=';

// The build writes the bundle in plain ASCII: latin1 reads it as UTF-8 would, in half the time.
const source = fs.readFileSync(BUNDLE, 'latin1');
const at = source.lastIndexOf(KEY_MARK);
const key = at < 0 ? '' : source.slice(at + KEY_MARK.length).trim();
// zlib.crc32 came with Node 20.15; an older Node runs without the cache.
const useCache = key !== '' && process.env.TU_CODE_CACHE !== '0' && typeof zlib.crc32 === 'function';

/** The file's first line: the build key; its second: the CRC-32 of the code after it, in hex. */
function header(code) {
  return `${key}\n${zlib.crc32(code).toString(16).padStart(8, '0')}\n`;
}

/** The cached code for this build, or undefined when there is none or it is damaged. */
function readCache() {
  let data;
  try {
    data = fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const size = key.length + 10; // key, newline, 8 hex digits, newline
  if (data.length <= size) return undefined;
  const code = data.subarray(size);
  return data.toString('latin1', 0, size) === header(code) ? code : undefined;
}

const cachedData = useCache ? readCache() : undefined;
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: BUNDLE,
  cachedData,
});

/** Set when `tu check` has run its rules: only then is a fresh cache worth writing. */
let checkRan = false;

if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
  // After the command has run, so the cache holds the code it compiled. Written under another
  // name first and then renamed, so a process that starts meanwhile never reads half a file.
  // The file is opened before the cache is made: in a folder that cannot be written, no time is
  // spent making a cache that cannot be kept.
  process.once('exit', () => {
    if (!checkRan) return;
    const tmp = `${CACHE}.${process.pid}.tmp`;
    let fd;
    try {
      fd = fs.openSync(tmp, 'wx');
    } catch {
      return;
    }
    try {
      const code = script.createCachedData();
      fs.writeFileSync(fd, Buffer.concat([Buffer.from(header(code), 'latin1'), code]));
      fs.closeSync(fd);
      fd = undefined;
      fs.renameSync(tmp, CACHE);
    } catch {
      try {
        if (fd !== undefined) fs.closeSync(fd);
        fs.unlinkSync(tmp);
      } catch {
        // Nothing more to undo.
      }
    }
  });
}

const bundle = new Module(BUNDLE, module);
bundle.filename = BUNDLE;
bundle.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, __dirname);
bundle.loaded = true;
// The bundle's exports as they are, but main notes which command runs (for the cache, above).
const api = {};
for (const name of Object.keys(bundle.exports)) {
  if (name === 'main') continue;
  Object.defineProperty(api, name, { enumerable: true, get: () => bundle.exports[name] });
}
Object.defineProperty(api, 'main', {
  enumerable: true,
  value: (args, ...rest) => {
    const done = bundle.exports.main(args, ...rest);
    // A check that ran its rules: exit code 0 or 1 (2 is a usage error or a file not read, and --help
    // runs no rule; a cache made then would hold little of the check, and V8 would keep using it).
    if (!Array.isArray(args) || args[0] !== 'check' || args.includes('--help') || args.includes('-h')) return done;
    return done.then((code) => {
      if (code === 0 || code === 1) checkRan = true;
      return code;
    });
  },
});
module.exports = api;
