/**
 * The field registry: each case field's Swedish label and help, read from the zod schema's
 * metadata (`.meta({ label, help })` in case.ts) by fields-schema.ts and kept in fields.json. One place for the words the pane's form, the
 * CLI's and the importers' messages, the spreadsheet template and the JSON Schema use.
 *
 * Metadata keys on a field:
 *  - label: the field's name for people ("Sammanträdesdatum");
 *  - help: one sentence on what to write;
 *  - column: the spreadsheet's name for the field when it differs from the label ("Dnr");
 *  - item, itemName (lists only): what one element is called ("LUM-projekt") and which of its
 *    fields names it ("namn"), so a place in the case reads "LUM-projekt 2 («Våga anmäla»), Belopp".
 */
import { criteriaFieldLabel } from './criteria-fields';
import table from './fields.json';

/** A place in the case: keys and list positions (0-based), as zod reports them. */
export type FieldPath = readonly PropertyKey[];

export type FieldKind =
  'object' | 'list' | 'text' | 'date' | 'number' | 'year' | 'amount' | 'boolean' | 'choice' | 'constant' | 'either' | 'any';

export interface FieldInfo {
  /** "metadata.sammantradesdatum", "lum[].belopp": the path with list positions as []. */
  key: string;
  /** The keys from the case's root; '[]' stands for any position in a list. */
  path: readonly string[];
  label: string;
  help: string;
  /** The spreadsheet's name for the field (the label unless the schema says otherwise). */
  column: string;
  /** Lists: what one element is called, and which of its fields names it. */
  item?: string;
  itemName?: string;
  kind: FieldKind;
  /** True when it must be given wherever its parent is (no default, not optional). */
  required: boolean;
  /** The allowed values of a choice. */
  options?: readonly string[];
}

let FIELDS: readonly FieldInfo[] | undefined;
let BY_KEY: Map<string, FieldInfo> | undefined;

/**
 * Every field of the case with a label, depth first in the schema's order. The registry is read
 * from fields.json, which scripts/field-table.ts writes from the schema (fields-schema.ts): a
 * message or a check names a field without building the case's zod schema. test/model/fields.test.ts
 * fails when fields.json is not what the schema gives.
 */
export function caseFields(): readonly FieldInfo[] {
  if (!FIELDS) {
    FIELDS = table as readonly FieldInfo[];
    BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
  }
  return FIELDS;
}

export function keyOf(path: FieldPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number' || p === '[]') out += '[]';
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** "lum[].belopp" for ['lum', 1, 'belopp'] (and for the string "lum[1].belopp"). */
export function fieldKey(path: FieldPath | string): string {
  return keyOf(typeof path === 'string' ? parseKey(path) : path);
}

function parseKey(key: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of key.matchAll(/([^.[\]]+)|\[(\d*)\]/g)) out.push(m[1] !== undefined ? m[1] : m[2] ? Number(m[2]) : '[]');
  return out;
}

/** The registry's entry for a field; undefined when the path is not a field of the case. */
export function fieldInfo(path: FieldPath | string): FieldInfo | undefined {
  caseFields();
  return BY_KEY!.get(fieldKey(path));
}

/** The nearest field at or above the path (for paths into data the registry does not describe, such as full criteria). */
function nearest(path: FieldPath): FieldInfo | undefined {
  for (let n = path.length; n > 0; n--) {
    const f = fieldInfo(path.slice(0, n));
    if (f) return f;
  }
  return undefined;
}

/** The field's Swedish label ("Sammanträdesdatum"); for a path below the described fields, the nearest field's label. */
export function fieldLabel(path: FieldPath | string): string {
  const p = typeof path === 'string' ? parseKey(path) : path;
  return nearest(p)?.label ?? String(p[p.length - 1] ?? '');
}

/** The field's help text; '' when there is none. */
export function fieldHelp(path: FieldPath | string): string {
  return fieldInfo(path)?.help ?? '';
}

/** The field's name in the spreadsheet ("Dnr"), which is the label unless the registry says otherwise. */
export function fieldColumn(path: FieldPath | string): string {
  const f = fieldInfo(path);
  if (!f) throw new Error(`no field ${fieldKey(path)} in the case schema`);
  return f.column;
}

/** The value at a path in plain data (['lum', 2, 'namn']); undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

/**
 * A place inside criteria written in full in the case, named as the criteria sheet names the field
 * ("Kriterier, LUM högsta belopp"); undefined elsewhere (the registry has only the case's own
 * fields, kriterier.ar among them).
 */
export function criteriaPlace(path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'kriterier' || path.length < 2 || path[1] === 'ar') return undefined;
  const label = criteriaFieldLabel(path.slice(1));
  return label ? `Kriterier, ${label}` : undefined;
}

/**
 * A place in the case for people: "LUM-projekt 2 («Våga anmäla»), Belopp", "Sammanträdesdatum",
 * "Underskrift 1, Titel". List positions count from 1; an element is named by its itemName field
 * when `data` (the case as given) has it. Never an internal path: a key the registry does not know
 * is shown as the user wrote it, in quotes, after the nearest known field: 'Uppgifter om ärendet, "dnrr"'.
 */
export function describePath(path: FieldPath | string, data?: unknown): string {
  const p = typeof path === 'string' ? parseKey(path) : [...path];
  const inCriteria = criteriaPlace(p);
  if (inCriteria) return inCriteria;
  const parts: string[] = [];
  let lastLabel: string | undefined;
  for (let i = 0; i < p.length; i++) {
    const step = p[i];
    const afterItem = i > 0 && typeof p[i - 1] === 'number';
    if (typeof step === 'number') {
      const list = fieldInfo(p.slice(0, i));
      const itemLabel = list?.item ?? list?.label ?? 'Rad';
      const nameKey = list?.itemName;
      const name = nameKey !== undefined && data !== undefined ? valueAt(data, [...p.slice(0, i + 1), nameKey]) : undefined;
      parts.push(`${itemLabel} ${step + 1}${typeof name === 'string' && name.trim() ? ` («${name.trim()}»)` : ''}`);
      lastLabel = undefined;
      continue;
    }
    const f = fieldInfo(p.slice(0, i + 1));
    if (!f) {
      // Not a field of the case (an unknown key, or inside full criteria): the nearest field, then the key as written.
      const near = afterItem ? undefined : (lastLabel ?? nearest(p.slice(0, i))?.label);
      if (near) parts.push(near);
      const rest = p.slice(i).filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
      parts.push(`"${rest.map(String).join('.')}"`);
      return parts.join(', ');
    }
    lastLabel = f.label;
  }
  if (lastLabel) parts.push(lastLabel);
  return parts.length ? parts.join(', ') : 'hela ärendet';
}
