/**
 * `tu check <file.docx> [--case case.json] [--format text|json]`: checks a .docx with the rules
 * and prints the findings. Exit code 1 when there is an error finding or the input is bad
 * (with a Swedish message), 0 otherwise.
 */
import type { DocText } from '../check/types';
import { checkDocument, findingsToJson, formatFindingsText } from '../check/index';
import { InputError } from '../model/errors';
import { parseCaseJson } from '../model/validate';
import type { Case } from '../model/case';

export interface CheckIo {
  readFile(p: string): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** The .docx reader; defaults to src/io/docx/read.ts (tests may pass their own). */
  readDocx?: (bytes: Uint8Array, fileName: string) => Promise<DocText>;
}

export const CHECK_USAGE = `Användning: tu check <fil.docx> [--case ärende.json] [--format text|json]

Granskar ett tjänsteutlåtande och skriver ut anmärkningarna.
  --case ärende.json   ärendets uppgifter; då körs också reglerna som jämför med ärendet
                       (annars används ärendet som finns sparat i dokumentet, om det finns)
  --format text|json   text för läsning (standard) eller JSON för andra program
Slutkod 1 om det finns minst ett fel, annars 0.
`;

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] || p;
}

export async function runCheckCommand(args: string[], io: CheckIo): Promise<number> {
  let file: string | undefined;
  let casePath: string | undefined;
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      io.stdout(CHECK_USAGE);
      return 0;
    } else if (a === '--case') {
      casePath = args[++i];
      if (!casePath) return fail(io, '--case ska följas av en ärendefil (.json).');
    } else if (a.startsWith('--case=')) {
      casePath = a.slice('--case='.length);
    } else if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? args[++i] : a.slice('--format='.length);
      if (v !== 'text' && v !== 'json') return fail(io, `--format ska vara text eller json, inte ${v === undefined ? 'tomt' : `"${v}"`}.`);
      format = v;
    } else if (a.startsWith('-')) {
      return fail(io, `Okänt val ${a}.`);
    } else if (file === undefined) {
      file = a;
    } else {
      return fail(io, `Ange bara en fil att granska (fick både ${file} och ${a}).`);
    }
  }
  if (!file) return fail(io, 'Ange vilken .docx-fil som ska granskas.');
  if (!/\.docx$/i.test(file))
    return fail(io, `${baseName(file)}: tu check granskar Word-filer (.docx). Spara dokumentet som .docx i Word och försök igen.`);
  try {
    let kase: Case | undefined;
    if (casePath) {
      const bytes = await readOrFail(io, casePath);
      kase = parseCaseJson(new TextDecoder('utf-8').decode(bytes), baseName(casePath));
    }
    const bytes = await readOrFail(io, file);
    const readDocx = io.readDocx ?? (await import('../io/docx/read')).readDocx;
    const doc = await readDocx(bytes, baseName(file));
    const findings = checkDocument(doc, kase);
    io.stdout(format === 'json' ? `${findingsToJson(findings)}\n` : formatFindingsText(findings, doc.source || baseName(file), doc));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`${e.message}\n`);
      return 1;
    }
    io.stderr(`${baseName(file)}: kunde inte granskas (${e instanceof Error ? e.message : String(e)}).\n`);
    return 1;
  }
}

async function readOrFail(io: CheckIo, p: string): Promise<Uint8Array> {
  try {
    return await io.readFile(p);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'filen finns inte'
        : code === 'EACCES'
          ? 'filen får inte läsas'
          : code === 'EISDIR'
            ? 'det är en mapp, inte en fil'
            : 'filen kunde inte läsas';
    throw new InputError(baseName(p), `${why} (${p}).`);
  }
}

function fail(io: CheckIo, message: string): number {
  io.stderr(`${message}\n\n${CHECK_USAGE}`);
  return 1;
}
