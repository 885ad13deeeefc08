/**
 * Round trips: every action makes the same number of context.sync() calls whatever the number of
 * projects or paragraphs, and never more than SYNC_BUDGET. Counted on the strict fake.
 */
import { SYNC_BUDGET } from '../../src/word/adapter';
import { ACTIONS, fakeAndAdapter, syncsPerAction, type ActionSyncs } from './helpers';

const table: { label: string; r: ActionSyncs }[] = [];

afterAll(() => {
  // The figures for the report and the benchmark.
  const lines = [`syncs per action | ${table.map((x) => x.label).join(' | ')}`];
  for (const name of ACTIONS) lines.push(`${name} | ${table.map((x) => x.r.syncs[name]).join(' | ')}`);
  lines.push(`(write ops in "insert all sections" | ${table.map((x) => x.r.insertWriteOps).join(' | ')})`);
  console.log(lines.join('\n'));
});

describe.each(['1.4', '1.3'] as const)('WordApi %s', (api) => {
  test('the same counts for 1, 10 and 100 projects, each ≤ SYNC_BUDGET, one Word.run per action', async () => {
    const results: ActionSyncs[] = [];
    for (const n of [1, 10, 100]) {
      const r = await syncsPerAction(n, { apiVersion: api });
      table.push({ label: `${api} ${n} proj.`, r });
      results.push(r);
    }
    // The work grows with the projects; the round trips do not.
    expect(results[2].insertWriteOps).toBeGreaterThan(results[0].insertWriteOps * 5);
    expect(results[1].syncs).toEqual(results[0].syncs);
    expect(results[2].syncs).toEqual(results[0].syncs);
    for (const name of ACTIONS) {
      expect(results[0].syncs[name]).toBeLessThanOrEqual(SYNC_BUDGET);
      expect(results[0].syncs[name]).toBeGreaterThanOrEqual(api === '1.3' && name === 'load the stored case' ? 0 : 1);
      expect(results[0].runs[name]).toBe(api === '1.3' && name === 'load the stored case' ? 0 : 1);
    }
    expect(SYNC_BUDGET).toBe(3);
  });
});

test('the same counts in documents of 100, 1 000 and 10 000 paragraphs', async () => {
  const results: ActionSyncs[] = [];
  for (const n of [100, 1000, 10000]) {
    const r = await syncsPerAction(3, { userParagraphs: n });
    table.push({ label: `${n} par.`, r });
    expect(r.paragraphs).toBeGreaterThan(n);
    results.push(r);
  }
  expect(results[1].syncs).toEqual(results[0].syncs);
  expect(results[2].syncs).toEqual(results[0].syncs);
});

test('the worst path (select of a later occurrence of the same text) takes exactly SYNC_BUDGET', async () => {
  const { fake, adapter } = fakeAndAdapter({ paragraphs: ['ord ord ord ord'] });
  const before = fake.syncCount();
  await adapter.select(0, 8, 11);
  expect(fake.syncCount() - before).toBe(3);
  expect(fake.selection()).toEqual({ paragraph: 0, start: 8, end: 11, text: 'ord' });
});
