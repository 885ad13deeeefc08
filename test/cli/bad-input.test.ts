/**
 * The bad-input corpus of issue 15 as tests: each case runs the real `tu` command (main() with the
 * real file system, in a fresh folder) and checks the exact Swedish message, the exit code
 * (0 ok, 1 error findings or an invalid case, 2 usage or a file that cannot be read or written),
 * and every file in the folder before and after, byte for byte.
 */
import * as fs from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { strToU8, zipSync } from 'fflate';
import { main, nodeIo, type Io } from '../../src/cli/main';
import { fsMessage } from '../../src/cli/files';
import { CASE_XML_NAMESPACE } from '../../src/model/stored-case';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const seedJson = () => fs.readFileSync(path.join(EXAMPLES, 'seed-002.json'), 'utf8');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function tu(dir: string, args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { ...nodeIo, cwd: dir, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every entry in a folder: a file's bytes (hex digest would hide nothing here), a link's target, or its kind. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) out[name] = `link → ${fs.readlinkSync(p)}`;
    else if (st.isFile()) out[name] = `file ${st.mode.toString(8)} ${fs.readFileSync(p).toString('base64')}`;
    else if (st.isDirectory()) out[name] = `dir ${JSON.stringify(snapshot(p))}`;
    else out[name] = st.isFIFO() ? 'fifo' : 'other';
  }
  return out;
}

function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'tu-bad-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

function docx(body: string, extra: Record<string, string> = {}, prolog = ''): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

/** A case that fails: refused input leaves the folder exactly as it was and prints nothing on stdout. */
async function refused(dir: string, args: string[], code: number, message: string | RegExp): Promise<Run> {
  const before = snapshot(dir);
  const r = await tu(dir, args);
  expect(r.code).toBe(code);
  if (typeof message === 'string') expect(r.err).toContain(message);
  else expect(r.err).toMatch(message);
  expect(r.out).toBe('');
  expect(snapshot(dir)).toEqual(before);
  return r;
}

describe('conventions: one parser, --help on every command, --version, exit codes', () => {
  test.each([[['--help']], [['draft', '--help']], [['check', '--help']], [['schema', '--help']], [['draft', '-h']]])(
    '%j prints help on stdout, exit 0, writes nothing',
    async (args) => {
      const dir = folder();
      const r = await tu(dir, args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Användning:/);
      expect(r.err).toBe('');
      expect(fs.readdirSync(dir)).toEqual([]);
    },
  );

  test('--version prints the version from package.json', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await tu(folder(), ['--version']);
    expect(r).toEqual({ code: 0, out: `tu ${pkg.version}`, err: '' });
  });

  test.each([
    [['draft', '--format=pdf'], '--format ska vara docx, text eller json, inte "pdf".'],
    [['draft', '--format', 'pdf'], '--format ska vara docx, text eller json, inte "pdf".'],
    [['check', 'a.docx', '--format=xml'], '--format ska vara text eller json, inte "xml".'],
    [['check', 'a.docx', '--format', 'xml'], '--format ska vara text eller json, inte "xml".'],
    [['draft', '--okänd'], 'Okänd flagga --okänd.'],
    [['check', 'a.docx', '--case'], 'Flaggan --case behöver ett värde.'],
    [['draft', '-o'], 'Flaggan -o behöver ett värde.'],
    [['draft', '--force=ja'], 'Flaggan --force tar inget värde (fick "ja").'],
    [['draft', 'a.json', 'b.json'], 'Ange högst en ärendefil, inte 2 ("a.json", "b.json").'],
    [['draft', '-o', 'ut.pdf'], 'Utfilen ska sluta på .docx: ut.pdf'],
    [['draft', '--format', 'text', '-o', 'x.docx'], '-o gäller bara --format docx'],
    [['schema', 'extra'], 'Kommandot tar inga filnamn'],
    [['draft', ''], 'Ett filnamn är tomt (""). Skriv namnet på filen.'],
    [['check', ''], 'Ett filnamn är tomt (""). Skriv namnet på filen.'],
    [['skriv'], 'Okänt kommando "skriv".'],
    [[], 'Ange ett kommando.'],
  ])('usage %j: exit 2, %s', async (args, message) => {
    await refused(folder(), args, 2, message);
  });

  test('--format json is accepted in both spellings by draft and by check', async () => {
    const dir = folder({ 'seed.json': seedJson() });
    const a = await tu(dir, ['draft', 'seed.json', '--format=json']);
    const b = await tu(dir, ['draft', 'seed.json', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect((JSON.parse(a.out) as { title: string }).title).toMatch(/^Inriktning/);
    fs.writeFileSync(path.join(dir, 'ren.docx'), docx(para('Hej')));
    const c = await tu(dir, ['check', 'ren.docx', '--format=json']);
    const d = await tu(dir, ['check', 'ren.docx', '--format', 'json']);
    expect(c.out).toBe(d.out);
    expect(JSON.parse(c.out)).toEqual(expect.any(Object));
  });
});

describe('input files: refused before they are opened, with a Swedish sentence naming the file', () => {
  test('a file that does not exist: exit 2', async () => {
    await refused(folder(), ['draft', 'finns-inte.json'], 2, 'finns-inte.json: filen finns inte. Kontrollera sökvägen.');
  });

  test('a folder: exit 2', async () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'mapp.json'));
    await refused(dir, ['draft', 'mapp.json'], 2, 'mapp.json: är en mapp, inte en fil. Ange en fil.');
  });

  test('a FIFO is refused at once (it would otherwise hang the command): exit 2', async () => {
    const dir = folder();
    execFileSync('mkfifo', [path.join(dir, 'rör.json')]);
    await refused(dir, ['draft', 'rör.json'], 2, 'rör.json: är en namngiven rörledning (FIFO), inte en vanlig fil, och läses inte.');
  });

  test('a device: exit 2', async () => {
    await refused(folder(), ['check', '/dev/null.docx'], 2, '/dev/null.docx: filen finns inte');
    await refused(folder(), ['draft', '/dev/zero'], 2, '/dev/zero: är en enhet, inte en vanlig fil, och läses inte.');
  });

  test('a symbolic link, as a case and as a document: exit 2', async () => {
    const dir = folder({ 'seed.json': seedJson(), 'ren.docx': docx(para('Hej')) });
    fs.symlinkSync('seed.json', path.join(dir, 'länk.json'));
    fs.symlinkSync('ren.docx', path.join(dir, 'länk.docx'));
    await refused(dir, ['draft', 'länk.json', '--format', 'text'], 2, 'länk.json: är en symbolisk länk och läses inte');
    await refused(dir, ['check', 'länk.docx'], 2, 'länk.docx: är en symbolisk länk och läses inte');
  });

  test('size limits on every input, checked before reading: a case file, check --case, a .docx', async () => {
    const dir = folder();
    const big = (name: string, mb: number) => {
      const fd = fs.openSync(path.join(dir, name), 'w');
      fs.ftruncateSync(fd, mb * 1024 * 1024);
      fs.closeSync(fd);
    };
    big('stor.json', 21);
    big('stor.docx', 101);
    fs.writeFileSync(path.join(dir, 'ren.docx'), docx(para('Hej')));
    await refused(dir, ['draft', 'stor.json'], 2, 'stor.json: filen är 21 MB stor; gränsen för en ärendefil är 20 MB.');
    await refused(
      dir,
      ['check', 'ren.docx', '--case', 'stor.json'],
      2,
      'stor.json: filen är 21 MB stor; gränsen för en ärendefil är 20 MB.',
    );
    await refused(dir, ['check', 'stor.docx'], 2, 'stor.docx: filen är 101 MB stor; gränsen för en Word-fil är 100 MB.');
  });
});

describe('output files are never lost', () => {
  test('-o to an existing file without --force: refused, the file is kept byte for byte', async () => {
    const dir = folder({ 'seed.json': seedJson(), 'utkast.docx': 'mitt redigerade utkast' });
    await refused(
      dir,
      ['draft', 'seed.json', '-o', 'utkast.docx'],
      2,
      'utkast.docx: filen finns redan och ersätts inte (den kan vara ett utkast som du har arbetat vidare med i Word). Ange --force för att ersätta den, eller välj ett annat namn med -o.',
    );
  });

  test('with --force the file is replaced by the draft, and no temporary file is left', async () => {
    const dir = folder({ 'seed.json': seedJson(), 'utkast.docx': 'gammalt' });
    const r = await tu(dir, ['draft', 'seed.json', '-o', 'utkast.docx', '--force']);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['seed.json', 'utkast.docx']);
    expect(fs.readFileSync(path.join(dir, 'utkast.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('a plain tu draft next to an existing utkast.docx writes utkast-2.docx and says so', async () => {
    const dir = folder({ 'utkast.docx': 'mitt redigerade utkast' });
    const before = fs.readFileSync(path.join(dir, 'utkast.docx'));
    const r = await tu(dir, ['draft']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`→ ${path.join(dir, 'utkast-2.docx')}`);
    expect(r.out).toContain('utkast.docx fanns redan och har inte ändrats; utkastet sparades i stället som utkast-2.docx.');
    expect(fs.readFileSync(path.join(dir, 'utkast.docx')).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['utkast-2.docx', 'utkast.docx']);
  });

  test('several plain tu draft at once in one folder each get a free name; none fails or replaces another', async () => {
    const dir = folder({});
    const runs = await Promise.all([1, 2, 3, 4, 5, 6].map(() => tu(dir, ['draft'])));
    expect(runs.map((r) => [r.code, r.err])).toEqual(runs.map(() => [0, '']));
    expect(fs.readdirSync(dir).sort()).toEqual([
      'utkast-2.docx',
      'utkast-3.docx',
      'utkast-4.docx',
      'utkast-5.docx',
      'utkast-6.docx',
      'utkast.docx',
    ]);
    // Each run names the file it wrote, and no two name the same one.
    const named = runs.map((r) => /→ (.+\.docx)/.exec(r.out)?.[1]);
    expect(new Set(named).size).toBe(6);
  }, 60_000);

  test('a link, a folder or a FIFO as output is refused even with --force; the link target is untouched', async () => {
    const dir = folder({ 'seed.json': seedJson(), 'annan.txt': 'något viktigt' });
    fs.symlinkSync('annan.txt', path.join(dir, 'länk.docx'));
    fs.mkdirSync(path.join(dir, 'mapp.docx'));
    execFileSync('mkfifo', [path.join(dir, 'rör.docx')]);
    await refused(
      dir,
      ['draft', 'seed.json', '-o', 'länk.docx', '--force'],
      2,
      'länk.docx: är en symbolisk länk och skrivs inte över, inte heller med --force',
    );
    await refused(dir, ['draft', 'seed.json', '-o', 'mapp.docx', '--force'], 2, 'mapp.docx: är en mapp.');
    await refused(
      dir,
      ['draft', 'seed.json', '-o', 'rör.docx', '--force'],
      2,
      'rör.docx: är en namngiven rörledning (FIFO), inte en vanlig fil, och skrivs inte till.',
    );
  });

  test('a folder that does not exist: exit 2 with the folder named', async () => {
    const dir = folder({ 'seed.json': seedJson() });
    await refused(
      dir,
      ['draft', 'seed.json', '-o', 'saknas/ut.docx'],
      2,
      'saknas/ut.docx: mappen saknas finns inte. Skapa mappen först eller välj en annan mapp.',
    );
  });

  test('a full disk while writing: a Swedish sentence, exit 2, and the temporary file removed', async () => {
    const dir = folder({ 'seed.json': seedJson() });
    const real = fs.promises.open;
    const spy = jest.spyOn(fs.promises, 'open').mockImplementation(async (p, flags, mode) => {
      const handle = await real(p, flags, mode);
      if (String(p).endsWith('.tmp')) {
        handle.write = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      }
      return handle;
    });
    try {
      await refused(
        dir,
        ['draft', 'seed.json', '-o', 'ut.docx'],
        2,
        'ut.docx: disken är full, så filen kunde inte skrivas. Inget har skrivits. Frigör utrymme eller välj en annan disk med -o.',
      );
    } finally {
      spy.mockRestore();
    }
  });

  test('every file-system error is a Swedish sentence that names the file', () => {
    for (const code of [
      'ENOENT',
      'EACCES',
      'EPERM',
      'ENOSPC',
      'EDQUOT',
      'EISDIR',
      'EEXIST',
      'ELOOP',
      'ENOTDIR',
      'ENAMETOOLONG',
      'EROFS',
      'EBUSY',
      'EMFILE',
      'EIO',
      'EFBIG',
      'EWHATEVER',
    ]) {
      for (const op of ['read', 'write'] as const) {
        const m = fsMessage(Object.assign(new Error(code), { code }), 'mapp/fil.docx', op);
        expect(m.startsWith('mapp/fil.docx: ')).toBe(true);
        expect(m).not.toMatch(/\b(no such|permission denied|no space|is a directory|file exists)\b/i);
        expect(m).toMatch(/\.$/);
      }
    }
    expect(fsMessage({ code: 'EACCES' }, 'a.json', 'read')).toBe(
      'a.json: filen får inte läsas (behörighet saknas). Kontrollera filens behörigheter eller kopiera den till en mapp där du får läsa.',
    );
  });

  test('tu schema writes twice without --force (identical files are left alone) and refuses to replace a changed one', async () => {
    const dir = folder();
    expect((await tu(dir, ['schema'])).code).toBe(0);
    const again = await tu(dir, ['schema']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('(oförändrad)');
    fs.writeFileSync(path.join(dir, 'schema', 'case.schema.json'), '{}');
    await refused(dir, ['schema'], 2, 'schemat finns redan och skiljer sig');
    expect((await tu(dir, ['schema', '--force'])).code).toBe(0);
  });
});

// /proc exists only on Linux; elsewhere there is no such folder to try.
(fs.existsSync('/proc/self') ? test : test.skip)(
  "tu schema -o into a folder that takes no new folders (/proc on Linux) ends at once in Swedish (Node's recursive mkdir never ended there)",
  async () => {
    for (const out of ['/proc/tu-test-x', '/proc/tu-test-x/y']) {
      const r = await tu(folder(), ['schema', '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${out}: mappen kunde inte skapas i ${path.dirname(out)}. Välj en annan mapp med --out.`);
    }
  },
  10_000,
);

test('tu schema -o makes the missing folders on the way', async () => {
  const dir = folder();
  const r = await tu(dir, ['schema', '-o', path.join('a', 'b', 'c')]);
  expect(r.code).toBe(0);
  expect(fs.readdirSync(path.join(dir, 'a', 'b', 'c')).length).toBeGreaterThan(0);
});

describe('input as people type it', () => {
  test('a duplicate key in JSON is refused with its line and column: exit 1', async () => {
    const text = seedJson().replace(/\n}\s*$/, ',\n  "lum": []\n}\n');
    const line = text.split('\n').findIndex((l) => l.startsWith('  "lum": []')) + 1;
    const first = text.split('\n').findIndex((l) => l.startsWith('  "lum": [')) + 1;
    await refused(
      folder({ 'dubbel.json': text }),
      ['draft', 'dubbel.json'],
      1,
      `dubbel.json har ett fel:\n  • rad ${line}, tecken 3: nyckeln "lum" står två gånger i samma objekt; första gången på rad ${first}.`,
    );
  });

  test('district names typed with a decomposed ä and a zero-width space are recognised', async () => {
    const c = JSON.parse(seedJson()) as { lum: { sdf: string }[] };
    c.lum[0].sdf = 'Ska\u0308rholmen\u200b';
    const dir = folder({ 'nfd.json': JSON.stringify(c) });
    const r = await tu(dir, ['draft', 'nfd.json', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Skärholmens stadsdelsförvaltning');
    expect(r.out).not.toContain('\u200b');
  });

  test('a right-to-left override in the Dnr is refused with the field named: exit 1', async () => {
    const c = JSON.parse(seedJson()) as { metadata: { dnr: string } };
    c.metadata.dnr = '3.2.1-\u202e0202/1-2.3';
    await refused(
      folder({ 'bidi.json': JSON.stringify(c) }),
      ['draft', 'bidi.json'],
      1,
      /bidi\.json har ett fel:\n {2}• .*: innehåller ett osynligt styrtecken för skrivriktning \(U\+202E höger-till-vänster-tvingning\)/,
    );
  });

  test('a number out of range is said to be too big, not "ett tal, men är ett tal": exit 1', async () => {
    const r = await refused(
      folder({ 'stor.json': seedJson().replace('"inriktning": 2025', '"inriktning": 1e400') }),
      ['draft', 'stor.json'],
      1,
      'för stort',
    );
    expect(r.err).not.toMatch(/ett tal, men är ett tal/);
  });

  test('an unmatched quote in a CSV is named with its row: exit 1', async () => {
    const csv = 'Typ;Namn;SDF\nLUM;"Projekt A;Farsta\nLUM;Projekt B;Farsta\nLUM;Projekt "C";Farsta\n';
    await refused(
      folder({ 'citat.csv': csv }),
      ['draft', 'citat.csv'],
      1,
      'citat.csv har ett fel:\n  • rad 2: ett citattecken (") öppnar ett fält som inte stängs på samma rad',
    );
  });

  test('a repeated header row in a sheet continues the table: every project is drafted', async () => {
    const csv = fs.readFileSync(path.join(EXAMPLES, 'mall/arende-mall.csv'), 'utf8');
    const lines = csv.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Typ;'));
    const once = await tu(folder({ 'mall.csv': csv }), ['draft', 'mall.csv', '--format', 'json']);
    lines.splice(header + 3, 0, lines[header]);
    const twice = await tu(folder({ 'igen.csv': lines.join('\n') }), ['draft', 'igen.csv', '--format', 'json']);
    expect(twice.err).toBe('');
    expect(twice.code).toBe(0);
    expect(twice.out).toBe(once.out);
  });

  test('100 000 projects stop early with a Swedish limit message: exit 1', async () => {
    const c = JSON.parse(seedJson()) as { lum: unknown[] };
    c.lum = Array.from({ length: 100_000 }, (_, i) => ({
      namn: `Projekt ${i + 1}`,
      sdf: 'Farsta',
      ar: { fran: 2022, till: 2023 },
      status: 'slutredovisas',
    }));
    const text = JSON.stringify(c);
    expect(text.length).toBeLessThan(20 * 1024 * 1024); // within the size limit: the project count is what stops it
    await refused(
      folder({ 'många.json': text }),
      ['draft', 'många.json'],
      1,
      'många.json: ärendet har 100000 projekt, studieresor och studier; gränsen är 20000. Ett tjänsteutlåtande med så många blir inte läsbart; dela upp ärendet.',
    );
  });
});

describe('tu check: exit 1 only for error findings, 2 for a file that cannot be read', () => {
  test('a clean document: exit 0; a personnummer: exit 1', async () => {
    const dir = folder({ 'ren.docx': docx(para('Ärendet gäller medel.')), 'pnr.docx': docx(para('Kontaktperson 811218-9876.')) });
    expect((await tu(dir, ['check', 'ren.docx'])).code).toBe(0);
    const r = await tu(dir, ['check', 'pnr.docx']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('811218-****');
  });

  test('a personnummer in deleted tracked text is flagged: exit 1', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Kontaktperson </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>811218-9876</w:delText></w:r></w:del></w:p>';
    const r = await tu(folder({ 'spår.docx': docx(body) }), ['check', 'spår.docx']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Borttagen text med spårade ändringar innehåller ett personnummer (811218-****)');
  });

  test('a file that is no .docx, or a DOCTYPE deep in a part: exit 2', async () => {
    const deep = docx(para('x'), {}, `<!--${'x'.repeat(5000)}--><!DOCTYPE w:document [<!ENTITY a "b">]>`);
    const dir = folder({ 'inte.docx': 'hej', 'xxe.docx': deep });
    await refused(dir, ['check', 'inte.docx'], 2, 'inte.docx: filen är ingen Word-fil (.docx)');
    await refused(
      dir,
      ['check', 'xxe.docx'],
      2,
      'xxe.docx: filen är skadad eller manipulerad: delen word/document.xml innehåller en DOCTYPE-deklaration',
    );
  });

  test('a stored case that fails its check is reported on stderr, and the text is still checked', async () => {
    const tampered = `<?xml version="1.0" encoding="UTF-8"?><arende xmlns="${CASE_XML_NAMESPACE}" version="1" seq="1">{"dokumenttyp": </arende>`;
    const r = await tu(folder({ 'ändrad.docx': docx(para('Text.'), { 'customXml/item1.xml': tampered }) }), ['check', 'ändrad.docx']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Obs! Ärendet som är sparat i dokumentet går inte att läsa: innehållet är inte giltig JSON/);
  });

  test('--profile with a file that is not .json is said to be one (exit 2), not taken for an unknown profile name', async () => {
    const dir = folder({ 'ren.docx': docx(para('Hej')), 'egen.txt': '{}' });
    for (const arg of ['egen.txt', 'profiler/egen']) {
      const r = await tu(dir, ['check', 'ren.docx', '--profile', arg]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        `--profile ${arg}: en profilfil ska vara JSON och heta något med .json på slutet; en inbyggd profil anges med sitt namn (`,
      );
      expect(r.err).not.toContain('ingen inbyggd profil');
    }
  });

  test('an invalid --case: exit 1', async () => {
    const dir = folder({ 'ren.docx': docx(para('Hej')), 'trasig.json': '{ "dokumenttyp": ' });
    await refused(dir, ['check', 'ren.docx', '--case', 'trasig.json'], 1, 'trasig.json: är inte giltig JSON');
  });
});

describe("a new user's findings: exit codes, wording and read-only files", () => {
  test('every input that cannot be read is exit 2, also --kriterier, and also when the case itself is wrong', async () => {
    const dir = folder({ 'trasig.json': '{', 'seed.json': seedJson() });
    const missing = 'saknas.csv: filen finns inte. Kontrollera sökvägen.';
    // The case is invalid (exit 1 on its own), but the criteria file cannot be read: that is said, exit 2.
    const r = await refused(dir, ['draft', 'trasig.json', '--kriterier', 'saknas.csv'], 2, missing);
    expect(r.err).toBe(missing);
    expect((await refused(dir, ['draft', '--kriterier', 'saknas.csv'], 2, missing)).err).toBe(missing);
    expect((await refused(dir, ['draft', 'seed.json', '--kriterier', 'saknas.csv'], 2, missing)).err).toBe(missing);
    await refused(dir, ['draft', 'saknas.json'], 2, 'saknas.json: filen finns inte. Kontrollera sökvägen.');
    await refused(dir, ['check', 'saknas.docx'], 2, 'saknas.docx: filen finns inte. Kontrollera sökvägen.');
    await refused(dir, ['check', 'saknas.docx', '--case', 'trasig.json'], 2, 'saknas.docx: filen finns inte.');
  });

  test('tu schema over a changed schema says what schema files are and what to do, without a -o it does not have', async () => {
    const dir = folder();
    expect((await tu(dir, ['schema', '--out', 's'])).code).toBe(0);
    fs.writeFileSync(path.join(dir, 's', 'case.schema.json'), '{"ändrad": true}');
    const r = await refused(dir, ['schema', '--out', 's'], 2, 'schemat finns redan');
    expect(r.err).toBe(
      `${path.join('s', 'case.schema.json')}: schemat finns redan och skiljer sig från det som programmet gör nu (det kan vara ändrat för hand eller gjort av en äldre version). Schemafilerna görs av programmet: ange --force för att skriva över dem, eller --out MAPP för att skriva dem i en annan mapp.`,
    );
    expect(r.err).not.toContain('Word');
    const forced = await tu(dir, ['schema', '--out', 's', '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 's', 'case.schema.json'), 'utf8')).not.toContain('ändrad');
  });

  test('a file nobody may write (0444) is not replaced with --force, also when the CLI runs as root', async () => {
    const dir = folder({ 'seed.json': seedJson(), 'ro.docx': 'skrivskyddat utkast' });
    fs.chmodSync(path.join(dir, 'ro.docx'), 0o444);
    const r = await refused(dir, ['draft', 'seed.json', '-o', 'ro.docx', '--force'], 2, 'ro.docx: filen är skrivskyddad');
    expect(r.err).toBe(
      'ro.docx: filen är skrivskyddad och ersätts inte, inte heller med --force. Ta bort skrivskyddet om du verkligen vill ersätta den, eller välj ett annat namn med -o.',
    );
    expect(fs.readFileSync(path.join(dir, 'ro.docx'), 'utf8')).toBe('skrivskyddat utkast');
    // Writable by its owner only (0644): --force replaces it.
    fs.chmodSync(path.join(dir, 'ro.docx'), 0o644);
    expect((await tu(dir, ['draft', 'seed.json', '-o', 'ro.docx', '--force'])).code).toBe(0);
  });
});
