/** Loads the seed .docx fixtures (test/fixtures/seeds-docx) as DocText, and the example cases. */
import * as fs from 'fs';
import * as path from 'path';
import type { DocText } from '../../src/check/types';
import type { Case } from '../../src/model/case';
import { readDocx } from '../../src/io/docx/read';
import { parseCaseJson } from '../../src/model/validate';

export const FIXTURES = path.resolve(__dirname, '../fixtures/seeds-docx');
export const SEED_IDS = ['000', '001', '002'] as const;
export type SeedId = (typeof SEED_IDS)[number];

export async function seedDoc(id: SeedId): Promise<DocText> {
  const file = path.join(FIXTURES, `seed-${id}.docx`);
  return readDocx(new Uint8Array(fs.readFileSync(file)), `seed-${id}.docx`);
}

export function seedCase(id: SeedId): Case {
  const file = path.resolve(__dirname, `../../examples/seed-${id}.json`);
  return parseCaseJson(fs.readFileSync(file, 'utf8'), `seed-${id}.json`);
}
