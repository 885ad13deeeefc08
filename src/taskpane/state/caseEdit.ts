/**
 * The case being edited in the pane: a plain JSON value (what the user loaded, then edited), its
 * validation against the Case schema, and the problems per field. Pure; no React, no Office.
 */
import { Case } from '../../model/case';
import { formatPath, InputError, zodProblems, type Problem } from '../../model/errors';
import { fieldLabel } from '../../model/fields';

export type Path = readonly (string | number)[];
/** A JSON object as loaded from a file; edited immutably. */
export type RawCase = Record<string, unknown>;

export type Validation = { ok: true; value: Case; problems: [] } | { ok: false; problems: Problem[] };

export function validateRaw(raw: unknown): Validation {
  const r = Case.safeParse(raw, { reportInput: true });
  if (r.success) return { ok: true, value: r.data, problems: [] };
  return { ok: false, problems: zodProblems(r.error) };
}

export function getAt(obj: unknown, path: Path): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/**
 * Returns a copy of `obj` with `value` at `path`; objects and arrays on the way are copied, the
 * rest is shared. `undefined` removes the key. Missing objects on the way are created.
 */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base: unknown = obj ?? (typeof head === 'number' ? [] : {});
  if (Array.isArray(base)) {
    const copy = base.slice();
    const i = head as number;
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = setAt(copy[i], rest, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const k = String(head);
  if (value === undefined && rest.length === 0) delete copy[k];
  else copy[k] = setAt(copy[k], rest, value);
  return copy as T;
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
  const inner = under.filter((p) => p.where !== key).map((p) => `${p.where.slice(key.length).replace(/^\./, '')}: ${p.what}`);
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

/** Parses a JSON file picked by the user as an object (the file need not yet be a valid case). */
export function asRawCase(value: unknown, source: string): RawCase {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(source, 'innehåller inte ett ärende: filen ska vara ett JSON-objekt { … }');
  }
  return value as RawCase;
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

/** A new case to fill in, for the given kind (the form then shows what is missing). */
export function emptyCase(kind: 'inriktning-redovisning' | 'arsrapport', today: Date = new Date()): RawCase {
  const year = today.getFullYear();
  return {
    version: 1,
    dokumenttyp: kind,
    metadata: {
      forvaltning: 'Socialförvaltningen',
      avdelning: '',
      namnd: 'Socialnämnden',
      sammantradesdatum: '',
      datum: '',
      dnr: '',
      handlaggare: { namn: '', telefon: '' },
      underskrifter: [{ namn: '', titel: 'Socialdirektör' }],
      beredning: { beretts: '' },
    },
    ar: kind === 'arsrapport' ? { redovisning: year - 1 } : { inriktning: year + 1, redovisning: year - 1 },
    lum: [],
    mul: [],
    fum: [],
  };
}

/**
 * Projects imported from a spreadsheet into the case being edited: the case keeps its metadata and
 * takes the imported LUM, MUL and FUM lists. Without a current case, the imported case is used whole.
 */
export function mergeImported(current: RawCase | null, imported: RawCase): RawCase {
  if (!current) return imported;
  return { ...current, lum: imported.lum ?? [], mul: imported.mul ?? [], fum: imported.fum ?? [] };
}

export interface Signatory {
  namn: string;
  titel: string;
  forvaltning?: string;
}

export function signatories(raw: RawCase): Signatory[] {
  const list = getAt(raw, ['metadata', 'underskrifter']);
  return Array.isArray(list) ? (list as Signatory[]) : [];
}

export function addSignatory(raw: RawCase): RawCase {
  return setAt(raw, ['metadata', 'underskrifter'], [...signatories(raw), { namn: '', titel: '' }]);
}

export function removeSignatory(raw: RawCase, index: number): RawCase {
  return setAt(
    raw,
    ['metadata', 'underskrifter'],
    signatories(raw).filter((_, i) => i !== index),
  );
}

/** A file name for the downloaded document: "Tjänsteutlåtande 3.2.1-792-2020.docx". */
export function docxFileName(raw: RawCase): string {
  const dnr = String(getAt(raw, ['metadata', 'dnr']) ?? '').trim();
  const safe = dnr
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .slice(0, 60)
    .trim();
  return safe ? `Tjänsteutlåtande ${safe}.docx` : 'Tjänsteutlåtande.docx';
}
