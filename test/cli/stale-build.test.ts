/**
 * bin/tu.js never runs a lib/ older than the code silently: in a checkout with src/, a source
 * newer than lib/.build-stamp makes it rebuild first (and say so on stderr); a failed build stops
 * the command (exit 2) instead of running the old code. Run on a small copy of the layout (the real
 * bin/tu.js and bin/build-cli.js, the real TypeScript) so the real lib/ is not touched.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

function checkout(): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'tu-stale-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  for (const f of ['tu.js', 'build-cli.js', 'cli-loader.js']) fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(dir, 'bin', f));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, types: ['node'] } }),
  );
  fs.writeFileSync(
    path.join(dir, 'tsconfig.cli.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { module: 'commonjs', target: 'es2022', outDir: 'lib', rootDir: 'src', noEmitOnError: true },
      include: ['src/cli'],
    }),
  );
  fs.mkdirSync(path.join(dir, 'src', 'cli'), { recursive: true });
  return dir;
}

function source(dir: string, body: string, future = 0): void {
  const p = path.join(dir, 'src', 'cli', 'main.ts');
  fs.writeFileSync(p, `export async function main(argv: string[]): Promise<number> {\n${body}\n}\n`);
  // As a git pull leaves it: the file's time is after the last build.
  if (future) fs.utimesSync(p, new Date(Date.now() + future), new Date(Date.now() + future));
}

function tu(dir: string) {
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'tu.js'), 'x'], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('a stale lib/ is rebuilt before it runs; a fresh one is run as it is; a failed build runs nothing', () => {
  const dir = checkout();
  try {
    source(dir, `  console.log('version 1 ' + argv.join(' '));\n  return 0;`);
    const first = tu(dir);
    expect(first).toEqual({
      code: 0,
      out: 'version 1 x\n',
      err: 'tu: lib/ är inte byggt; bygger om kommandoradsverktyget (npm run build:cli) …\ntu: bygget är klart.\n',
    });
    expect(fs.existsSync(path.join(dir, 'lib', '.build-stamp'))).toBe(true);

    // Nothing changed: no rebuild, nothing on stderr.
    expect(tu(dir)).toEqual({ code: 0, out: 'version 1 x\n', err: '' });

    // The bundle gone (lib/ emptied by hand): built again, not a crash.
    fs.rmSync(path.join(dir, 'lib', 'cli', 'bundle.js'));
    expect(tu(dir)).toEqual({
      code: 0,
      out: 'version 1 x\n',
      err: 'tu: lib/cli/bundle.js saknas; bygger om kommandoradsverktyget (npm run build:cli) …\ntu: bygget är klart.\n',
    });

    // The code changes (a git pull): the new code runs, after a rebuild that is said.
    source(dir, `  console.log('version 2');\n  return 3;`, 2000);
    const second = tu(dir);
    expect(second.out).toBe('version 2\n');
    expect(second.code).toBe(3);
    expect(second.err).toContain('tu: src/cli/main.ts är ändrad sedan lib/ byggdes; bygger om');

    // Code that does not compile: exit 2 in Swedish, and the old version 2 is not run.
    source(dir, `  const n: number = 'text';\n  return n;`, 4000);
    const broken = tu(dir);
    expect(broken.code).toBe(2);
    expect(broken.out).toBe('');
    expect(broken.err).toContain("Type 'string' is not assignable to type 'number'");
    expect(broken.err).toContain('tu: bygget misslyckades (felen står ovan), så kommandot kördes inte');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('a newer build script, loader or package-lock.json also rebuilds lib/ (the bundle holds the packages too), and says which file', () => {
  const dir = checkout();
  try {
    source(dir, `  console.log('byggd');\n  return 0;`);
    expect(tu(dir).code).toBe(0);
    expect(tu(dir).err).toBe('');
    const at = (s: number) => new Date(Date.now() + s * 1000);
    fs.writeFileSync(path.join(dir, 'package-lock.json'), '{}\n');
    for (const [i, f] of ['package-lock.json', 'bin/cli-loader.js', 'bin/build-cli.js'].entries()) {
      // lib/ stamped after everything else was written, and then f changes (as after a git pull).
      fs.utimesSync(path.join(dir, 'lib', '.build-stamp'), at(100 * i + 50), at(100 * i + 50));
      fs.utimesSync(path.join(dir, f), at(100 * i + 60), at(100 * i + 60));
      const r = tu(dir);
      expect(r.out).toBe('byggd\n');
      expect(r.err).toContain(`tu: ${f} är ändrad sedan lib/ byggdes; bygger om`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);

test('an installed copy without src/ runs lib/ without looking for sources', () => {
  const dir = checkout();
  try {
    source(dir, `  console.log('byggd');\n  return 0;`);
    expect(tu(dir).code).toBe(0);
    fs.rmSync(path.join(dir, 'src'), { recursive: true });
    fs.rmSync(path.join(dir, 'lib', '.build-stamp'));
    expect(tu(dir)).toEqual({ code: 0, out: 'byggd\n', err: '' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

/** Sets the mode of a folder and everything in it (links left as they are). */
function chmodTree(p: string, mode: number): void {
  fs.chmodSync(p, mode);
  if (!fs.lstatSync(p).isDirectory()) return;
  for (const f of fs.readdirSync(p)) if (!fs.lstatSync(path.join(p, f)).isSymbolicLink()) chmodTree(path.join(p, f), mode);
}

test('a stale lib/ in a folder the user may not write: said at once in Swedish, nothing old is run', () => {
  const dir = checkout();
  const opened: [string, number][] = [];
  try {
    source(dir, `  console.log('version 1');\n  return 0;`);
    expect(tu(dir).code).toBe(0);
    source(dir, `  console.log('version 2');\n  return 0;`, 2000);
    // Readable by everyone, writable by no one; root may write anywhere, so the command runs as nobody then.
    chmodTree(dir, 0o555);
    const asRoot = process.getuid?.() === 0;
    // nobody must reach the copy: a private temporary folder above it (the jest run's, mode 0700)
    // gets search permission for others until the test ends.
    if (asRoot) {
      for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
        const mode = fs.statSync(d).mode & 0o7777;
        if ((mode & 0o001) === 0) {
          fs.chmodSync(d, mode | 0o001);
          opened.push([d, mode]);
        }
      }
    }
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'tu.js'), 'x'], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Kommandoradsverktyget kan inte byggas: mappen .*lib\/cli får inte skrivas av dig\./);
    expect(r.stderr).toContain('den gamla versionen i lib/ körs inte i tysthet');
    expect(r.stderr).not.toMatch(/EACCES|permission denied/);
  } finally {
    for (const [d, mode] of opened) fs.chmodSync(d, mode);
    chmodTree(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
