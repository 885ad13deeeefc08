/**
 * The `tu` command line:
 *   tu draft [<case.json|.xlsx|.csv>] [-o <out.docx>] [--format docx|text|json]
 *   tu check <file.docx> [--case case.json] [--format text|json]
 *   tu schema
 * Bad input: a Swedish message on stderr, exit code 1, no file written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { draftCase } from '../draft';
import { sectionText } from '../draft/types';
import { personalIdWarning, personalIdsInDraft } from '../draft/personal-data';
import { importCase } from '../io/import/index';
import { writeDocx } from '../io/docx/write';
import { InputError } from '../model/errors';
import { runCheckCommand } from './check';
import { caseJsonSchema, criteriaJsonSchema } from '../model/json-schema';

export const EXAMPLE_CASE = path.join(__dirname, '..', '..', 'examples', 'seed-002.json');

export interface Io {
  readFile(p: string): Promise<Uint8Array>;
  writeFile(p: string, data: Uint8Array): Promise<void>;
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
}

export const nodeIo: Io = {
  readFile: async (p) => new Uint8Array(await fs.readFile(p)),
  writeFile: async (p, data) => {
    // Write to a temporary file beside the target, then rename: never a half-written .docx.
    const tmp = `${p}.${process.pid}.tmp`;
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, p);
  },
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  cwd: process.cwd(),
};

const USAGE = `Användning:
  tu draft [<ärende.json|.xlsx|.csv>] [-o <utkast.docx>] [--format docx|text|json]
      Skriver ett tjänsteutlåtande. Utan fil används det inbyggda exemplet (ärendet i seed 002)
      och utkastet sparas som ./utkast.docx.
  tu check <dokument.docx> [--case <ärende.json>] [--format text|json]
      Granskar ett dokument. Slutkoden är 1 om något fel hittas.
  tu schema [--out <mapp>]
      Skriver JSON-scheman för ärendeformatet och årets kriterier.
  tu --help`;

interface Parsed {
  positional: string[];
  options: Record<string, string>;
}

function parseArgs(args: string[], valued: string[]): Parsed {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-')) {
      const name = a.replace(/^--?/, '');
      if (!valued.includes(name)) throw new InputError('Kommandoraden', `okänd flagga ${a}. ${USAGE}`);
      const v = args[i + 1];
      if (v === undefined || v.startsWith('-')) throw new InputError('Kommandoraden', `flaggan ${a} behöver ett värde`);
      options[name] = v;
      i++;
    } else positional.push(a);
  }
  return { positional, options };
}

async function readInput(io: Io, file: string): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'filen finns inte. Kontrollera sökvägen.');
    if (code === 'EISDIR') throw new InputError(file, 'är en mapp, inte en fil.');
    if (code === 'EACCES') throw new InputError(file, 'filen går inte att läsa (behörighet saknas).');
    throw e;
  }
}

export async function runDraft(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ['o', 'out', 'format']);
  if (positional.length > 1) throw new InputError('Kommandoraden', `ange högst en ärendefil, inte ${positional.length}.`);
  const format = options.format ?? 'docx';
  if (!['docx', 'text', 'json'].includes(format))
    throw new InputError('Kommandoraden', `--format ska vara docx, text eller json, inte "${format}".`);
  const builtIn = positional.length === 0;
  const input = builtIn ? EXAMPLE_CASE : path.resolve(io.cwd, positional[0]);
  const shown = builtIn ? 'Det inbyggda exemplet' : positional[0];
  const bytes = await readInput(io, input);
  const c = await importCase(bytes, builtIn ? 'seed-002.json' : path.basename(input));
  const doc = draftCase(c);
  const idWarning = personalIdWarning(personalIdsInDraft(doc));
  if (idWarning) io.stderr(`Varning: ${idWarning}`);
  if (format === 'text') {
    io.stdout(doc.sections.map(sectionText).join('\n\n'));
    return 0;
  }
  if (format === 'json') {
    io.stdout(JSON.stringify(doc, null, 2));
    return 0;
  }
  const out = path.resolve(io.cwd, options.o ?? options.out ?? 'utkast.docx');
  if (!out.toLowerCase().endsWith('.docx')) throw new InputError('Kommandoraden', `utfilen ska sluta på .docx: ${out}`);
  const data = await writeDocx(doc, c);
  await io.writeFile(out, data);
  const projects = c.lum.length + c.mul.length + c.fum.length;
  io.stdout(
    `${shown} → ${out}\nTjänsteutlåtandet "${doc.title}" är skrivet (${doc.sections.length - 2} avsnitt, ${projects} projekt och studier, ${Math.round(data.length / 1024)} kB).`,
  );
  return 0;
}

async function runSchema(args: string[], io: Io): Promise<number> {
  const { options } = parseArgs(args, ['out']);
  const dir = path.resolve(io.cwd, options.out ?? 'schema');
  const enc = new TextEncoder();
  await fs.mkdir(dir, { recursive: true });
  await io.writeFile(path.join(dir, 'case.schema.json'), enc.encode(JSON.stringify(caseJsonSchema(), null, 2) + '\n'));
  await io.writeFile(path.join(dir, 'criteria.schema.json'), enc.encode(JSON.stringify(criteriaJsonSchema(), null, 2) + '\n'));
  io.stdout(`JSON-scheman skrivna i ${dir}`);
  return 0;
}

export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'draft':
        return await runDraft(rest, io);
      case 'check':
        return await runCheckCommand(rest, io);
      case 'schema':
        return await runSchema(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? 1 : 0;
      default:
        io.stderr(`Okänt kommando "${command}".\n${USAGE}`);
        return 1;
    }
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(e.message);
      return 1;
    }
    io.stderr(
      `Ett oväntat fel inträffade: ${e instanceof Error ? e.message : String(e)}\nInget har skrivits. Rapportera felet till förvaltningens IT-stöd och bifoga filen.`,
    );
    return 2;
  }
}
