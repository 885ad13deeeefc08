/**
 * Round trips: every action makes the same number of context.sync() calls whatever the number of
 * projects or paragraphs, and never more than SYNC_BUDGET. Counted on the strict fake.
 */
import { draftCase } from '../../src/draft/index';
import type { Block } from '../../src/draft/types';
import { SYNC_BUDGET } from '../../src/word/adapter';
import { ALL, caseWithProjects, fakeAndAdapter } from './helpers';
import type { FakeWordOptions } from '../fakes/word';

type Counts = Record<string, number>;

/** Every action once; returns the syncs of each. */
async function measure(projects: number, opts: FakeWordOptions): Promise<Counts> {
  const cs = caseWithProjects(projects);
  const doc = draftCase(cs);
  const { fake, adapter } = fakeAndAdapter(opts);
  const counts: Counts = {};
  const count = async (name: string, f: () => Promise<unknown>) => {
    const before = fake.syncCount();
    const runs = fake.runCount();
    await f();
    expect(fake.runCount() - runs).toBeLessThanOrEqual(1); // one Word.run per action
    counts[name] = fake.syncCount() - before;
  };
  await count('plan (empty document)', () => adapter.plan(doc, ALL));
  await count('insert all sections', () => adapter.apply(doc, cs, ALL, []));
  await count('plan (all present)', () => adapter.plan(doc, ALL));
  await count('update one section', () => adapter.apply(doc, cs, ['arendet'], []));
  const block: Block[] = doc.sections.find((s) => s.id === 'arendet')!.blocks.slice(0, 3);
  fake.setCursor(0);
  await count('insert a project block at the cursor', () => adapter.insertAtCursor(block));
  await count('read the document', () => adapter.readDocText());
  await count('select a finding (first occurrence)', () => adapter.select(fake.paragraphs().length - 1, 0, 3));
  await count('load the stored case', () => adapter.loadStoredCase());
  return counts;
}

const table: { api: string; n: number; counts: Counts }[] = [];

afterAll(() => {
  // The figures for the report and the benchmark.
  const names = Object.keys(table[0]?.counts ?? {});
  const lines = [`syncs per action | ${table.map((r) => `${r.api} n=${r.n}`).join(' | ')}`];
  for (const name of names) lines.push(`${name} | ${table.map((r) => r.counts[name]).join(' | ')}`);
  console.log(lines.join('\n'));
});

describe.each(['1.4', '1.3'] as const)('WordApi %s', (api) => {
  test('the same counts for 1, 10 and 100 projects, each ≤ SYNC_BUDGET', async () => {
    const results: Counts[] = [];
    for (const n of [1, 10, 100]) {
      const counts = await measure(n, { apiVersion: api, paragraphs: ['Användarens text.'] });
      table.push({ api, n, counts });
      results.push(counts);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    for (const v of Object.values(results[0])) expect(v).toBeLessThanOrEqual(SYNC_BUDGET);
    expect(SYNC_BUDGET).toBe(3);
  });
});

test('readDocText: the same count for documents of 100, 1 000 and 10 000 paragraphs', async () => {
  const counts: number[] = [];
  for (const n of [100, 1000, 10000]) {
    const cs = caseWithProjects(3);
    const { fake, adapter } = fakeAndAdapter({
      paragraphs: Array.from({ length: n }, (_, i) => (i % 50 === 0 ? { text: `Rubrik ${i}`, styleBuiltIn: 'Heading2' } : `Stycke ${i} med lite text.`)),
    });
    await adapter.apply(draftCase(cs), cs, ALL, []);
    const before = fake.syncCount();
    const text = await adapter.readDocText();
    counts.push(fake.syncCount() - before);
    expect(text.paragraphs.length).toBeGreaterThan(n);
    expect(text.storedCase).toEqual(cs);
    const s2 = fake.syncCount();
    await adapter.select(n - 1, 0, 6);
    counts.push(fake.syncCount() - s2);
    expect(fake.selection()).toMatchObject({ paragraph: n - 1, text: 'Stycke' });
  }
  console.log(`readDocText, select: syncs for 100/1000/10000 paragraphs = ${JSON.stringify(counts)}`);
  expect(new Set(counts.filter((_, i) => i % 2 === 0)).size).toBe(1);
  expect(new Set(counts.filter((_, i) => i % 2 === 1)).size).toBe(1);
  for (const x of counts) expect(x).toBeLessThanOrEqual(SYNC_BUDGET);
});

test('no action syncs more than SYNC_BUDGET even in its worst path (select of a later occurrence)', async () => {
  const { fake, adapter } = fakeAndAdapter({ paragraphs: ['ord ord ord ord'] });
  const before = fake.syncCount();
  await adapter.select(0, 8, 11);
  expect(fake.syncCount() - before).toBe(3);
  expect(fake.selection()).toEqual({ paragraph: 0, start: 8, end: 11, text: 'ord' });
});
