/**
 * `tu draft` and the year's criteria: a year without criteria is a Swedish error saying how to add
 * them; --kriterier gives them from a file beside the case; --utan-kriterier drafts a placeholder
 * inriktning with a warning; what of the case the draft does not show is listed on stderr.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main, nodeIo, type Io } from '../../src/cli/main';
import { readDocx } from '../../src/io/docx/read';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

function capture(): { io: Io; out: string[]; err: string[]; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tu-kriterier-'));
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...nodeIo, cwd: dir, stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, out, err, dir };
}

const bodyText = async (file: string) =>
  (await readDocx(new Uint8Array(readFileSync(file)), path.basename(file))).paragraphs
    .filter((p) => p.part === 'body')
    .map((p) => p.text)
    .join('\n');

test('a year without built-in criteria: exit 1, a Swedish message on how to add them, no file', async () => {
  const { io, err, dir } = capture();
  expect(await main(['draft', path.join(EXAMPLES, 'utan-inbyggda-kriterier.json'), '-o', 'ut.docx'], io)).toBe(1);
  expect(err.join('\n')).toMatch(
    /inga kriterier för 2026.*Inbyggda år: 2017, 2020, 2025.*bladet Kriterier.*--kriterier.*--utan-kriterier/s,
  );
  expect(readdirSync(dir)).toEqual([]);
});

test('--kriterier with the CSV beside the case: the 2026 criteria are in the draft and stored with the case', async () => {
  const { io, err, dir } = capture();
  const args = [
    'draft',
    path.join(EXAMPLES, 'utan-inbyggda-kriterier.json'),
    '--kriterier',
    path.join(EXAMPLES, 'kriterier-2026.csv'),
    '-o',
    'ut.docx',
  ];
  expect(await main(args, io)).toBe(0);
  expect(err).toEqual([]);
  const text = await bodyText(path.join(dir, 'ut.docx'));
  expect(text).toContain(
    'Socialförvaltningen föreslår att utlysningen av 2026 års medel öppnar den 2 maj 2025 och pågår till den 29 augusti 2025.',
  );
  expect(text).not.toContain('[Skriv');
  const doc = await readDocx(new Uint8Array(readFileSync(path.join(dir, 'ut.docx'))), 'ut.docx');
  expect(doc.storedCase?.kriterier).toMatchObject({ ar: 2026 });
});

test('the same case as a workbook with a sheet Kriterier drafts without any flag', async () => {
  const { io, err, dir } = capture();
  expect(await main(['draft', path.join(EXAMPLES, 'utan-inbyggda-kriterier.xlsx'), '-o', 'ut.docx'], io)).toBe(0);
  expect(err).toEqual([]);
  expect(await bodyText(path.join(dir, 'ut.docx'))).toContain('Förslag på inriktning för lokala utvecklingsmedel 2026');
});

test("--utan-kriterier: a placeholder inriktning, a warning and the omission on stderr; never another year's themes", async () => {
  const { io, err, dir } = capture();
  expect(await main(['draft', path.join(EXAMPLES, 'utan-inbyggda-kriterier.json'), '--utan-kriterier', '-o', 'ut.docx'], io)).toBe(0);
  expect(err.join('\n')).toMatch(/^Varning: Det finns inga kriterier för 2026\./);
  expect(err.join('\n')).toContain('Det här i ärendet står inte i utkastet:\n  • Kriterierna för 2026: ärendet har inga kriterier');
  const text = await bodyText(path.join(dir, 'ut.docx'));
  expect(text).toContain('[Skriv årets teman och kriterier för 2026');
  expect(text).not.toMatch(/Huvudkriterier|Prioriterade områden|klientcentrering/);
});

test("fields this kind of document never shows (a study's kortnamn outside the årsrapport) are not reported on stderr", async () => {
  const { io, err } = capture();
  expect(await main(['draft', path.join(EXAMPLES, 'pagaende-studie.json'), '-o', 'ut.docx'], io)).toBe(0);
  expect(err).toEqual([]);
});

test('--kriterier of another year than the inriktning: the message names the file and does not contradict itself', async () => {
  const { io, err, dir } = capture();
  const args = ['draft', path.join(EXAMPLES, 'seed-002.json'), '--kriterier', path.join(EXAMPLES, 'kriterier-2026.csv'), '-o', 'ut.docx'];
  expect(await main(args, io)).toBe(1);
  const msg = err.join('\n');
  expect(msg).toMatch(/kriteriefilen \(kriterier-2026\.csv\) gäller 2026, men inriktningsåret är 2025/);
  expect(msg).toMatch(/För 2025 finns inbyggda kriterier: ta bort --kriterier/);
  expect(msg).not.toMatch(/inga kriterier för 2025|kriterierna i ärendet/);
  expect(readdirSync(dir)).toEqual([]);
});

test('a Kriterieår left at another year than the inriktning: the message names the field and says to empty it', async () => {
  const { io, err } = capture();
  const c = JSON.parse(readFileSync(path.join(EXAMPLES, 'seed-002.json'), 'utf8')) as Record<string, unknown>;
  c.ar = { ...(c.ar as object), inriktning: 2026 };
  c.kriterier = { ar: 2025 };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tu-kriterieår-')), 'arende.json');
  writeFileSync(file, JSON.stringify(c));
  expect(await main(['draft', file, '-o', 'ut.docx'], io)).toBe(1);
  expect(err.join('\n')).toMatch(/Kriterieår i ärendet är 2025, men inriktningsåret är 2026\..*töm fältet Kriterieår/s);
});

test('a criteria file given as the case: one message saying to give it with --kriterier', async () => {
  for (const f of ['mall/kriterier-mall.csv', 'kriterier-2026.json']) {
    const { io, err } = capture();
    expect(await main(['draft', path.join(EXAMPLES, f), '-o', 'ut.docx'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/det här är en kriteriefil.*--kriterier/);
    expect(err.join('\n')).not.toMatch(/har \d+ fel/);
  }
});

test('--format text starts with the page header: förvaltning, avdelning, Tjänsteutlåtande, Dnr and the date', async () => {
  const { io, out } = capture();
  expect(await main(['draft', path.join(EXAMPLES, 'seed-002.json'), '--format', 'text'], io)).toBe(0);
  const c = JSON.parse(readFileSync(path.join(EXAMPLES, 'seed-002.json'), 'utf8')) as { metadata: Record<string, string> };
  const lines = out.join('\n').split('\n');
  expect(lines.slice(0, 5)).toEqual([
    c.metadata.forvaltning,
    c.metadata.avdelning,
    'Tjänsteutlåtande',
    `Dnr ${c.metadata.dnr}`,
    c.metadata.datum,
  ]);
});
