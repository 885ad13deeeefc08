/**
 * The built command line (lib/: one esbuild bundle run by bin/cli-loader.js with V8's code cache)
 * behaves exactly as the sources do. The real bin/build-cli.js bundles the real src/ into a copy
 * of the layout (so the real lib/ is not touched); each command then runs as a user runs it,
 * `node bin/tu.js …` in its own process, and its output, messages and exit code are compared with
 * main() from src/ run in this process on the same files.
 *
 * The code cache: the first run writes lib/cli/bundle.js.cache (headed by the bundle's build key),
 * a run that V8 accepts it in leaves it as it is, and a cache that is damaged, from another build
 * or impossible to write never changes what the command does.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main, nodeIo, type Io } from '../../src/cli/main';

const ROOT = path.join(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds-docx');
const PUBLIC = path.join(ROOT, 'test', 'corpus', 'public', 'docx');

interface Run {
  code: number | null;
  out: string;
  err: string;
}

let dir: string;
let work: string;
let cache: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'tu-bundle-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  for (const f of ['tu.js', 'build-cli.js', 'cli-loader.js']) fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(dir, 'bin', f));
  for (const f of ['src', 'examples', 'node_modules']) fs.symlinkSync(path.join(ROOT, f), path.join(dir, f));
  for (const f of ['tsconfig.json', 'tsconfig.cli.json', 'package.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  // The bundling step only (the type check is npm run typecheck's), then a stamp newer than the sources.
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'build-cli.js'), '--bundle'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const later = new Date(Date.now() + 60_000);
  fs.writeFileSync(path.join(dir, 'lib', '.build-stamp'), '');
  fs.utimesSync(path.join(dir, 'lib', '.build-stamp'), later, later);
  cache = path.join(dir, 'lib', 'cli', 'bundle.js.cache');
  work = fs.mkdtempSync(path.join(tmpdir(), 'tu-bundle-work-'));
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

function built(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'tu.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function source(args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const line = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);
  const io: Io = { ...nodeIo, cwd: work, stdout: (s) => void (out += line(s)), stderr: (s) => void (err += line(s)) };
  const code = await main(args, io);
  return { code, out, err };
}

const seed = (n: string) => path.join(SEEDS, `seed-${n}.docx`);
const publicDocs = fs
  .readdirSync(PUBLIC)
  .filter((f) => f.endsWith('.docx'))
  .sort()
  .slice(0, 4)
  .map((f) => path.join(PUBLIC, f));

const COMMANDS: string[][] = [
  ['--help'],
  ['--version'],
  [],
  ['okänt'],
  ['check', '--help'],
  ['check'],
  ['check', 'brev.txt'],
  ['check', 'finns-inte.docx'],
  ['check', seed('002'), '--profile', 'okänd'],
  ['check', seed('000')],
  ['check', seed('001'), '--format', 'json'],
  ['check', seed('002')],
  ['check', seed('002'), '--case', path.join(ROOT, 'examples', 'seed-002.json')],
  ['check', seed('002'), '--case', path.join(ROOT, 'package.json')],
  ['check', seed('002'), '--profile', 'tjansteskrivelse', '--format', 'json'],
  ...publicDocs.map((f) => ['check', f]),
  ['draft', '--format', 'text'],
  ['draft', path.join(ROOT, 'examples', 'seed-000.json'), '--format', 'json'],
  ['draft', path.join(ROOT, 'examples', 'kriterier-2026.csv'), '--format', 'text'],
  ['draft', path.join(ROOT, 'examples', 'utan-inbyggda-kriterier.xlsx'), '--format', 'text'],
  ['draft', '--format', 'pdf'],
  ['schema', '--help'],
];

test.each(COMMANDS.map((c) => [c.join(' '), c] as const))(
  'tu %s: the built command line says and does what the sources do',
  async (_, args) => {
    const expected = await source(args);
    expect(built(args)).toEqual(expected);
  },
  30_000,
);

test('a draft written by the built command line reads back as the one the sources write', async () => {
  const a = built(['draft', '-o', 'byggd.docx']);
  const b = await source(['draft', '-o', 'källa.docx']);
  expect(a.code).toBe(0);
  expect(a.out.replace('byggd.docx', 'X')).toBe(b.out.replace('källa.docx', 'X'));
  expect(built(['check', 'byggd.docx', '--format', 'json'])).toEqual(await source(['check', 'källa.docx', '--format', 'json']));
}, 30_000);

test('schema files from the built command line are the sources’ schema files', async () => {
  expect(built(['schema', '--out', 'byggd']).code).toBe(0);
  expect((await source(['schema', '--out', 'källa'])).code).toBe(0);
  const names = fs.readdirSync(path.join(work, 'källa')).sort();
  expect(names).toEqual(['case.schema.json', 'criteria.schema.json', 'profile.schema.json']);
  expect(fs.readdirSync(path.join(work, 'byggd')).sort()).toEqual(names);
  for (const n of names)
    expect(fs.readFileSync(path.join(work, 'byggd', n), 'utf8')).toBe(fs.readFileSync(path.join(work, 'källa', n), 'utf8'));
}, 30_000);

test('the bundle holds zod as the code uses it: its classic API without the 50 locales (our messages are Swedish)', () => {
  const text = fs.readFileSync(path.join(dir, 'lib', 'cli', 'bundle.js'), 'latin1');
  // esbuild heads each module with a comment naming its file.
  const locales = [...text.matchAll(/^\/\/ \S*node_modules\/zod\/v4\/locales\/([\w-]+)\.js$/gm)].map((m) => m[1]).sort();
  expect(locales).toEqual(['en', 'index']);
  expect(text).toMatch(/^\/\/ \S*node_modules\/zod\/v4\/classic\/schemas\.js$/m);
  expect(/[\u0080-\uffff]/.test(text)).toBe(false);
});

test('under npm run (npm starts scripts in the root), file names are read from the folder npm was started in (INIT_CWD)', () => {
  const sub = fs.mkdtempSync(path.join(work, 'undermapp-'));
  fs.copyFileSync(seed('002'), path.join(sub, 'mitt.docx'));
  const viaNpm = built(['check', 'mitt.docx', '--format', 'json'], { npm_lifecycle_event: 'check', INIT_CWD: sub });
  expect(viaNpm.err).toBe('');
  expect(JSON.parse(viaNpm.out)).toHaveProperty('findings');
  // Without npm the process's own folder counts, where there is no such file.
  const plain = built(['check', 'mitt.docx']);
  expect(plain.code).toBe(2);
  expect(plain.err).toContain('mitt.docx');
});

test('output nobody reads is not an error: a closed pipe ends quietly; a full disk is said in Swedish, exit 2', () => {
  const tu = `"${process.execPath}" "${path.join(dir, 'bin', 'tu.js')}"`;
  const sh = (cmd: string) => spawnSync('bash', ['-c', `set -o pipefail; ${cmd}`], { cwd: work, encoding: 'utf8' });
  // A reader that stops after a few bytes (| head): the draft's JSON is far longer than a pipe holds.
  const closed = sh(`${tu} draft --format json | head -c 10 > /dev/null`);
  expect(closed.stderr).toBe('');
  expect(closed.status).toBe(0);
  if (fs.existsSync('/dev/full')) {
    const full = sh(`${tu} --help > /dev/full`);
    expect(full.status).toBe(2);
    expect(full.stderr).toBe('tu: utdata kunde inte skrivas (disken är full), så det som skrevs ut är inte komplett.\n');
  }
}, 30_000);

describe('the code cache', () => {
  const key = () => /\n\/\/# tu-build=([0-9a-f]+)\n$/.exec(fs.readFileSync(path.join(dir, 'lib', 'cli', 'bundle.js'), 'utf8'))![1];
  const args = ['check', seed('002')];
  let expected: Run;

  beforeAll(async () => {
    expected = await source(args);
  });

  test('the first run writes it, headed by the build key; a run that uses it leaves it as it is', () => {
    fs.rmSync(cache, { force: true });
    expect(built(args)).toEqual(expected);
    const first = fs.readFileSync(cache);
    expect(first.subarray(0, 33).toString('latin1')).toBe(`${key()}\n`);
    expect(first.length).toBeGreaterThan(10_000);
    expect(built(args)).toEqual(expected);
    expect(fs.readFileSync(cache).equals(first)).toBe(true);
  }, 30_000);

  test('a damaged cache or one from another build is not used, and is written anew', () => {
    const good = fs.readFileSync(cache);
    for (const bad of [
      Buffer.concat([Buffer.from(`${key()}\n`, 'latin1'), Buffer.alloc(good.length - 33, 7)]),
      Buffer.concat([Buffer.from(`${'0'.repeat(32)}\n`, 'latin1'), good.subarray(33)]),
      Buffer.from('kort'),
      // A few bytes changed inside the code, header intact: V8 does not verify cached code and can
      // crash on it (segmentation fault), so the checksum in the header must catch it.
      ...[60, 1000, Math.floor(good.length / 2)].map((at) => {
        const b = Buffer.from(good);
        b.fill(0xf7, at, at + 8);
        return b;
      }),
    ]) {
      fs.writeFileSync(cache, bad);
      expect(built(args)).toEqual(expected);
      const now = fs.readFileSync(cache);
      expect(now.equals(bad)).toBe(false);
      expect(now.subarray(0, 33).toString('latin1')).toBe(`${key()}\n`);
    }
  }, 60_000);

  test('only tu check writes a missing cache: one made by tu --help would hold little of the check and never be improved', () => {
    fs.rmSync(cache, { force: true });
    expect(built(['--help']).code).toBe(0);
    // Nor a check that runs no rule: its help, no file, a file that is not there.
    expect(built(['check', '--help']).code).toBe(0);
    expect(built(['check']).code).toBe(2);
    expect(built(['check', 'finns-inte.docx']).code).toBe(2);
    expect(fs.existsSync(cache)).toBe(false);
    expect(built(args)).toEqual(expected);
    expect(fs.readFileSync(cache).length).toBeGreaterThan(100_000);
  }, 30_000);

  test('a cache that cannot be written, or TU_CODE_CACHE=0, changes nothing the user sees', () => {
    fs.rmSync(cache, { force: true });
    // A folder where the cache file should be: reading and renaming onto it fail, as in a read-only installation.
    fs.mkdirSync(cache);
    expect(built(args)).toEqual(expected);
    expect(fs.statSync(cache).isDirectory()).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'lib', 'cli')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    fs.rmSync(cache, { recursive: true });
    expect(built(args, { TU_CODE_CACHE: '0' })).toEqual(expected);
    expect(fs.existsSync(cache)).toBe(false);
  }, 30_000);
});
