/**
 * Typed input errors with plain Swedish messages that say what is wrong and where
 * (file, row, field). Every importer and validator throws InputError, never a bare Error.
 */
import type { z } from 'zod';

export interface Problem {
  /** Where: a field path like "lum[2].belopp", or "rad 5, kolumn Belopp". */
  where: string;
  /** What is wrong, in plain Swedish: "ska vara ett belopp i kronor (ett tal)". */
  what: string;
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
  if (problems.length === 1 && !problems[0].where) return `${source}: ${problems[0].what}`;
  const head = problems.length === 1 ? `${source} har ett fel:` : `${source} har ${problems.length} fel:`;
  const shown = problems.slice(0, 20).map((p) => `  • ${p.where ? `${p.where}: ` : ''}${p.what}`);
  if (problems.length > 20) shown.push(`  • … och ${problems.length - 20} fel till`);
  return [head, ...shown].join('\n');
}

/** "lum[2].belopp" from ['lum', 2, 'belopp']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(hela dokumentet)';
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
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
};

/** Turns zod issues into Swedish problems. Our schemas carry Swedish messages; this covers the rest. */
export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    const where = formatPath(path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ where: formatPath([...path, key]), what: 'är ett okänt fält (stavfel? fältnamnen står i schema/case.schema.json)' });
        }
        break;
      case 'invalid_type': {
        const input = (issue as { input?: unknown }).input;
        if (input === undefined) out.push({ where, what: 'saknas men måste finnas' });
        else if (/^[A-ZÅÄÖa-zåäö]/.test(issue.message) && !issue.message.startsWith('Invalid'))
          out.push({ where, what: `${issue.message}, men är ${typeName(input)}` });
        else out.push({ where, what: `ska vara ${EXPECTED[issue.expected] ?? issue.expected}, men är ${typeName(input)}` });
        break;
      }
      case 'invalid_union':
        out.push({ where, what: 'har fel form; se schema/case.schema.json för vad som får stå här' });
        break;
      default:
        out.push({
          where,
          what:
            issue.message.startsWith('Invalid') || issue.message.startsWith('Too')
              ? `har ett ogiltigt värde (${issue.code})`
              : issue.message,
        });
    }
  }
  return out;
}
