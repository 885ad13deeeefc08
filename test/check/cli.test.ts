/** `tu check`: runCheckCommand on the seed fixtures, bad input, and every real .docx in ../shared/real-docx. */
import * as fs from 'fs';
import * as path from 'path';
import { tmpdir } from 'os';
import { runCheckCommand } from '../../src/cli/check';
import { readInputFile } from '../../src/cli/files';
import { FIXTURES } from './seed-fixtures';
import { formatFindingsText } from '../../src/check/index';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCheckCommand(args, {
    readFile: (p, shown, limit, what) => readInputFile(p, shown ?? p, limit ?? 50_000_000, what ?? 'en fil'),
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

  it('json: seed 002 with its case has no errors, exit code 0, the documented fields and the profile chosen', async () => {
    const r = await run([seed('002'), '--case', example('002'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { profile: Record<string, string>; findings: Record<string, unknown>[] };
    expect([out.profile.id, out.profile.name, out.profile.how]).toEqual([
      'stockholm-fou-tu',
      'Tjänsteutlåtande om FoU-medel, Socialförvaltningen i Stockholm',
      'detected',
    ]);
    expect(out.profile.reason).toMatch(/rubriken nämner FoU-medel/);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings)
      expect(Object.keys(f).sort()).toEqual(['data', 'end', 'excerpt', 'message', 'messageId', 'paragraph', 'rule', 'severity', 'start']);
    expect(out.findings.some((f) => f.severity === 'error')).toBe(false);
  });

  it('text: the first line says which profile was used and why', async () => {
    const r = await run([seed('002')]);
    expect(r.out.split('\n')[0]).toBe(
      'Profil: Tjänsteutlåtande om FoU-medel, Socialförvaltningen i Stockholm [stockholm-fou-tu], vald därför att dokumentet nämner Stockholms stad (eller stockholm.se) eller en av stadens stadsdelsförvaltningar; rubriken nämner FoU-medel (lokala utvecklingsprojekt, studieresor eller forsknings- och utvecklingsmedel); dokumentet är skrivet av socialförvaltningen eller ställt till socialnämnden.',
    );
  });

  it('--profile: a named profile is used; structure findings under the generic profile are warnings, so the exit code is 0', async () => {
    const strict = await run([seed('002'), '--profile', 'stockholm-fou-tu', '--format', 'json']);
    const generic = await run([seed('001'), '--profile', 'tjansteskrivelse', '--format', 'json']);
    expect((JSON.parse(strict.out) as { profile: { how: string } }).profile.how).toBe('named');
    const g = JSON.parse(generic.out) as { profile: { id: string }; findings: { rule: string; severity: string }[] };
    expect(g.profile.id).toBe('tjansteskrivelse');
    // Seed 001's only error is the Error! field in the header (a leftover, an error under every profile).
    expect(g.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['leftover']);
    expect(generic.code).toBe(1);
  });

  it('--profile FILE: a profile file extending a built-in one; errors turned into warnings give exit code 0', async () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'tu-check-'));
    const file = path.join(dir, 'mild.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ id: 'mild', namn: 'Mild granskning', extends: 'stockholm-fou-tu', regler: { leftover: 'warning' } }),
    );
    const r = await run([seed('001'), '--profile', file]);
    expect(r.out.split('\n')[0]).toBe('Profil: Mild granskning [mild], vald för granskningen.');
    expect(r.out).toMatch(/sidhuvudet: varning: Ett fält visar ett felmeddelande/);
    expect(r.code).toBe(0);
  });

  it('--profile: an unknown name or an invalid profile file is a usage error (exit code 2) in Swedish', async () => {
    const unknown = await run([seed('002'), '--profile', 'okand']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      'det finns ingen inbyggd profil som heter ”okand”. Inbyggda profiler: stockholm-fou-tu, stockholm-tu, tjansteskrivelse.',
    );
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'tu-check-'));
    const bad = path.join(dir, 'trasig-profil.json');
    fs.writeFileSync(bad, JSON.stringify({ id: 'x', namn: 'X', extends: 'finns-inte' }));
    const r = await run([seed('002'), '--profile', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('extends: profilen finns-inte finns inte');
    expect(r.out).toBe('');
    const missing = await run([seed('002'), '--profile', path.join(dir, 'saknas.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('saknas.json');
  });

  it('--profile FILE: an unknown rule id and broken JSON are usage errors in Swedish, with the closest rule and the line and column', async () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'tu-check-'));
    const typo = path.join(dir, 'p.json');
    fs.writeFileSync(typo, JSON.stringify({ id: 'p', namn: 'P', extends: 'stockholm-tu', regler: { 'section-ordr': 'info' } }));
    const r = await run([seed('002'), '--profile', typo]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'p.json har ett fel:\n  • regler, "section-ordr": det finns ingen regel som heter ”section-ordr” – menade du section-order?',
    );
    expect(r.out).toBe('');
    const broken = path.join(dir, 'trasig.json');
    fs.writeFileSync(broken, '{\n  "id": "p",\n  "namn": "P"\n');
    const b = await run([seed('002'), '--profile', broken]);
    expect(b.code).toBe(2);
    expect(b.err).toContain('trasig.json: är inte giltig JSON på rad 4, tecken 1.');
    expect(b.err).not.toMatch(/Unexpected|JSON input/);
  });

  it('--case with a misspelled profile: the case is refused with the built-in id it most likely means', async () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'tu-check-'));
    const file = path.join(dir, 'arende.json');
    const c = JSON.parse(fs.readFileSync(example('002'), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...c, profil: 'stockholm-fuo-tu' }));
    const r = await run([seed('002'), '--case', file]);
    expect(r.err).toContain('Granskningsprofil: det finns ingen inbyggd profil som heter ”stockholm-fuo-tu” – menade du stockholm-fou-tu?');
    expect(r.out).toBe('');
  });

  it.each([
    [[], 'Ange vilken .docx-fil som ska granskas.'],
    [['utkast.pdf'], 'tu check granskar Word-filer (.docx)'],
    [['finns-inte.docx'], 'finns-inte.docx: filen finns inte'],
    [[seed('002'), '--format', 'xml'], '--format'],
    [[seed('002'), '--case'], '--case'],
    [[seed('002'), '--okänt'], '--okänt'],
  ])('bad input %j: Swedish message, exit code 2, nothing on stdout', async (args, msg) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(msg);
    expect(r.out).toBe('');
  });

  it('a case file that is not valid JSON', async () => {
    const tmp = path.join(fs.mkdtempSync(path.join(tmpdir(), 'tu-check-')), 'trasig.json');
    fs.writeFileSync(tmp, '{ "dokumenttyp": ');
    const r = await run([seed('002'), '--case', tmp]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('trasig.json: är inte giltig JSON');
  });

  it('a ".docx" that is not a zip file cannot be read: exit code 2', async () => {
    const tmp = path.join(fs.mkdtempSync(path.join(tmpdir(), 'tu-check-')), 'inte-zip.docx');
    fs.writeFileSync(tmp, 'hej, jag är en textfil');
    const r = await run([tmp]);
    expect(r.code).toBe(2);
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
      if (r.out) {
        const arr = (JSON.parse(r.out) as { findings: { rule: string; severity: string }[] }).findings;
        expect(Array.isArray(arr)).toBe(true);
        // Exit code 1 exactly when there is an error-level finding.
        expect(r.code).toBe(arr.some((x) => x.severity === 'error') ? 1 : 0);
        expect(arr.some((x) => /kunde inte granska/.test(JSON.stringify(x)))).toBe(false);
        findings++;
      } else {
        // An InputError in Swedish naming the file, not a stack trace or an internal error.
        expect(r.err).toMatch(new RegExp(`^${path.basename(f).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        expect(r.err).not.toContain('kunde inte granskas');
        expect(r.err).not.toMatch(/\bat \S+:\d+:\d+/);
        expect(r.code).toBe(2);
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
