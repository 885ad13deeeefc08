/**
 * Dates in the case that cannot all be right are warnings on the draft (doc.warnings, printed by
 * tu draft): the document or a preparing meeting after the nämnd's meeting, a call that the
 * inriktning proposes but whose dates are already past, call dates in another year than the call.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { draftCase } from '../../src/draft';
import type { Case } from '../../src/model/case';
import { builtInCriteria } from '../../src/model/criteria/index';
import { parseCaseJson } from '../../src/model/validate';

const load = (name: string): Case => parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);
const EXAMPLES = ['seed-000.json', 'seed-001.json', 'seed-002.json', 'pagaende-studie.json', 'utan-inbyggda-kriterier.json'];

test('the examples have their dates in order: no date warning', () => {
  for (const name of EXAMPLES) expect(draftCase(load(name)).warnings ?? []).not.toContainEqual(expect.stringMatching(/datum|sammanträde/));
});

test('the document and the förvaltningsgrupp after the meeting: one warning each, naming the fields', () => {
  const c = load('seed-002.json');
  const late: Case = {
    ...c,
    metadata: { ...c.metadata, datum: '2024-04-30', beredning: { ...c.metadata.beredning, forvaltningsgrupp: '2024-04-25' } },
  };
  const w = (draftCase(late).warnings ?? []).filter((x) => /sammanträde/.test(x));
  expect(w).toEqual([
    expect.stringMatching(/^Tjänsteutlåtandets datum \(30 april 2024\) är efter nämndens sammanträde \(23 april 2024\).*Sammanträdesdatum/),
    expect.stringMatching(/^Förvaltningsgruppens möte \(25 april 2024\) är efter nämndens sammanträde/),
  ]);
});

test('an inriktning dated after the call it proposes: a warning that names the past dates and the inriktning year', () => {
  const c = load('seed-002.json');
  const after: Case = { ...c, metadata: { ...c.metadata, datum: '2025-04-10', sammantradesdatum: '2025-05-20' } };
  const w = draftCase(after).warnings ?? [];
  expect(w).toEqual([
    expect.stringMatching(
      /^Kriterierna för 2025 har datum före tjänsteutlåtandets datum \(10 april 2025\): utlysningen öppnar 1 maj 2024.*inriktningsåret \(2025\)/,
    ),
  ]);
  // The årsrapport tells of a call that is past: no warning.
  const r = load('seed-001.json');
  expect(draftCase(r, { ...builtInCriteria(2025)!, ar: r.ar.inriktning ?? 2025 }).warnings ?? []).not.toContainEqual(
    expect.stringMatching(/före tjänsteutlåtandets datum/),
  );
});

test('call dates in another year than the call (criteria of another year): a warning', () => {
  const c = load('utan-inbyggda-kriterier.json');
  const cr = { ...builtInCriteria(2025)!, ar: 2026 };
  const w = draftCase({ ...c, kriterier: cr }).warnings ?? [];
  expect(w).toContainEqual(
    expect.stringMatching(/^Kriterierna för 2026 har datum i ett annat år än utlysningen: utlysningen öppnar 1 maj 2024/),
  );
});
