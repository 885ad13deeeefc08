/** `tu check`: runCheckCommand on the seed fixtures, bad input, and every real .docx in ../shared/real-docx. */
import * as fs from 'fs';
import * as path from 'path';
import { runCheckCommand } from '../../src/cli/check';
import { FIXTURES } from './seed-fixtures';
import { formatFindingsText } from '../../src/check/index';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCheckCommand(args, {
    readFile: async (p) => new Uint8Array(await fs.promises.readFile(p)),
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  });
  return { code, out, err };
}

const seed = (id: string) => path.join(FIXTURES, `seed-${id}.docx`);
const example = (id: string) => path.resolve(__dirname, `../../examples/seed-${id}.json`);

describe('tu check', () => {
  it('text: seed 001 has an error (the Error! field), exit code 1', async () => {
    const r = await run([seed('001')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/seed-001\.docx, sidhuvudet: fel: Ett fält visar ett felmeddelande/);
    expect(r.out).toMatch(/seed-001\.docx, stycke \d+ \(Ärendets beredning\): varning: Datumet för beredningen/);
    expect(r.out).toMatch(/\d+ anmärkningar: 1 fel, \d+ varningar, \d+ tips\.\n$/);
    expect(r.err).toBe('');
  });

  it('json: seed 002 with its case has no errors, exit code 0, the documented fields', async () => {
    const r = await run([seed('002'), '--case', example('002'), '--format', 'json']);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.out) as Record<string, unknown>[];
    expect(arr.length).toBeGreaterThan(0);
    for (const f of arr) expect(Object.keys(f).sort()).toEqual(['end', 'excerpt', 'message', 'paragraph', 'rule', 'severity', 'start']);
    expect(arr.some((f) => f.severity === 'error')).toBe(false);
  });

  it.each([
    [[], 'Ange vilken .docx-fil som ska granskas.'],
    [['utkast.pdf'], 'tu check granskar Word-filer (.docx)'],
    [['finns-inte.docx'], 'finns-inte.docx: filen finns inte'],
    [[seed('002'), '--format', 'xml'], '--format ska vara text eller json, inte "xml"'],
    [[seed('002'), '--case'], '--case ska följas av en ärendefil'],
    [[seed('002'), '--okänt'], 'Okänt val --okänt'],
  ])('bad input %j: Swedish message, exit code 1, nothing on stdout', async (args, msg) => {
    const r = await run(args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(msg);
    expect(r.out).toBe('');
  });

  it('a case file that is not valid JSON', async () => {
    const tmp = path.join(fs.mkdtempSync('/tmp/tu-check-'), 'trasig.json');
    fs.writeFileSync(tmp, '{ "dokumenttyp": ');
    const r = await run([seed('002'), '--case', tmp]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('trasig.json: är inte giltig JSON');
  });

  it('a ".docx" that is not a zip file', async () => {
    const tmp = path.join(fs.mkdtempSync('/tmp/tu-check-'), 'inte-zip.docx');
    fs.writeFileSync(tmp, 'hej, jag är en textfil');
    const r = await run([tmp]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^inte-zip\.docx: /);
    expect(r.err).not.toContain('kunde inte granskas');
  });

  const REAL = path.resolve(__dirname, '../../../shared/real-docx');
  const realFiles = fs.existsSync(REAL)
    ? fs
        .readdirSync(REAL, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.docx$/i.test(f))
        .map((f) => path.join(REAL, f))
    : [];
  if (realFiles.length === 0) console.log(`Inga filer i ${REAL}: testet av verkliga .docx-filer körs inte.`);

  it(`every real .docx (${realFiles.length} files) gets findings or a clear message, never a crash`, async () => {
    let findings = 0;
    let messages = 0;
    for (const f of realFiles) {
      const r = await run([f, '--format', 'json']);
      expect([0, 1]).toContain(r.code);
      if (r.out) {
        const arr = JSON.parse(r.out) as { rule: string }[];
        expect(Array.isArray(arr)).toBe(true);
        expect(arr.some((x) => /kunde inte granska/.test(JSON.stringify(x)))).toBe(false);
        findings++;
      } else {
        // An InputError in Swedish naming the file, not a stack trace or an internal error.
        expect(r.err).toMatch(new RegExp(`^${path.basename(f).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        expect(r.err).not.toContain('kunde inte granskas');
        expect(r.err).not.toMatch(/\bat \S+:\d+:\d+/);
        messages++;
      }
    }
    console.log(`Verkliga .docx: ${realFiles.length} filer, ${findings} granskade, ${messages} med meddelande.`);
    expect(findings + messages).toBe(realFiles.length);
  }, 120000);
});

describe('tu check summary line', () => {
  it('singular and plural in Swedish', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({
      rule: 'leftover',
      severity,
      message: 'm',
      paragraph: 0,
      start: 0,
      end: 1,
      excerpt: '',
    });
    expect(formatFindingsText([f('error')], 'a.docx')).toMatch(/\n1 anmärkning: 1 fel, 0 varningar, 0 tips\.\n$/);
    expect(formatFindingsText([f('warning'), f('info')], 'a.docx')).toMatch(/\n2 anmärkningar: 0 fel, 1 varning, 1 tips\.\n$/);
  });
});
