/**
 * Section 1 of npm run bench: what each user action costs in round trips to Word.
 *  a. context.sync() calls per action, counted on the strict fake of Word (WordApi 1.4: the case in
 *     a custom XML part);
 *  b. the requests Microsoft's real Word client library (@microsoft/office-js,
 *     word-web-16.00.debug.js) sends for the same actions, answered by the host simulator
 *     (test/officejs/host.ts): for each sync its request body in bytes and its number of actions.
 *     That host is WordApi 1.3 (the npm build has no customXmlParts): the case goes to settings.
 * Targets: every request ≤ 1 MB (REQUEST_BUDGET); syncs ≤ 3 + one per MB beyond the first.
 */
import { checkDocument } from '../src/check/index';
import { draftCase } from '../src/draft';
import type { Case } from '../src/model/case';
import { createWordAdapter, REQUEST_BUDGET, syncBudget, type TuWordAdapter } from '../src/word/adapter';
import { createFakeWord } from '../test/fakes/word';
import { createOfficeJsHost, type OfficeJsHost } from '../test/officejs/host';

type Table = (title: string, header: string[], rows: string[][]) => void;

const ACTIONS = ['status', 'insertAll', 'updateOne', 'coldUpdate', 'projectBlock', 'readCheck', 'select'] as const;
type Action = (typeof ACTIONS)[number];
const LABELS: Record<Action, string> = {
  status: 'visa status',
  insertAll: 'infoga alla',
  updateOne: 'uppdatera ett',
  coldUpdate: 'uppdatera ett (nyöppnat fönster)',
  projectBlock: 'projektblock',
  readCheck: 'läs + granska',
  select: 'markera en anmärkning',
};

/** A user action: what one click does in the pane ("Infoga alla", "Uppdatera" are one apply each). */
async function actions(
  c: Case,
  adapter: TuWordAdapter,
  fresh: () => TuWordAdapter,
  setCursor: (i: number) => void,
  measure: (name: Action, f: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const doc = draftCase(c);
  const ids = doc.sections.map((s) => s.id);
  await measure('status', () => adapter.plan(doc, ids));
  await measure('insertAll', () => adapter.apply(doc, c, ids, []));
  await measure('updateOne', () => adapter.apply(doc, c, ['sammanfattning'], []));
  // A pane opened anew on a document that already holds the sections (it has not read the store yet).
  await measure('coldUpdate', () => fresh().apply(doc, c, ['sammanfattning'], []));
  const arendet = doc.sections.find((s) => s.id === 'arendet')!;
  setCursor(0);
  await measure('projectBlock', () => adapter.insertAtCursor(arendet.blocks.slice(1, 3)));
  await measure('readCheck', async () => checkDocument(await adapter.readDocText(), c));
  await measure('select', () => adapter.select(3, 0, 4));
}

/** 1a: syncs per action on the strict fake (WordApi 1.4). */
async function fakeSyncs(caseWithProjects: (n: number) => Case, table: Table) {
  const rows: string[][] = [];
  const results: Record<string, Record<string, number>> = {};
  for (const n of [1, 10, 100, 1000]) {
    const fake = createFakeWord({ apiVersion: '1.4' });
    const make = () => createWordAdapter({ run: fake.run, isSetSupported: fake.isSetSupported, settings: fake.settings });
    const r: Record<string, number> = {};
    await actions(
      caseWithProjects(n),
      make(),
      make,
      (i) => fake.setCursor(i),
      async (name, f) => {
        const before = fake.syncCount();
        await f();
        r[name] = fake.syncCount() - before;
      },
    );
    results[`${n} projekt`] = r;
    rows.push([`${n} projekt`, ...ACTIONS.map((a) => String(r[a]))]);
  }
  for (const p of [100, 1000, 10000]) {
    const fake = createFakeWord({ paragraphs: Array.from({ length: p }, (_, i) => `Stycke ${i + 1} med lite text om projektet.`) });
    const adapter = createWordAdapter({ run: fake.run, isSetSupported: fake.isSetSupported, settings: fake.settings });
    const before = fake.syncCount();
    checkDocument(await adapter.readDocText());
    results[`${p} stycken`] = { readCheck: fake.syncCount() - before };
    rows.push([`dokument ${p} stycken`, ...ACTIONS.map((a) => (a === 'readCheck' ? String(results[`${p} stycken`].readCheck) : '–'))]);
  }
  table(
    '1a. Rundturer till Word (context.sync) per användaråtgärd, räknade på den strikta kopian av Word (WordApi 1.4) — mål: högst 3 + 1 per påbörjad MB utöver den första',
    ['storlek', ...ACTIONS.map((a) => LABELS[a])],
    rows,
  );
  return results;
}

interface ActionRequests {
  syncs: number;
  maxRequestBytes: number;
  totalBytes: number;
  /** Each sync's request: body bytes and number of actions. */
  requests: { bytes: number; actions: number }[];
}

/** 1b: the requests of Microsoft's office.js library per action and size. */
async function officeJsRequests(caseWithProjects: (n: number) => Case, table: Table) {
  const results: Record<string, Partial<Record<Action, ActionRequests>>> = {};
  const rows: string[][] = [];
  let worstBytes = 0;
  let overBudget = 0;
  const record = async (host: OfficeJsHost, f: () => Promise<unknown>): Promise<ActionRequests> => {
    const runs = host.runCount();
    await f();
    const requests: { bytes: number; actions: number }[] = [];
    for (let i = runs; i < host.runCount(); i++) for (const r of host.syncsOfRun(i)) requests.push({ bytes: r.bytes, actions: r.actions });
    const totalBytes = requests.reduce((n, r) => n + r.bytes, 0);
    const maxRequestBytes = Math.max(0, ...requests.map((r) => r.bytes));
    worstBytes = Math.max(worstBytes, maxRequestBytes);
    if (requests.length > syncBudget(totalBytes)) overBudget++;
    return { syncs: requests.length, maxRequestBytes, totalBytes, requests };
  };
  const cell = (x: ActionRequests | undefined) => (x ? `${x.syncs} / ${(x.maxRequestBytes / 1000).toFixed(0)} kB` : '–');
  for (const n of [1, 10, 100, 1000]) {
    const host = createOfficeJsHost({});
    const make = () => createWordAdapter({ run: host.run, isSetSupported: host.isSetSupported, settings: host.settings });
    const r: Partial<Record<Action, ActionRequests>> = {};
    await actions(
      caseWithProjects(n),
      make(),
      make,
      (i) => host.fake.setCursor(i),
      async (name, f) => {
        r[name] = await record(host, f);
      },
    );
    results[`${n} projekt`] = r;
    rows.push([`${n} projekt`, ...ACTIONS.map((a) => cell(r[a]))]);
  }
  for (const p of [100, 1000, 10000]) {
    const host = createOfficeJsHost({ paragraphs: Array.from({ length: p }, (_, i) => `Stycke ${i + 1} med lite text om projektet.`) });
    const adapter = createWordAdapter({ run: host.run, isSetSupported: host.isSetSupported, settings: host.settings });
    const readCheck = await record(host, async () => checkDocument(await adapter.readDocText()));
    results[`${p} stycken`] = { readCheck };
    rows.push([`dokument ${p} stycken`, ...ACTIONS.map((a) => (a === 'readCheck' ? cell(readCheck) : '–'))]);
  }
  const ok = worstBytes <= REQUEST_BUDGET && overBudget === 0;
  table(
    `1b. Anrop som Microsofts eget Word-bibliotek (office.js, word-web-16.00) skickar per åtgärd: antal context.sync / största anropet — mål: varje anrop högst 1 MB, högst 3 + 1 per påbörjad MB; uppmätt största ${(worstBytes / 1000).toFixed(0)} kB, ${overBudget} åtgärder över sync-målet ${ok ? '✓' : '✗'}`,
    ['storlek', ...ACTIONS.map((a) => LABELS[a])],
    rows,
  );
  return results;
}

/** Section 1 of the bench: { syncs (fake), officeJs (real library) }. */
export async function wordRoundTrips(caseWithProjects: (n: number) => Case, table: Table) {
  const syncs = await fakeSyncs(caseWithProjects, table);
  const officeJs = await officeJsRequests(caseWithProjects, table);
  return { syncs, officeJs };
}
