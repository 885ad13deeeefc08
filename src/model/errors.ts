/**
 * Typed input errors with plain Swedish messages that say what is wrong and where (file, sheet,
 * row, column, field). Every importer and validator throws InputError, never a bare Error.
 *
 * A Problem carries its location as data; whereText() writes it for people, with the field
 * registry's labels ("LUM-projekt 2 («Våga anmäla»), Belopp"), never an internal path. Nothing
 * should parse a location back out of a message.
 */
import { z } from 'zod';
import { describePath, fieldHelp } from './fields';

/** Keys and list positions (0-based) into the case, as zod reports them: ['lum', 1, 'belopp']. */
export type ProblemPath = (string | number)[];

export interface Problem {
  /** What is wrong, in plain Swedish: "ska vara ett belopp i kronor (ett tal), men är text". */
  what: string;
  /** The file, when it is not the one the whole error is about. */
  file?: string;
  /** The sheet of a workbook. */
  sheet?: string;
  /** The row as the user's program shows it (1 = the first row). */
  row?: number;
  /** The column's name as the user sees it ("Belopp"), or its letter. */
  column?: string;
  /** The place in the case. */
  path?: ProblemPath;
  /** The path for people, written when the problem was made with the case at hand (names list items). */
  field?: string;
  /**
   * The location as text, from before locations were data: "rad 5, kolumn Belopp" from the
   * importers, and the path as "lum[1].belopp" from zodProblems (which the importers still read).
   * New code reads the fields above and shows whereText(p). '' when there is no location.
   */
  where: string;
}

/** The fields of a Problem, without the legacy `where` (problem() writes it). */
export type ProblemInit = Omit<Problem, 'where'> & { where?: string };

/** A Problem from its location fields; `where` is written from them (for code that still reads it). */
export function problem(init: ProblemInit): Problem {
  const p: Problem = { ...init, where: '' };
  p.where = init.where ?? whereText(p);
  return p;
}

/**
 * Where a problem is, for people: "Ärende.xlsx, blad Projekt, rad 5, kolumn Belopp",
 * "LUM-projekt 2 («Våga anmäla»), Belopp", "Sammanträdesdatum". A row or column says where a
 * value stands, so the field is named only when neither is known. Problems with no location
 * data give their `where` text as it is. `omitFile` leaves out a file that the message names anyway.
 */
export function whereText(p: Problem, omitFile?: string): string {
  const parts: string[] = [];
  if (p.file && p.file !== omitFile) parts.push(p.file);
  if (p.sheet) parts.push(`blad ${p.sheet}`);
  if (p.row !== undefined) parts.push(`rad ${p.row}`);
  if (p.column) parts.push(`kolumn ${p.column}`);
  if (p.row === undefined && p.column === undefined) {
    if (p.field) parts.push(p.field);
    else if (p.path) parts.push(describePath(p.path));
  } else if (p.column === undefined && p.field) {
    // A row of a Fält | Värde block: the row and the field it names ("rad 5, fältet Dnr").
    parts.push(p.field);
  }
  const hasData = p.file !== undefined || p.sheet !== undefined || p.row !== undefined || p.column !== undefined || p.path !== undefined;
  return hasData ? parts.join(', ') : p.where;
}

export class InputError extends Error {
  readonly problems: Problem[];
  readonly source: string;
  constructor(source: string, problems: Problem[] | string) {
    const list = typeof problems === 'string' ? [{ where: '', what: problems }] : problems;
    super(formatProblems(source, list));
    this.name = 'InputError';
    this.source = source;
    this.problems = list;
  }
}

export function formatProblems(source: string, problems: Problem[]): string {
  const wheres = problems.map((p) => whereText(p, source));
  if (problems.length === 1 && !wheres[0]) return `${source}: ${problems[0].what}`;
  const head = problems.length === 1 ? `${source} har ett fel:` : `${source} har ${problems.length} fel:`;
  const shown = problems.slice(0, 20).map((p, i) => `  • ${wheres[i] ? `${wheres[i]}: ` : ''}${p.what}`);
  if (problems.length > 20) shown.push(`  • … och ${problems.length - 20} fel till`);
  return [head, ...shown].join('\n');
}

/** "lum[2].belopp" from ['lum', 2, 'belopp']: the path as the case's JSON spells it (for code and logs, not for people). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(hela dokumentet)';
}

/** What a value is, in a message: "men är text". */
function typeName(v: unknown): string {
  if (v === null) return 'null (tomt)';
  if (Array.isArray(v)) return 'en lista';
  switch (typeof v) {
    case 'string':
      return 'text';
    case 'number':
      return 'ett tal';
    case 'boolean':
      return 'sant/falskt';
    case 'object':
      return 'ett objekt';
    default:
      return 'tomt';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista [ … ]',
  object: 'ett objekt { … }',
  record: 'ett objekt { … }',
};

const FORMATS: Record<string, string> = {
  email: 'en e-postadress',
  url: 'en webbadress',
  date: 'ett datum i formen ÅÅÅÅ-MM-DD',
  datetime: 'en tidpunkt i formen ÅÅÅÅ-MM-DDTtt:mm',
  uuid: 'ett id (UUID)',
};

function shown(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

function orList(values: readonly unknown[]): string {
  const s = values.map(shown);
  return s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} eller ${s[s.length - 1]}`;
}

function sizeOf(origin: string, n: number | bigint): string {
  const k = Number(n);
  if (origin === 'string') return `${k} ${k === 1 ? 'tecken' : 'tecken'}`;
  if (origin === 'array' || origin === 'set') return `${k} ${k === 1 ? 'rad' : 'rader'}`;
  return String(k);
}

/**
 * The Swedish message for an issue that our schemas give no message of their own. Installed as
 * zod's global error map below, so no zod message reaches a user in English; our schemas'
 * own messages (`{ error: '…' }`) still win.
 */
export function swedishIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `ska vara ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string' && n === 1) return 'får inte vara tomt';
      if (issue.origin === 'array' && n === 1) return 'får inte vara tom';
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return issue.inclusive ? `ska vara minst ${n}` : `ska vara större än ${n}`;
      return `ska ha minst ${sizeOf(issue.origin, issue.minimum)}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return issue.inclusive ? `får vara högst ${n}` : `ska vara mindre än ${n}`;
      return `får ha högst ${sizeOf(issue.origin, issue.maximum)}`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ? `ska vara ${FORMATS[issue.format]}` : 'har fel form';
    case 'not_multiple_of':
      return `ska vara en multipel av ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'har ett okänt fält; kontrollera stavningen';
    case 'invalid_union':
      return 'har fel form';
    case 'invalid_key':
      return 'har en nyckel som inte är tillåten';
    case 'invalid_element':
      return 'har ett värde som inte är tillåtet';
    case 'invalid_value':
      return `ska vara ${orList(issue.values)}`;
    case 'custom':
      return 'är inte tillåtet';
    default:
      return 'är inte tillåtet';
  }
}

z.config({ customError: swedishIssueMessage });

function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return { found: false, value: undefined };
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return { found: true, value: v };
}

/**
 * "men är text", and the truth about numbers: a number JSON can write but no one can count with
 * (1e400 is read as Infinity), or a number that is not whole where a whole one is wanted.
 */
function butIs(v: unknown, expected: string): string {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'men är inget tal';
    if (!Number.isFinite(v) || (expected === 'int' && Number.isInteger(v)))
      return v > 0 ? 'men talet är för stort' : 'men talet är för stort negativt';
    if (expected === 'int') return `men är ${String(v).replace('.', ',')}`;
  }
  return `men är ${typeName(v)}`;
}

/**
 * zod issues → Swedish problems, each with its location as data. Messages come from our schemas
 * or from swedishIssueMessage, chosen by issue code, never from zod's English.
 *
 * - prefix: where the checked value sits in the case (['kriterier'] for criteria inside a case);
 * - data: the value that was checked. With it, list items are named in the location
 *   ("LUM-projekt 2 («Våga anmäla»)"), and a wrong value's type is said even when the parse did
 *   not report its input;
 * - inCase: false for a value that is not (part of) a case, such as a house-style profile: then
 *   the problems carry no case path, and `where` is the path as the user's JSON spells it.
 */
export function zodProblems(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
  data?: unknown,
  options: { inCase?: boolean } = {},
): Problem[] {
  const out: Problem[] = [];
  const inCase = options.inCase ?? true;
  const root = data === undefined || !inCase ? undefined : rootFor(data, prefix);
  const make = (path: readonly PropertyKey[], what: string): Problem => {
    const p = path.map((k) => (typeof k === 'number' ? k : String(k)));
    if (!inCase) return { where: formatPath(p), what };
    return { where: formatPath(p), what, path: p, ...(root !== undefined ? { field: describePath(p, root) } : {}) };
  };
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(make([...path, key], 'är ett okänt fält; kontrollera stavningen'));
        break;
      case 'invalid_type': {
        const reported = 'input' in issue;
        const at = reported
          ? { found: issue.input !== undefined, value: issue.input }
          : data !== undefined
            ? valueAt(data, issue.path)
            : undefined;
        if (at && !at.found) out.push(make(path, 'saknas men måste finnas'));
        else if (at) out.push(make(path, `${issue.message}, ${butIs(at.value, issue.expected)}`));
        else if ((issue as { received?: unknown }).received === 'Infinity')
          out.push(make(path, `${issue.message}, men talet är för stort`));
        else out.push(make(path, issue.message));
        break;
      }
      case 'invalid_union': {
        const help = inCase ? fieldHelp(path) : '';
        out.push(make(path, help ? `${issue.message}. ${help}` : issue.message));
        break;
      }
      case 'too_big':
      case 'too_small': {
        // .int() also bounds a number to the safe integers: 1e20 is whole, but too big to count with.
        const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
        const beyond = Math.abs(limit) === Number.MAX_SAFE_INTEGER;
        out.push(make(path, beyond ? `${issue.message}, men talet är för stort${limit < 0 ? ' negativt' : ''}` : issue.message));
        break;
      }
      default:
        out.push(make(path, issue.message));
    }
  }
  return out;
}

/** The value at the root of the case when the checked value sits at `prefix` inside it. */
function rootFor(data: unknown, prefix: readonly PropertyKey[]): unknown {
  if (prefix.length === 0) return data;
  let root: unknown = data;
  for (let i = prefix.length - 1; i >= 0; i--) {
    const k = prefix[i];
    root = typeof k === 'number' ? Object.assign([], { [k]: root }) : { [String(k)]: root };
  }
  return root;
}
