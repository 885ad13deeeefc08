/**
 * tu draft: the main job from the command line. Good input writes a .docx; bad input prints a
 * Swedish message, exits 1 and writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main, nodeIo, type Io } from '../../src/cli/main';
import { readDocx } from '../../src/io/docx/read';
import { STANDARD_HEADINGS } from '../helpers/sections';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

function capture(cwd: string): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...nodeIo, cwd, stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, out, err };
}

test('with no file it drafts the built-in example to ./utkast.docx and says where it is', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tu-'));
  const { io, out, err } = capture(dir);
  expect(await main(['draft'], io)).toBe(0);
  expect(err).toEqual([]);
  const file = path.join(dir, 'utkast.docx');
  expect(out.join('\n')).toContain(`Det inbyggda exemplet → ${file}`);
  const doc = await readDocx(new Uint8Array(readFileSync(file)), 'utkast.docx');
  const headings = doc.paragraphs.filter((p) => p.part === 'body' && p.headingLevel === 2).map((p) => p.text);
  expect(headings).toEqual(STANDARD_HEADINGS);
  expect(readdirSync(dir)).toEqual(['utkast.docx']); // no temporary file left behind
});

test.each(['seed-000.json', 'seed-001.json', 'seed-002.json', 'mall/arende-mall.xlsx', 'mall/arende-mall.csv'])(
  'drafts %s with -o',
  async (name) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tu-'));
    const { io, err } = capture(dir);
    expect(await main(['draft', path.join(EXAMPLES, name), '-o', 'ut.docx'], io)).toBe(0);
    expect(err).toEqual([]);
    const doc = await readDocx(new Uint8Array(readFileSync(path.join(dir, 'ut.docx'))), 'ut.docx');
    expect(doc.storedCase).toBeDefined();
  },
);

test('--format text prints the document instead of writing a file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tu-'));
  const { io, out } = capture(dir);
  expect(await main(['draft', path.join(EXAMPLES, 'seed-001.json'), '--format', 'text'], io)).toBe(0);
  expect(out.join('\n')).toContain('Årsrapport om medel för forskning och utveckling 2020');
  expect(readdirSync(dir)).toEqual([]);
});

describe('bad input: a Swedish message, exit code 1 (invalid case) or 2 (usage, unreadable file), no file written', () => {
  const cases: [string, string | null, string[], string, number][] = [
    ['a file that does not exist', null, ['draft', 'finns-inte.json'], 'finns-inte.json: filen finns inte. Kontrollera sökvägen.', 2],
    [
      'malformed JSON',
      '{"dokumenttyp": "arsrapport",',
      ['draft', 'trasig.json'],
      'trasig.json: är inte giltig JSON på rad 1, tecken 30',
      1,
    ],
    [
      'a wrong type',
      'WRONG_TYPE',
      ['draft', 'fel.json'],
      'fel.json har ett fel:\n  • Redovisningsår: ska vara ett årtal, till exempel 2025, men är text',
      1,
    ],
    ['an unknown flag', null, ['draft', '--utan-bilagor'], 'Okänd flagga --utan-bilagor.', 2],
    ['an output that is not .docx', null, ['draft', '-o', 'ut.pdf'], 'Utfilen ska sluta på .docx', 2],
    ['an unknown format', null, ['draft', '--format', 'pdf'], '--format ska vara docx, text eller json, inte "pdf".', 2],
    ['an unknown format, written with =', null, ['draft', '--format=pdf'], '--format ska vara docx, text eller json, inte "pdf".', 2],
  ];
  test.each(cases)('%s', async (_what, content, args, message, code) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tu-'));
    if (content !== null) {
      const file = args[1];
      const text =
        content === 'WRONG_TYPE'
          ? readFileSync(path.join(EXAMPLES, 'seed-001.json'), 'utf8').replace('"redovisning": 2020', '"redovisning": "2020"')
          : content;
      writeFileSync(path.join(dir, file), text);
    }
    const before = readdirSync(dir);
    const { io, out, err } = capture(dir);
    expect(await main(args, io)).toBe(code);
    expect(err.join('\n')).toContain(message);
    expect(out).toEqual([]);
    expect(readdirSync(dir)).toEqual(before);
    expect(existsSync(path.join(dir, 'utkast.docx'))).toBe(false);
  });
});

test('an unknown command and no command print the usage with exit code 2', async () => {
  const { io, err, out } = capture(tmpdir());
  expect(await main(['skriv'], io)).toBe(2);
  expect(err.join('\n')).toContain('Okänt kommando "skriv"');
  expect(await main([], io)).toBe(2);
  expect(err.join('\n')).toContain('Användning:');
  expect(out).toEqual([]);
});

test('a personnummer in the case: the draft is written, with a warning that it must be removed', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tu-'));
  const c = JSON.parse(readFileSync(path.join(EXAMPLES, 'seed-002.json'), 'utf8')) as { lum: { resultat: string }[] };
  c.lum[0].resultat += ' Kontaktperson 811218-9876 har deltagit.';
  writeFileSync(path.join(dir, 'pnr.json'), JSON.stringify(c));
  const { io, err } = capture(dir);
  expect(await main(['draft', 'pnr.json', '-o', 'ut.docx'], io)).toBe(0);
  expect(err.join('\n')).toBe(
    'Varning: Utkastet innehåller ett personnummer (811218-****) i Ärendet. Ett tjänsteutlåtande är en allmän handling och får inte peka ut enskilda personer. Ta bort uppgiften ur ärendet innan dokumentet blir färdigt.',
  );
  expect(err.join('\n')).not.toContain('9876');
});
