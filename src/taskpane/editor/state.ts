/**
 * The project editor's state: the case's LUM projects, MUL study trips and FUM studies as lists to
 * add to, edit, remove (with undo) and reorder, each field with its label and help from the field
 * registry (src/model/fields.ts) and its problem from the case schema, in the form's own words.
 * Pure: no React, no Office. The case is the plain JSON value the pane edits (RawCase); every
 * operation returns a new value and leaves the old one as it was.
 */
import { Case } from '../../model/case';
import { fieldHelp, fieldInfo, fieldLabel } from '../../model/fields';

export type Fund = 'lum' | 'mul' | 'fum';
export const FUNDS: readonly Fund[] = ['lum', 'mul', 'fum'];

/** A JSON object as loaded from a file; edited immutably. */
export type RawCase = Record<string, unknown>;
export type Item = Record<string, unknown>;

export type EditorKind = 'text' | 'longtext' | 'year' | 'amount' | 'choice' | 'list' | 'boolean';

export interface EditorField {
  /** The field inside one item: ['namn'], ['ar', 'fran']. */
  path: readonly string[];
  /** "namn", "ar.fran": the key problems are filed under. */
  key: string;
  kind: EditorKind;
  label: string;
  help: string;
  required: boolean;
  /** Choices: the stored value and what the form shows. */
  options?: readonly { value: string; label: string }[];
  /** Lists of text: how the user separates the entries in the one input. */
  separator?: 'comma' | 'line';
}

interface Layout {
  path: string[];
  kind: EditorKind;
  /** The form's own help where the registry's speaks of stored values ("fortgar") rather than the choices shown. */
  help?: string;
  options?: { value: string; label: string }[];
  separator?: 'comma' | 'line';
}

/** Which fields the editor shows for one item of each list, in order. Labels and help come from the registry. */
const LAYOUT: Record<Fund, Layout[]> = {
  lum: [
    { path: ['namn'], kind: 'text' },
    { path: ['sdf'], kind: 'text' },
    { path: ['medsokande'], kind: 'list', separator: 'comma' },
    { path: ['gemensamtAgande'], kind: 'boolean' },
    { path: ['ar', 'fran'], kind: 'year' },
    { path: ['ar', 'till'], kind: 'year' },
    {
      path: ['status'],
      kind: 'choice',
      help: 'Slutredovisas i år när projektet är klart och redovisas nu, fortgår när det har år kvar.',
      options: [
        { value: 'slutredovisas', label: 'Slutredovisas i år' },
        { value: 'fortgar', label: 'Fortgår' },
      ],
    },
    { path: ['belopp'], kind: 'amount' },
    { path: ['forskningspartner'], kind: 'text' },
    { path: ['syfte'], kind: 'longtext' },
    { path: ['resultat'], kind: 'longtext' },
    { path: ['bilaga'], kind: 'text' },
  ],
  mul: [
    { path: ['destination'], kind: 'text' },
    { path: ['sdf'], kind: 'text' },
    { path: ['belopp'], kind: 'amount' },
    { path: ['syfte'], kind: 'longtext' },
  ],
  fum: [
    { path: ['namn'], kind: 'text' },
    { path: ['kortnamn'], kind: 'text' },
    { path: ['utforare'], kind: 'text' },
    { path: ['klart'], kind: 'text' },
    { path: ['kostnad'], kind: 'amount' },
    {
      path: ['status'],
      kind: 'choice',
      help: 'Avslutad när studien är klar, annars pågår.',
      options: [
        { value: 'pagar', label: 'Pågår' },
        { value: 'avslutad', label: 'Avslutad' },
      ],
    },
    { path: ['beskrivning'], kind: 'longtext' },
    { path: ['bilagor'], kind: 'list', separator: 'line' },
  ],
};

const cache = new Map<Fund, EditorField[]>();

/** The fields of one item of the list, with the registry's labels; fields the schema does not have are left out. */
export function editorFields(fund: Fund): readonly EditorField[] {
  let fields = cache.get(fund);
  if (!fields) {
    fields = LAYOUT[fund]
      .filter((l) => fieldInfo([fund, 0, ...l.path]) !== undefined)
      .map((l) => {
        const full = [fund, 0, ...l.path];
        return {
          path: l.path,
          key: l.path.join('.'),
          kind: l.kind,
          label: fieldLabel(full),
          help: l.help ?? fieldHelp(full),
          required: fieldInfo(full)?.required ?? false,
          ...(l.options ? { options: l.options } : {}),
          ...(l.separator ? { separator: l.separator } : {}),
        };
      });
    cache.set(fund, fields);
  }
  return fields;
}

/** What one item is called ("LUM-projekt", "Studieresa", "FUM-studie") and the name of the list. */
export function itemNoun(fund: Fund): string {
  return fieldInfo([fund])?.item ?? fieldLabel([fund]);
}
export function listLabel(fund: Fund): string {
  return fieldLabel([fund]);
}

export function items(raw: RawCase, fund: Fund): Item[] {
  const list = raw[fund];
  return Array.isArray(list) ? (list as unknown[]).map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Item) : {})) : [];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** The item's name as the list shows it: the project's or study's name, the trip's destination. */
export function itemTitle(fund: Fund, item: Item): string {
  const name = str(fund === 'mul' ? item.destination : item.namn);
  if (name) return name;
  return fund === 'mul' ? '(resmål saknas)' : '(namn saknas)';
}

function withList(raw: RawCase, fund: Fund, list: Item[]): RawCase {
  return { ...raw, [fund]: list };
}

/** A new, empty item: required choices set to the usual value, years to the year being reported. */
export function newItem(raw: RawCase, fund: Fund): Item {
  const ar = raw.ar && typeof raw.ar === 'object' ? (raw.ar as Record<string, unknown>) : {};
  const year = typeof ar.redovisning === 'number' ? ar.redovisning : new Date().getFullYear() - 1;
  if (fund === 'lum')
    return { namn: '', sdf: '', medsokande: [], ar: { fran: year, till: year }, status: 'slutredovisas', syfte: '', resultat: '' };
  if (fund === 'mul') return { destination: '', sdf: '', syfte: '' };
  return { namn: '', utforare: '', status: 'pagar', beskrivning: '', bilagor: [] };
}

export function addItem(raw: RawCase, fund: Fund): { raw: RawCase; index: number } {
  const list = items(raw, fund);
  return { raw: withList(raw, fund, [...list, newItem(raw, fund)]), index: list.length };
}

/** What a removal took away, to put it back with restoreItem. */
export interface Removed {
  fund: Fund;
  index: number;
  item: Item;
  title: string;
}

export function removeItem(raw: RawCase, fund: Fund, index: number): { raw: RawCase; removed: Removed } {
  const list = items(raw, fund);
  const item = list[index];
  if (!item) throw new RangeError(`no ${fund} item ${index}`);
  return {
    raw: withList(
      raw,
      fund,
      list.filter((_, i) => i !== index),
    ),
    removed: { fund, index, item, title: itemTitle(fund, item) },
  };
}

/** Puts a removed item back where it was (or last, when the list has become shorter). */
export function restoreItem(raw: RawCase, removed: Removed): RawCase {
  const list = items(raw, removed.fund).slice();
  list.splice(Math.min(removed.index, list.length), 0, removed.item);
  return withList(raw, removed.fund, list);
}

/** Moves an item to another place in its list; the same value when `to` is outside the list. */
export function moveItem(raw: RawCase, fund: Fund, from: number, to: number): RawCase {
  const list = items(raw, fund).slice();
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return raw;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return withList(raw, fund, list);
}

function getIn(obj: unknown, path: readonly string[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function setIn(obj: Item, path: readonly string[], value: unknown): Item {
  const [head, ...rest] = path;
  const copy: Item = { ...obj };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const inner = copy[head] && typeof copy[head] === 'object' && !Array.isArray(copy[head]) ? (copy[head] as Item) : {};
  copy[head] = setIn(inner, rest, value);
  return copy;
}

/** The text an input shows for the stored value. */
export function fieldText(item: Item, field: EditorField): string {
  const v = getIn(item, field.path);
  if (field.kind === 'list') {
    if (!Array.isArray(v)) return typeof v === 'string' ? v : '';
    return v.map((x) => (typeof x === 'string' ? x : String(x))).join(field.separator === 'line' ? '\n' : ', ');
  }
  if (field.kind === 'boolean') return v === true ? 'true' : 'false';
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/**
 * The value to store for what the user typed. Amounts and years become numbers when they are
 * whole numbers ("500 000 kr" → 500000); anything else is kept as typed, so that the form says
 * what is wrong with it. An emptied optional field is removed; lists are split at commas or lines.
 */
export function typedValue(field: EditorField, typed: string | boolean): unknown {
  if (field.kind === 'boolean') return typed === true || typed === 'true';
  const text = String(typed);
  if (field.kind === 'list') {
    const parts = field.separator === 'line' ? text.split(/\r?\n/) : text.split(',');
    return parts.map((s) => s.trim()).filter((s) => s !== '');
  }
  if (text.trim() === '') {
    if (!field.required) return undefined;
    return field.kind === 'year' || field.kind === 'amount' ? undefined : '';
  }
  if (field.kind === 'amount') {
    const digits = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(kr|kronor|:-)\.?$/i, '');
    return /^\d+$/.test(digits) ? Number(digits) : text;
  }
  if (field.kind === 'year') return /^\s*\d{4}\s*$/.test(text) ? Number(text) : text;
  return text;
}

/** The case with one field of one item set from what the user typed. */
export function setField(raw: RawCase, fund: Fund, index: number, field: EditorField, typed: string | boolean): RawCase {
  const list = items(raw, fund).slice();
  if (!list[index]) throw new RangeError(`no ${fund} item ${index}`);
  list[index] = setIn(list[index], field.path, typedValue(field, typed));
  return withList(raw, fund, list);
}

/** One problem with an item: the field it belongs to ('' for the item itself) and what is wrong. */
export interface ItemProblem {
  key: string;
  message: string;
}

function sentence(s: string): string {
  const t = s.trim();
  const dotted = /[.!?)]$/.test(t) ? t : `${t}.`;
  return dotted.charAt(0).toUpperCase() + dotted.slice(1);
}

/**
 * The problems of every item, from validating the whole case against the schema (so rules that
 * look at the case, such as "the project starts after the year being reported", are included once
 * the rest is valid). Keyed "lum:2"; each problem says what is wrong in the words of the form.
 */
export function allItemProblems(raw: RawCase): Map<string, ItemProblem[]> {
  const out = new Map<string, ItemProblem[]>();
  const r = Case.safeParse(raw);
  if (r.success) return out;
  for (const issue of r.error.issues) {
    const [fund, index, ...rest] = issue.path;
    if ((fund !== 'lum' && fund !== 'mul' && fund !== 'fum') || typeof index !== 'number') continue;
    const id = `${fund}:${index}`;
    const list = out.get(id) ?? [];
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys)
        list.push({
          key: '',
          message: `Fältet "${k}" finns inte för ${itemNoun(fund).toLowerCase()}: ta bort det eller rätta stavningen.`,
        });
    } else {
      const key = rest.map(String).join('.');
      const field = editorFields(fund).find((f) => f.key === key || key.startsWith(`${f.key}.`));
      const fieldKey = field?.key ?? '';
      // The input's own label says which field; a problem not shown at a field names it.
      const message = field ? sentence(issue.message) : sentence(`${fieldLabel([fund, index, ...rest.map(String)])}: ${issue.message}`);
      if (!list.some((p) => p.key === fieldKey && p.message === message)) list.push({ key: fieldKey, message });
    }
    out.set(id, list);
  }
  return out;
}

/** The message to show at one field, or undefined. */
export function fieldProblem(problems: readonly ItemProblem[] | undefined, field: EditorField): string | undefined {
  const own = (problems ?? []).filter((p) => p.key === field.key);
  return own.length ? own.map((p) => p.message).join(' ') : undefined;
}
