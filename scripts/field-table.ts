/**
 * Writes src/model/fields.json, the field registry (labels, help texts, kinds) read from the
 * case's zod schema. Run after changing a field or its metadata in src/model/case.ts:
 *   npx tsx scripts/field-table.ts && npx prettier --write src/model/fields.json
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { buildCaseFields } from '../src/model/fields-schema';

writeFileSync(path.join(__dirname, '..', 'src', 'model', 'fields.json'), `${JSON.stringify(buildCaseFields(), null, 2)}\n`);
