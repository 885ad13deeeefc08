/**
 * The `tu` command line:
 *   tu draft [<ärende.json|.xlsx|.csv>] [-o <utkast.docx>] [--format docx|text|json] [--force]
 *   tu check <dokument.docx> [--case <ärende.json>] [--format text|json]
 *   tu schema [--out <mapp>] [--force]
 *   tu --help | --version
 * Exit codes (errors.ts): 0 ok, 1 error findings or an invalid case, 2 usage or a file that
 * cannot be read or written. Every message is Swedish and names the file.
 *
 * Start-up is kept short: this module loads only node: built-ins and the small CLI helpers;
 * zod, the readers, the drafter and the rules are loaded when a command needs them.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCommandArgs } from './args';
import { DRAFT_OPTIONS, DRAFT_USAGE, SCHEMA_OPTIONS, SCHEMA_USAGE, USAGE } from './options';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE_OR_FILE } from './errors';
import type { Existing } from './files';
import { MAX_INPUT_BYTES, MAX_PROJECTS } from '../io/limits';

export const EXAMPLE_CASE = path.join(__dirname, '..', '..', 'examples', 'seed-002.json');

export interface Io {
  /** Reads a regular file of at most `limit` bytes; throws CliError in Swedish. */
  readFile(p: string, shown?: string, limit?: number, what?: string): Promise<Uint8Array>;
  /** Writes a file safely (files.ts); returns the path written. */
  writeFile(p: string, shown: string, data: Uint8Array, existing: Existing): Promise<string>;
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
}

export const nodeIo: Io = {
  // files.ts loads with the first file a command reads or writes (node:crypto with the first it writes), not for --help.
  readFile: async (p, shown = p, limit = MAX_INPUT_BYTES, what = 'en fil') =>
    (await import('./files')).readInputFile(p, shown, limit, what),
  writeFile: async (p, shown, data, existing) => (await import('./files')).writeOutputFile(p, shown, data, existing),
  stdout: (s) => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => void process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  cwd: process.cwd(),
};

export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'okänd';
  } catch {
    return 'okänd';
  }
}

function projectCount(c: { lum: unknown[]; mul: unknown[]; fum: unknown[] }): number {
  return c.lum.length + c.mul.length + c.fum.length;
}

export async function runDraft(args: string[], io: Io): Promise<number> {
  const a = parseCommandArgs(args, DRAFT_OPTIONS, 1, 'ärendefil');
  if (a.flags.help) {
    io.stdout(DRAFT_USAGE);
    return EXIT_OK;
  }
  const format = a.strings.format ?? 'docx';
  const outArg = a.strings.out;
  if (format !== 'docx' && (outArg !== undefined || a.flags.force)) {
    throw new CliError(
      `${outArg !== undefined ? '-o' : '--force'} gäller bara --format docx; med --format ${format} skrivs utkastet på skärmen.`,
      true,
    );
  }
  if (outArg !== undefined && !outArg.toLowerCase().endsWith('.docx')) {
    throw new CliError(`Utfilen ska sluta på .docx: ${outArg}`, true);
  }
  const builtIn = a.positionals.length === 0;
  const inputArg = builtIn ? EXAMPLE_CASE : a.positionals[0];
  const input = path.resolve(io.cwd, inputArg);
  const shown = builtIn ? 'Det inbyggda exemplet' : inputArg;
  // Every input file is read before any is parsed: a file that cannot be read is exit code 2
  // whatever is wrong inside the others.
  let caseBytes: Uint8Array | undefined = await io.readFile(input, builtIn ? 'seed-002.json' : inputArg, MAX_INPUT_BYTES, 'en ärendefil');
  const criteriaBytes =
    a.strings.kriterier !== undefined
      ? await io.readFile(path.resolve(io.cwd, a.strings.kriterier), a.strings.kriterier, MAX_INPUT_BYTES, 'en kriteriefil')
      : undefined;
  const { importCase } = await import('../io/import/index');
  const c = await importCase(caseBytes, builtIn ? 'seed-002.json' : path.basename(input));
  // The file's bytes are not kept once the case is read (memory: a case of 10 000 projects is 6 MB).
  caseBytes = undefined;
  const count = projectCount(c);
  if (count > MAX_PROJECTS) {
    const { InputError } = await import('../model/errors');
    throw new InputError(
      builtIn ? 'seed-002.json' : inputArg,
      `ärendet har ${count} projekt, studieresor och studier; gränsen är ${MAX_PROJECTS}. Ett tjänsteutlåtande med så många blir inte läsbart; dela upp ärendet.`,
    );
  }
  // The year's criteria: from --kriterier, the case or a built-in year; none is an error unless --utan-kriterier.
  const { resolveCriteria } = await import('../model/validate');
  let criteria = resolveCriteria(c, builtIn ? 'seed-002.json' : inputArg);
  let drafted = c;
  if (a.strings.kriterier !== undefined && criteriaBytes) {
    const { importCriteria } = await import('../io/import/criteria-sheet');
    criteria = await importCriteria(criteriaBytes, a.strings.kriterier);
    drafted = { ...c, kriterier: criteria };
  }
  const { draftCase, draftOmissions, missingCriteriaMessage, omissionLines } = await import('../draft');
  const criteriaFile = a.strings.kriterier !== undefined ? path.basename(a.strings.kriterier) : undefined;
  const noCriteria = missingCriteriaMessage(c, criteria, criteriaFile);
  if (noCriteria && !a.flags['utan-kriterier']) {
    const { InputError } = await import('../model/errors');
    throw new InputError(builtIn ? 'seed-002.json' : inputArg, noCriteria);
  }
  const doc = draftCase(drafted, criteria, { criteriaFile });
  for (const w of doc.warnings ?? []) io.stderr(`Varning: ${w}`);
  // What is missing from the draft; fields this kind of document never shows are not news (the pane lists them too).
  const omitted = omissionLines(draftOmissions(drafted, doc).filter((o) => !o.byDesign));
  if (omitted.length) io.stderr(`Det här i ärendet står inte i utkastet:\n${omitted.map((l) => `  • ${l}`).join('\n')}`);
  const { personalIdWarning, personalIdsInDraft } = await import('../draft/personal-data');
  const idWarning = personalIdWarning(personalIdsInDraft(doc));
  if (idWarning) io.stderr(`Varning: ${idWarning}`);
  if (format === 'text') {
    const { documentText } = await import('../draft/types');
    io.stdout(documentText(doc));
    return EXIT_OK;
  }
  if (format === 'json') {
    io.stdout(JSON.stringify(doc, null, 2));
    return EXIT_OK;
  }
  const outShown = outArg ?? 'utkast.docx';
  const out = path.resolve(io.cwd, outShown);
  const existing: Existing = a.flags.force ? 'force' : outArg === undefined ? 'free' : 'refuse';
  const { writeDocx } = await import('../io/docx/write');
  const data = await writeDocx(doc, drafted);
  const written = await io.writeFile(out, outShown, data, existing);
  const renamed =
    written !== out ? `\n${outShown} fanns redan och har inte ändrats; utkastet sparades i stället som ${path.basename(written)}.` : '';
  io.stdout(
    `${shown} → ${written}${renamed}\nTjänsteutlåtandet "${doc.title}" är skrivet (${doc.sections.length - 2} avsnitt, ${count} projekt och studier, ${Math.round(data.length / 1024)} kB).`,
  );
  return EXIT_OK;
}

async function runSchema(args: string[], io: Io): Promise<number> {
  const a = parseCommandArgs(args, SCHEMA_OPTIONS, 0, '');
  if (a.flags.help) {
    io.stdout(SCHEMA_USAGE);
    return EXIT_OK;
  }
  const dirShown = a.strings.out ?? 'schema';
  const dir = path.resolve(io.cwd, dirShown);
  const { caseJsonSchema, criteriaJsonSchema, profileJsonSchema } = await import('../model/json-schema');
  const enc = new TextEncoder();
  const files: [string, Uint8Array][] = [
    ['case.schema.json', enc.encode(JSON.stringify(caseJsonSchema(), null, 2) + '\n')],
    ['criteria.schema.json', enc.encode(JSON.stringify(criteriaJsonSchema(), null, 2) + '\n')],
    ['profile.schema.json', enc.encode(JSON.stringify(profileJsonSchema(), null, 2) + '\n')],
  ];
  await (await import('./files')).ensureDir(dir, dirShown);
  const said: string[] = [];
  for (const [name, data] of files) {
    const p = path.join(dir, name);
    const shown = path.join(dirShown, name);
    let old: Uint8Array | undefined;
    try {
      old = await io.readFile(p, shown, MAX_INPUT_BYTES, 'ett schema');
    } catch {
      old = undefined;
    }
    if (old && Buffer.from(old).equals(Buffer.from(data))) {
      said.push(`${shown} (oförändrad)`);
      continue;
    }
    try {
      await io.writeFile(p, shown, data, a.flags.force ? 'force' : 'refuse');
    } catch (e) {
      // A schema is a generated file: overwriting it is what --force is for; say so, not "välj ett annat namn med -o".
      if (e instanceof CliError && e.name === 'ExistsError') {
        throw new CliError(
          `${shown}: schemat finns redan och skiljer sig från det som programmet gör nu (det kan vara ändrat för hand eller gjort av en äldre version). Schemafilerna görs av programmet: ange --force för att skriva över dem, eller --out MAPP för att skriva dem i en annan mapp.`,
        );
      }
      throw e;
    }
    said.push(shown);
  }
  io.stdout(`JSON-scheman i ${dir}: ${said.join(', ')}`);
  return EXIT_OK;
}

function usageFor(command: string | undefined): string {
  if (command === 'draft') return DRAFT_USAGE;
  if (command === 'schema') return SCHEMA_USAGE;
  return USAGE;
}

export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'draft':
        return await runDraft(rest, io);
      case 'check': {
        const { runCheckCommand } = await import('./check');
        return await runCheckCommand(rest, io);
      }
      case 'schema':
        return await runSchema(rest, io);
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case '-V':
      case '--version':
      case 'version':
        io.stdout(`tu ${version()}`);
        return EXIT_OK;
      case undefined:
        io.stderr(`Ange ett kommando.\n\n${USAGE}`);
        return EXIT_USAGE_OR_FILE;
      default:
        io.stderr(`Okänt kommando "${command}".\n\n${USAGE}`);
        return EXIT_USAGE_OR_FILE;
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(e.showUsage ? `${e.message}\n\n${usageFor(command)}` : e.message);
      return e.exitCode;
    }
    if (e instanceof Error && e.name === 'InputError') {
      io.stderr(e.message);
      return EXIT_FINDINGS;
    }
    io.stderr(
      `Ett oväntat fel inträffade: ${e instanceof Error ? e.message : String(e)}\nInget har skrivits. Rapportera felet till förvaltningens IT-stöd och bifoga filen.`,
    );
    return EXIT_USAGE_OR_FILE;
  }
}
