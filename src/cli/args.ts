/**
 * One argument parser for every command (node:util parseArgs): the same spelling of every option
 * (`--format json` and `--format=json` alike, `-o FIL` and `--out FIL`), and Swedish messages for
 * an unknown option, a missing value or a value given to a switch.
 */
import { parseArgs } from 'node:util';
import { CliError } from './errors';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The allowed values of a string option. */
  choices?: readonly string[];
  /** The value's name in the help ("FIL"). */
  arg?: string;
  /** The help text (options.ts makes every help text from it; lines split with \n). */
  help?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface Parsed {
  positionals: string[];
  strings: Record<string, string | undefined>;
  flags: Record<string, boolean>;
}

const COMMON: OptionSpecs = { help: { type: 'boolean', short: 'h' } };

/** Parses a command's arguments; throws CliError (exit 2) in Swedish on anything it does not know. */
export function parseCommandArgs(args: string[], specs: OptionSpecs, maxPositionals: number, what: string): Parsed {
  const all: OptionSpecs = { ...COMMON, ...specs };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, s] of Object.entries(all)) options[name] = s.short ? { type: s.type, short: s.short } : { type: s.type };
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const out: Parsed = { positionals: [], strings: {}, flags: {} };
  for (const t of tokens) {
    if (t.kind === 'positional') {
      // An empty name ("" from a script's empty variable) would mean the current folder.
      if (t.value === '') throw new CliError(`Ett filnamn är tomt (""). Skriv namnet på filen.`, true);
      out.positionals.push(t.value);
      continue;
    }
    if (t.kind !== 'option') continue;
    const spec = Object.prototype.hasOwnProperty.call(all, t.name) ? all[t.name] : undefined;
    if (!spec) throw new CliError(`Okänd flagga ${t.rawName}.`, true);
    if (spec.type === 'boolean') {
      if (t.value !== undefined) throw new CliError(`Flaggan ${t.rawName} tar inget värde (fick "${t.value}").`, true);
      out.flags[t.name] = true;
      continue;
    }
    const v = t.value;
    if (v === undefined || v === '' || (!t.inlineValue && v.startsWith('-') && v !== '-')) {
      throw new CliError(`Flaggan ${t.rawName} behöver ett värde${spec.choices ? ` (${orList(spec.choices)})` : ''}.`, true);
    }
    if (spec.choices && !spec.choices.includes(v)) {
      throw new CliError(`${t.rawName} ska vara ${orList(spec.choices)}, inte "${v}".`, true);
    }
    if (out.strings[t.name] !== undefined && out.strings[t.name] !== v) {
      throw new CliError(
        `Flaggan ${t.rawName} står två gånger med olika värden ("${out.strings[t.name]}" och "${v}"); ange den en gång.`,
        true,
      );
    }
    out.strings[t.name] = v;
  }
  if (out.positionals.length > maxPositionals) {
    throw new CliError(
      maxPositionals === 0
        ? `Kommandot tar inga filnamn (fick ${out.positionals.map((p) => `"${p}"`).join(', ')}).`
        : `Ange högst ${maxPositionals === 1 ? 'en' : maxPositionals} ${what}, inte ${out.positionals.length} (${out.positionals.map((p) => `"${p}"`).join(', ')}).`,
      true,
    );
  }
  return out;
}

/** "docx, text eller json". */
export function orList(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} eller ${xs[xs.length - 1]}`;
}
