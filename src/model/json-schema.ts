/** JSON Schemas generated from the zod schemas (the single source of truth). */
import { z } from 'zod';
import { Case } from './case';
import { Criteria } from './criteria';
import { profileSchemas } from './profiles/schema';

/**
 * The field registry's metadata as JSON Schema words: label → title, help → description. The
 * registry's own keys (column, item, itemName, kind) are not JSON Schema and are left out.
 */
function registryToJsonSchema(ctx: { jsonSchema: Record<string, unknown> }): void {
  const s = ctx.jsonSchema;
  if (typeof s.label === 'string') s.title = s.label;
  if (typeof s.help === 'string') s.description = s.help;
  for (const k of ['label', 'help', 'column', 'item', 'itemName', 'kind']) delete s[k];
}

export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Case, { io: 'input', unrepresentable: 'any', override: (ctx) => registryToJsonSchema(ctx as never) }),
    $id: 'https://example.invalid/tu/case.schema.json',
    title: 'Ärende för ett tjänsteutlåtande om FoU-medel',
  };
}

export function criteriaJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Criteria, { io: 'input', unrepresentable: 'any', override: (ctx) => registryToJsonSchema(ctx as never) }),
    $id: 'https://example.invalid/tu/criteria.schema.json',
    title: 'Årets kriterier för utlysning av lokala utvecklingsmedel',
  };
}

export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(profileSchemas().Profile, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://example.invalid/tu/profile.schema.json',
    title: 'Husstilsprofil för granskning av tjänsteutlåtanden och tjänsteskrivelser',
  };
}
