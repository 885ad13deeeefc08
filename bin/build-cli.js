'use strict';
// Builds the command line (lib/) from src/ and, when the build succeeds, writes lib/.build-stamp:
// bin/tu.js compares its time with the sources' to notice a lib/ older than the code (after a git
// pull or an edit) instead of running old code silently. `npm run build:cli` (and `npm install`,
// through prepare) runs this file.
//
// Three steps, each in its own process:
//  1. `tsc -p tsconfig.cli.json --noEmit`: the type check; a type error stops the build.
//  2. esbuild bundles src/cli/main.ts and everything it imports, dynamically too (zod, fflate,
//     fast-xml-parser included), into lib/cli/bundle.js: one file to read instead of ~170, with
//     only the parts of zod the code uses (`import { z } from 'zod'` is read as zod's classic API
//     module, which esbuild can tree-shake; zod's 50 locale files are left out — our own Swedish
//     error map is used). lib/cli/main.js is bin/cli-loader.js, which runs the bundle with V8's
//     code cache; the bundle's last line is its build key (a hash of its text).
//  3. The cache: `tu check` runs once on a draft of the built-in example, and the loader writes
//     lib/cli/bundle.js.cache when it ends. If this step fails the build still succeeds (the
//     first run without a cache compiles as usual and writes it).
const path = require('path');
const fs = require('fs');
const os = require('os');
const { createHash } = require('crypto');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const LIB = path.join(ROOT, 'lib');
const STAMP = path.join(LIB, '.build-stamp');
const CLI = path.join(LIB, 'cli');
const ENTRY = path.join(CLI, 'main.js');
const BUNDLE = path.join(CLI, 'bundle.js');
const CACHE = `${BUNDLE}.cache`;
/** What the build writes; anything else in lib/ is left from an older build and is removed. */
const OUTPUTS = new Set([ENTRY, BUNDLE, CACHE, STAMP]);

/** A module from the project's node_modules, or undefined with a Swedish message on stderr. */
function resolveTool(name, what) {
  try {
    return require.resolve(name, { paths: [ROOT] });
  } catch {
    process.stderr.write(`${what} saknas, så kommandoradsverktyget kan inte byggas. Kör npm install och sedan npm run build:cli.\n`);
    return undefined;
  }
}

/** Reads `import { z } from 'zod'` as zod's classic API module itself, which esbuild can tree-shake. */
const zodPlugin = {
  name: 'zod-tree-shake',
  setup(build) {
    const classic = path.join(path.dirname(require.resolve('zod/package.json', { paths: [ROOT] })), 'v4', 'classic', 'external.js');
    build.onResolve({ filter: /^zod:classic$/ }, () => ({ path: classic }));
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      return {
        contents: text.replace(/^import \{ z \} from 'zod';$/m, "import * as z from 'zod:classic';"),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

/**
 * `await import('node:crypto')` in the sources becomes a lazy require() inside the bundle. The
 * loader runs the bundle as a script, where a real import() has no module loader to call.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * fflate builds its tables when its module loads (4 to 8 ms in a fresh process), and tu check
 * needs it only when Node's zlib refuses a part (src/io/zip.ts). In the bundle, `fflate` is
 * therefore a module whose exports load fflate on first use. It is fflate's browser build: the
 * same code as the Node build without the worker_threads set-up for the asynchronous API, which
 * the CLI never uses (its synchronous API is pure JavaScript).
 */
const lazyFflate = {
  name: 'lazy-fflate',
  setup(build) {
    build.onResolve({ filter: /^fflate$/ }, () => ({ path: 'fflate', namespace: 'lazy-fflate' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-fflate' }, () => {
      const names = Object.keys(require(require.resolve('fflate', { paths: [ROOT] })));
      const getters = names.map((n) => `  ${JSON.stringify(n)}: { enumerable: true, get: () => load()[${JSON.stringify(n)}] },`);
      return {
        contents: `let real;\nconst load = () => real || (real = require('fflate/browser'));\nObject.defineProperties(module.exports, {\n${getters.join('\n')}\n});\n`,
        loader: 'js',
        resolveDir: ROOT,
      };
    });
  },
};

/** Step 2 (run in a child process: esbuild's plugins need its asynchronous API). */
async function bundle() {
  const esbuild = require(resolveTool('esbuild', 'esbuild'));
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: path.join(ROOT, 'tsconfig.cli.json'),
    charset: 'ascii',
    write: false,
    outfile: BUNDLE,
    logLevel: 'error',
    metafile: true,
    plugins: [zodPlugin, lazyBuiltins, lazyFflate],
  });
  const dynamic = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import' && i.external));
  if (dynamic.length)
    throw new Error(`import() av ${dynamic.map((i) => i.path).join(', ')} kan inte köras i paketet; importera modulen statiskt`);
  const text = ascii(result.outputFiles[0].text);
  const key = createHash('sha256').update(text).digest('hex').slice(0, 32);
  fs.mkdirSync(CLI, { recursive: true });
  // Older builds' files (tsc wrote one .js per module) are removed: lib/ holds what runs, nothing else.
  removeOthers(LIB);
  writeAtomically(BUNDLE, `${text}//# tu-build=${key}\n`);
  writeAtomically(ENTRY, fs.readFileSync(path.join(__dirname, 'cli-loader.js'), 'utf8'));
}

/**
 * The bundle in plain ASCII, so that the loader reads it as latin1 (about half the time of UTF-8
 * decoding). esbuild escapes strings and names (charset ascii) but writes regular expressions and
 * comments as they are: each character left becomes a \u escape of its UTF-16 code unit, which
 * means the same there. An identity escape such as \ä loses its backslash (\ä is \u00e4).
 */
function ascii(text) {
  return text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, ch) => {
    const code = `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + code;
  });
}

/**
 * Removes what older builds left in lib/. A temporary file (*.tmp) may be another process's
 * write in progress (a build, or a cache written at exit); it is removed only once it is an hour old.
 */
function removeOthers(dir) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (OUTPUTS.has(p)) continue;
    if (p === CLI) removeOthers(p);
    else if (!name.endsWith('.tmp') || Date.now() - fs.statSync(p, { throwIfNoEntry: false })?.mtimeMs > 3_600_000) {
      fs.rmSync(p, { recursive: true, force: true });
    }
  }
}

function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Step 3: one real `tu check`, whose compiled code becomes the cache. Never fails the build. */
function makeCache() {
  // A cache left by an earlier build of the same code may be damaged; it is made anew.
  fs.rmSync(CACHE, { force: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tu-build-'));
  try {
    const docx = path.join(dir, 'exempel.docx');
    const run = (code) => spawnSync(process.execPath, ['-e', code], { cwd: dir, stdio: 'ignore', timeout: 120_000 });
    // The draft runs the bundle itself, without the loader, so its code is not in the cache.
    run(
      `require(${JSON.stringify(BUNDLE)}).main(['draft', '-o', ${JSON.stringify(docx)}, '--force'], { ...require(${JSON.stringify(BUNDLE)}).nodeIo, stdout() {}, stderr() {} })`,
    );
    run(
      `require(${JSON.stringify(ENTRY)}).main(['check', ${JSON.stringify(docx)}], { ...require(${JSON.stringify(ENTRY)}).nodeIo, stdout() {}, stderr() {} })`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds lib/; returns true when it is built and stamped. tsc's and esbuild's messages go to stderr. */
function build() {
  // Said at once, not after a type check of several seconds and in Node's English.
  const folder = [CLI, LIB, ROOT].find((d) => fs.existsSync(d));
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    process.stderr.write(
      `Kommandoradsverktyget kan inte byggas: mappen ${folder} får inte skrivas av dig. Kör npm run build:cli som den som äger mappen, eller använd en kopia av projektet där du har skrivrätt.\n`,
    );
    return false;
  }
  const tsc = resolveTool('typescript/bin/tsc', 'TypeScript');
  if (!tsc || !resolveTool('esbuild', 'esbuild')) return false;
  // The time is taken before tsc starts: a source saved while the build runs is newer than the stamp.
  const started = new Date();
  const node = (args) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 2, 2] }).status === 0;
  if (!node([tsc, '-p', path.join(ROOT, 'tsconfig.cli.json'), '--noEmit'])) return false;
  if (!node([__filename, '--bundle'])) return false;
  makeCache();
  fs.writeFileSync(STAMP, `${started.toISOString()}\n`);
  fs.utimesSync(STAMP, started, started);
  return true;
}

module.exports = { build, STAMP };

if (require.main === module) {
  if (process.argv[2] === '--bundle') {
    bundle().then(
      () => {
        process.exitCode = 0;
      },
      (e) => {
        // esbuild has said what is wrong (logLevel error); anything else is said here.
        if (e && ['EACCES', 'EPERM', 'EROFS'].includes(e.code)) {
          process.stderr.write(`Kommandoradsverktyget kan inte byggas: ${e.path || 'lib/'} får inte skrivas av dig.\n`);
        } else if (!(e && Array.isArray(e.errors))) {
          process.stderr.write(`Bygget av kommandoradsverktyget misslyckades: ${e && e.message}\n`);
        }
        process.exitCode = 1;
      },
    );
  } else process.exitCode = build() ? 0 : 1;
}
