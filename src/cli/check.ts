/**
 * `tu check <file.docx> [--case case.json] [--format text|json]`: checks a .docx with the rules
 * and prints the findings. Exit code 0 without error findings, 1 with at least one error finding
 * or an invalid case, 2 for usage or a file that cannot be read (errors.ts).
 * The rules, zod and the .docx reader are loaded only once the arguments are known to be good.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DocText } from '../check/types';
import type { Case } from '../model/case';
import type { ResolvedProfile } from '../model/profiles/index';
import { MAX_DOCX_BYTES, MAX_INPUT_BYTES } from '../io/limits';
import { parseCommandArgs } from './args';
import { CHECK_OPTIONS, CHECK_USAGE } from './options';
import { CliError, EXIT_FINDINGS, EXIT_OK } from './errors';

export interface CheckIo {
  /** Reads a file (main.ts: a regular file within `limit` bytes, else CliError in Swedish). */
  readFile(p: string, shown?: string, limit?: number, what?: string): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** The .docx reader; defaults to src/io/docx/read.ts (tests may pass their own). */
  readDocx?: (bytes: Uint8Array, fileName: string) => Promise<DocText>;
  /** The folder relative paths are read from (main.ts's Io); the process's when absent. */
  cwd?: string;
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] || p;
}

export async function runCheckCommand(args: string[], io: CheckIo): Promise<number> {
  try {
    return await check(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(e.showUsage ? `${e.message}\n\n${CHECK_USAGE}` : `${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

async function check(args: string[], io: CheckIo): Promise<number> {
  // A check validates a handful of objects once (the stored case, the year's criteria, the
  // profile), each in a fresh process: zod's compiled fast path costs more to generate than it
  // saves there. Set before the schemas are made (zod reads it then); the results are the same.
  z.config({ jitless: true });
  const a = parseCommandArgs(args, CHECK_OPTIONS, 1, 'fil att granska');
  if (a.flags.help) {
    io.stdout(CHECK_USAGE);
    return EXIT_OK;
  }
  const file = a.positionals[0];
  if (!file) throw new CliError('Ange vilken .docx-fil som ska granskas.', true);
  if (!/\.docx$/i.test(file))
    throw new CliError(`${baseName(file)}: tu check granskar Word-filer (.docx). Spara dokumentet som .docx i Word och försök igen.`);
  const format = a.strings.format === 'json' ? 'json' : 'text';
  const casePath = a.strings.case;

  // Read both files before loading anything heavy: a missing file is said at once.
  const at = (p: string) => resolve(io.cwd ?? process.cwd(), p);
  const caseBytes = casePath ? await io.readFile(at(casePath), casePath, MAX_INPUT_BYTES, 'en ärendefil') : undefined;
  const bytes = await io.readFile(at(file), file, MAX_DOCX_BYTES, 'en Word-fil');
  const profileArg = a.strings.profile;
  const profileBytes =
    profileArg !== undefined && /\.json$/i.test(profileArg)
      ? await io.readFile(at(profileArg), profileArg, MAX_INPUT_BYTES, 'en profilfil')
      : undefined;

  let kase: Case | undefined;
  const { InputError } = await import('../model/errors');
  if (caseBytes && casePath) {
    try {
      const { importCase } = await import('../io/import/index');
      kase = await importCase(caseBytes, baseName(casePath));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`${e.message}\n`);
      return EXIT_FINDINGS;
    }
  }
  // A profile that is unknown or not valid is a usage error (exit code 2), said before the document is read.
  let profile: ResolvedProfile | undefined;
  if (profileArg !== undefined) {
    const profiles = await import('../model/profiles/index');
    // A file that is not .json ("egen.txt", "profiler/egen") is not taken for a profile's name.
    if (!profileBytes && /[\\/]|\.[^.]+$/.test(profileArg)) {
      throw new CliError(
        `--profile ${profileArg}: en profilfil ska vara JSON och heta något med .json på slutet; en inbyggd profil anges med sitt namn (${profiles.builtInProfileIds().join(', ')}).`,
        true,
      );
    }
    try {
      profile = profileBytes
        ? profiles.resolveProfile(
            profiles.parseProfileJson(new TextDecoder('utf-8').decode(profileBytes), baseName(profileArg), {
              ruleIds: (await import('../check/index')).RULES.map((r) => r.meta.id),
            }),
            [],
            baseName(profileArg),
          )
        : profiles.profileById(profileArg, '--profile');
    } catch (e) {
      if (e instanceof InputError) throw new CliError(e.message, !profileBytes);
      throw e;
    }
  }
  let doc: DocText;
  try {
    const readDocx = io.readDocx ?? (await import('../io/docx/read')).readDocx;
    doc = await readDocx(bytes, baseName(file));
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message);
    throw new CliError(`${baseName(file)}: kunde inte granskas (${e instanceof Error ? e.message : String(e)}).`);
  }
  const storedProblem = doc.storedCaseProblem;
  if (storedProblem && !kase) io.stderr(`Obs! ${storedProblem}\n`);
  const { checkDocumentWithProfile, findingsToJson, formatFindingsText } = await import('../check/index');
  const { findings, profile: choice } = checkDocumentWithProfile(doc, kase, { profile });
  io.stdout(
    format === 'json' ? `${findingsToJson(findings, choice)}\n` : formatFindingsText(findings, doc.source || baseName(file), doc, choice),
  );
  // Only error-level findings (after the profile's levels) make the exit code 1.
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
