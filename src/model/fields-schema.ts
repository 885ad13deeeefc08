/**
 * The field registry built from the case's zod schema (the metadata in case.ts): what fields.json
 * holds. scripts/field-table.ts writes fields.json from it; test/model/fields.test.ts checks that
 * they agree. At run time the registry is read from fields.json (fields.ts), so naming a field
 * does not build the case's schema.
 */
import { z } from 'zod';
import { Case } from './case';
import { keyOf, type FieldInfo, type FieldKind } from './fields';

interface Meta {
  label?: string;
  help?: string;
  column?: string;
  item?: string;
  itemName?: string;
  kind?: string;
}

function metaOf(schema: z.ZodType): Meta {
  const m = z.globalRegistry.get(schema);
  if (!m) return {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    label: str(m.label),
    help: str(m.help) ?? str(m.description),
    column: str(m.column),
    item: str(m.item),
    itemName: str(m.itemName),
    kind: str(m.kind),
  };
}

/** Unwraps optional/default/nullable/readonly/pipe wrappers; the metadata of the outermost wrapper wins. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; meta: Meta; optional: boolean } {
  let s = schema;
  let optional = false;
  const meta: Meta = {};
  for (;;) {
    const m = metaOf(s);
    for (const k of Object.keys(m) as (keyof Meta)[]) if (meta[k] === undefined && m[k] !== undefined) meta[k] = m[k];
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodPrefault) {
      optional = true;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodNullable || s instanceof z.ZodReadonly || s instanceof z.ZodCatch) {
      s = (s instanceof z.ZodCatch ? s.unwrap() : s.unwrap()) as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      // A preprocess (transform → schema) is described by the schema it feeds, as in the JSON Schema.
      s = (s.in instanceof z.ZodTransform ? s.out : s.in) as z.ZodType;
    } else break;
  }
  return { inner: s, meta, optional };
}

const VALUE_KINDS: readonly string[] = ['date', 'year', 'amount'];

function kindOf(s: z.ZodType, meta: Meta): FieldKind {
  if (meta.kind && VALUE_KINDS.includes(meta.kind)) return meta.kind as FieldKind;
  if (s instanceof z.ZodObject) return 'object';
  if (s instanceof z.ZodArray) return 'list';
  if (s instanceof z.ZodString) return 'text';
  if (s instanceof z.ZodNumber) return 'number';
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodEnum) return 'choice';
  if (s instanceof z.ZodLiteral) return 'constant';
  if (s instanceof z.ZodUnion) return 'either';
  return 'any';
}

/** An object schema's properties in order. */
function entries(o: z.ZodObject<Record<string, z.ZodType>>): [string, z.ZodType][] {
  return Object.entries(o.shape);
}

/** Every field of the case with a label, depth first in the schema's order. */
export function buildCaseFields(): FieldInfo[] {
  const out: FieldInfo[] = [];
  const visit = (schema: z.ZodType, path: string[]) => {
    const { inner, meta, optional } = unwrap(schema);
    const kind = kindOf(inner, meta);
    if (path.length > 0) {
      const last = path[path.length - 1];
      const label = meta.label ?? last;
      out.push({
        key: keyOf(path),
        path,
        label,
        help: meta.help ?? '',
        column: meta.column ?? label,
        ...(meta.item ? { item: meta.item } : {}),
        ...(meta.itemName ? { itemName: meta.itemName } : {}),
        kind,
        required: !optional,
        ...(inner instanceof z.ZodEnum ? { options: inner.options.map(String) } : {}),
      });
    }
    if (inner instanceof z.ZodObject) {
      for (const [k, v] of entries(inner)) visit(v, [...path, k]);
    } else if (inner instanceof z.ZodArray) {
      const el = unwrap(inner.element as z.ZodType).inner;
      if (el instanceof z.ZodObject) {
        for (const [k, v] of entries(el)) visit(v, [...path, '[]', k]);
      }
    } else if (inner instanceof z.ZodUnion) {
      // Only the options that are plain objects with labelled fields (the criteria reference {"ar": 2025}).
      for (const o of inner.options as z.ZodType[]) {
        const oi = unwrap(o).inner;
        if (!(oi instanceof z.ZodObject)) continue;
        for (const [k, v] of entries(oi)) {
          if (unwrap(v).meta.label) visit(v, [...path, k]);
        }
      }
    }
  };
  visit(Case, []);
  return out;
}
