/**
 * The case being edited in the pane: a plain JSON value (what the user loaded, then edited), its
 * validation against the Case schema, and the problems per field. Pure; no React, no Office.
 */
import { Case } from '../../model/case';
import { Criteria } from '../../model/criteria';
import { formatPath, InputError, zodProblems, type Problem } from '../../model/errors';
import { describePath, fieldLabel } from '../../model/fields';
import { getAt, type Path, type RawCase } from './raw';

export type Validation = { ok: true; value: Case; problems: [] } | { ok: false; problems: Problem[] };

export function validateRaw(raw: unknown): Validation {
  const r = Case.safeParse(raw, { reportInput: true });
  if (r.success) return { ok: true, value: r.data, problems: [] };
  return { ok: false, problems: withCriteriaProblems(raw, zodProblems(r.error, [], raw)) };
}

/**
 * Criteria written in full in the case ("kriterier": { … }) are one side of a union with the
 * reference {"ar": 2025}, and zod reports the union's other side ("okänt fält" for every key). Such
 * criteria are checked on their own, so each problem is the criteria's own, under its field.
 */
function withCriteriaProblems(raw: unknown, problems: Problem[]): Problem[] {
  const inline = getAt(raw, ['kriterier']);
  if (inline === null || typeof inline !== 'object' || !('kriterier' in inline)) return problems;
  const own = Criteria.safeParse(inline);
  const rest = problems.filter((p) => problemPath(p)[0] !== 'kriterier');
  return own.success ? rest : [...rest, ...zodProblems(own.error, ['kriterier'], raw)];
}

/** The key a field's problems are filed under: "metadata.handlaggare.namn", "lum[2].belopp". */
export function pathKey(path: Path): string {
  return formatPath(path);
}

/** Problems at `path` or inside it. */
export function problemsUnder(problems: readonly Problem[], path: Path): Problem[] {
  const key = pathKey(path);
  return problems.filter((p) => p.where === key || p.where.startsWith(`${key}.`) || p.where.startsWith(`${key}[`));
}

/** The Swedish message to show next to one field, or undefined when the field is fine. */
export function fieldError(problems: readonly Problem[], path: Path): string | undefined {
  const key = pathKey(path);
  const under = problemsUnder(problems, path);
  // One message for the field itself (the first is the most basic: "ska vara ett datum …" makes
  // "är inte ett datum som finns i kalendern" redundant), then one per field inside it.
  const own = under
    .filter((p) => p.where === key)
    .slice(0, 1)
    .map((p) => p.what);
  const inner = under.filter((p) => p.where !== key).map((p) => `${fieldLabelOf(problemPath(p))}: ${p.what}`);
  const all = [...own, ...inner];
  if (all.length === 0) return undefined;
  return all.map(capitalizeFirst).join(' ');
}

function capitalizeFirst(s: string): string {
  const t = s.trim();
  const withDot = /[.!?)]$/.test(t) ? t : `${t}.`;
  return withDot.charAt(0).toUpperCase() + withDot.slice(1);
}

/** Problems that no form field shows (so the pane can list them at the top). */
export function unplacedProblems(problems: readonly Problem[], shownPaths: readonly Path[]): Problem[] {
  return problems.filter((p) => !shownPaths.some((path) => problemsUnder([p], path).length > 0));
}

export interface FieldSpec {
  path: Path;
  label: string;
  kind: 'text' | 'date' | 'tel' | 'year';
  /** Optional fields are removed from the case when emptied. */
  optional?: boolean;
  hint?: string;
}

/** The metadata fields the form shows, in order. */
export const METADATA_FIELDS: readonly FieldSpec[] = [
  { path: ['metadata', 'forvaltning'], label: fieldLabel(['metadata', 'forvaltning']), kind: 'text' },
  { path: ['metadata', 'avdelning'], label: fieldLabel(['metadata', 'avdelning']), kind: 'text' },
  { path: ['metadata', 'namnd'], label: fieldLabel(['metadata', 'namnd']), kind: 'text', hint: 'Till exempel Socialnämnden' },
  { path: ['metadata', 'sammantradesdatum'], label: fieldLabel(['metadata', 'sammantradesdatum']), kind: 'date' },
  { path: ['metadata', 'datum'], label: fieldLabel(['metadata', 'datum']), kind: 'date' },
  { path: ['metadata', 'dnr'], label: fieldLabel(['metadata', 'dnr']), kind: 'text', hint: 'Till exempel 3.2.1-792/2020' },
  { path: ['metadata', 'handlaggare', 'namn'], label: fieldLabel(['metadata', 'handlaggare', 'namn']), kind: 'text' },
  {
    path: ['metadata', 'handlaggare', 'telefon'],
    label: fieldLabel(['metadata', 'handlaggare', 'telefon']),
    kind: 'tel',
    hint: 'Till exempel 08-508 25 180',
  },
];

export const BEREDNING_FIELDS: readonly FieldSpec[] = [
  {
    path: ['metadata', 'beredning', 'beretts'],
    label: fieldLabel(['metadata', 'beredning', 'beretts']),
    kind: 'text',
    hint: 'Till exempel inom avdelningen för stadsövergripande sociala frågor',
  },
  {
    path: ['metadata', 'beredning', 'forvaltningsgrupp'],
    label: fieldLabel(['metadata', 'beredning', 'forvaltningsgrupp']),
    kind: 'date',
    optional: true,
  },
  {
    path: ['metadata', 'beredning', 'funktionshinderradet'],
    label: fieldLabel(['metadata', 'beredning', 'funktionshinderradet']),
    kind: 'date',
    optional: true,
  },
];

export const YEAR_FIELDS: readonly FieldSpec[] = [
  {
    path: ['ar', 'inriktning'],
    label: fieldLabel(['ar', 'inriktning']),
    kind: 'year',
    optional: true,
    hint: 'Året som utlysningen gäller',
  },
  { path: ['ar', 'redovisning'], label: fieldLabel(['ar', 'redovisning']), kind: 'year' },
];

/** The value to store for what the user typed in a field (years as numbers when they are numbers). */
export function fieldValue(spec: FieldSpec, typed: string): string | number | undefined {
  if (spec.optional && typed.trim() === '') return undefined;
  if (spec.kind === 'year' && /^\s*\d{1,4}\s*$/.test(typed)) return Number(typed);
  return typed;
}

/** The text a field shows for the stored value. */
export function fieldText(raw: RawCase, spec: FieldSpec): string {
  const v = getAt(raw, spec.path);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

export const KIND_LABEL: Record<string, string> = {
  'inriktning-redovisning': 'Inriktning och redovisning (LUM och MUL)',
  arsrapport: 'Årsrapport om FoU-medel',
};

/** The paths the metadata form shows (its problems count as the form's). */
export const FORM_PATHS: readonly Path[] = [...METADATA_FIELDS, ...BEREDNING_FIELDS, ...YEAR_FIELDS]
  .map((f) => f.path)
  .concat([['metadata'], ['ar'], ['dokumenttyp']]);

/** The collapsed form: a few facts that identify the case, each with the form's own label. */
export function metadataSummary(raw: RawCase): { label: string; value: string }[] {
  const text = (path: Path) => {
    const v = getAt(raw, path);
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
  };
  const spec = (path: Path) => [...METADATA_FIELDS, ...YEAR_FIELDS].find((f) => pathKey(f.path) === pathKey(path));
  const row = (path: Path) => ({ label: spec(path)?.label ?? pathKey(path), value: text(path) || 'saknas' });
  const kind = text(['dokumenttyp']);
  const signers = Array.isArray(getAt(raw, ['metadata', 'underskrifter'])) ? (getAt(raw, ['metadata', 'underskrifter']) as unknown[]) : [];
  const years = [
    text(['ar', 'inriktning']) && `inriktning ${text(['ar', 'inriktning'])}`,
    text(['ar', 'redovisning']) && `redovisning ${text(['ar', 'redovisning'])}`,
  ]
    .filter(Boolean)
    .join(', ');
  return [
    { label: 'Dokumenttyp', value: KIND_LABEL[kind] ?? (kind || 'saknas') },
    row(['metadata', 'dnr']),
    row(['metadata', 'sammantradesdatum']),
    row(['metadata', 'handlaggare', 'namn']),
    { label: 'År', value: years || 'saknas' },
    { label: 'Underskrifter', value: signers.length ? String(signers.length) : 'saknas' },
  ];
}

/** The path of a problem into the case: its own (Problem.path); from the legacy "lum[2].belopp" text when it has none. */
export function problemPath(p: Problem): Path {
  if (p.path) return p.path;
  const out: (string | number)[] = [];
  for (const m of p.where.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

/** A field's label from the field registry (the nearest described field for deeper paths). */
export function fieldLabelOf(path: Path): string {
  return path.length ? fieldLabel(path) : 'Ärendet';
}

/**
 * A problem in the form's own words, from the field registry: "Diarienummer (dnr): får inte vara
 * tomt", "LUM-projekt 1 («Våga anmäla våga vittna»), Belopp: ska vara …" — never an internal path.
 */
export function describeProblem(p: Problem, raw: RawCase): string {
  const path = problemPath(p);
  const where = p.field ?? (path.length ? describePath(path, raw) : '');
  return where ? `${where}: ${p.what}` : p.what;
}

/** Parses a JSON file picked by the user as an object (the file need not yet be a valid case). */
export function asRawCase(value: unknown, source: string): RawCase {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(source, 'innehåller inte ett ärende: filen ska vara ett JSON-objekt { … }');
  }
  return value as RawCase;
}
