/**
 * Round trips: every action makes the same number of context.sync() calls whatever the number of
 * projects or paragraphs, and never more than SYNC_BUDGET. Counted on the strict fake.
 */
import { draftCase } from '../../../src/draft/index';
import { SYNC_BUDGET } from '../../../src/word/adapter';
import { ACTIONS, ALL, caseWithProjects, fakeAndAdapter, syncsPerAction, type ActionSyncs, apiVersions, test14 } from '../helpers';

/** The cases, on the host chosen with chooseHost() (fake-host.test.ts, officejs-host.test.ts). */
export function syncsCases(): void {
  const table: { label: string; r: ActionSyncs }[] = [];

  afterAll(() => {
    // The figures for the report and the benchmark.
    const lines = [`syncs per action | ${table.map((x) => x.label).join(' | ')}`];
    for (const name of ACTIONS) lines.push(`${name} | ${table.map((x) => x.r.syncs[name]).join(' | ')}`);
    lines.push(`(write ops in "insert all sections" | ${table.map((x) => x.r.insertWriteOps).join(' | ')})`);
    console.log(lines.join('\n'));
  });

  describe.each(apiVersions())('WordApi %s', (api) => {
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

  test14('a fresh adapter (new task pane) on a document that already has a stored part: still ≤ SYNC_BUDGET', async () => {
    const { fake, adapter, newAdapter } = fakeAndAdapter();
    const cs = caseWithProjects(10);
    const doc = draftCase(cs);
    await adapter.apply(doc, cs, ALL, []);
    const counts: number[] = [];
    for (const action of [
      (a: typeof adapter) => a.plan(doc, ALL),
      (a: typeof adapter) => a.apply(doc, cs, ['arendet'], []),
      (a: typeof adapter) => a.readDocText(),
      (a: typeof adapter) => a.loadStoredCase(),
    ]) {
      const cold = newAdapter();
      const s = fake.syncCount();
      await action(cold);
      counts.push(fake.syncCount() - s);
    }
    console.log(`cold adapter, stored part present: plan ${counts[0]}, update one ${counts[1]}, read ${counts[2]}, load case ${counts[3]}`);
    expect(counts).toEqual([2, 3, 2, 2]);
  });

  test('the worst path (select of a later occurrence of the same text) takes exactly SYNC_BUDGET', async () => {
    const { fake, adapter } = fakeAndAdapter({ paragraphs: ['ord ord ord ord'] });
    const before = fake.syncCount();
    await adapter.select(0, 8, 11);
    expect(fake.syncCount() - before).toBe(3);
    expect(fake.selection()).toEqual({ paragraph: 0, start: 8, end: 11, text: 'ord' });
  });
}
