/**
 * Shared helpers for the Word adapter tests: cases, drafts, and the two hosts the one table of
 * cases (test/word/cases/) runs on — the strict fake (fake-host.test.ts) and Microsoft's real
 * office.js answered by the host simulator (officejs-host.test.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Case } from '../../src/model/case';
import { parseCaseJson } from '../../src/model/validate';
import { draftCase } from '../../src/draft/index';
import type { Block, DraftDocument } from '../../src/draft/types';
import type { SectionId } from '../../src/model/sections';
import { createWordAdapter, type WordAdapterOptions } from '../../src/word/adapter';
import { createFakeWord, type FakeWord, type FakeWordOptions } from '../fakes/word';
import { createOfficeJsHost, type RequestRecord } from '../officejs/host';

export const ROOT = join(__dirname, '..', '..');

export function seedCase(n = 2): Case {
  return parseCaseJson(readFileSync(join(ROOT, 'examples', `seed-00${n}.json`), 'utf8'), `seed-00${n}.json`);
}

/** Seed 002's case with exactly `n` LUM projects (cloned and renamed), keeping the statuses' mix. */
export function caseWithProjects(n: number): Case {
  const base = seedCase(2);
  const src = base.lum;
  const lum = Array.from({ length: n }, (_, i) => {
    const p = src[i % src.length];
    return { ...p, namn: i < src.length ? p.namn : `${p.namn} (kopia ${i})` };
  });
  return { ...base, lum };
}

export function draftWithProjects(n: number): { c: Case; doc: DraftDocument } {
  const c = caseWithProjects(n);
  return { c, doc: draftCase(c) };
}

export type HostName = 'fake' | 'officejs';
let hostName: HostName = 'fake';
const notOnLibrary: string[] = [];

/** Chooses the host for the cases of this test file (call before defining them). */
export function chooseHost(name: HostName): void {
  hostName = name;
}
export function currentHost(): HostName {
  return hostName;
}
/** The WordApi versions the current host can be: the library's host has no customXmlParts (1.4). */
export function apiVersions(): ('1.4' | '1.3')[] {
  return hostName === 'fake' ? ['1.4', '1.3'] : ['1.3'];
}
/**
 * A case that needs the stored custom XML part (WordApi 1.4). The npm build of office.js has no
 * Document.customXmlParts, so on the library's host the case is not run but listed
 * (casesNotOnLibrary), and that runner says so in a test of its own.
 */
export function test14(name: string, fn: () => Promise<unknown>): void {
  if (hostName === 'fake') test(name, fn);
  else notOnLibrary.push(name);
}
export function casesNotOnLibrary(): string[] {
  return [...notOnLibrary];
}

/**
 * A document (the fake's model, to assert on) and an adapter on the current host. On the
 * library's host the adapter's Word.run is office.js's own and every call goes through its requests.
 */
export function fakeAndAdapter(opts: FakeWordOptions = {}, adapterOpts: Partial<WordAdapterOptions> = {}) {
  if (hostName === 'officejs') {
    if (opts.apiVersion === '1.4') throw new Error('WordApi 1.4 cases need test14() (the library has no customXmlParts)');
    const host = createOfficeJsHost(opts);
    const newAdapter = (o: Partial<WordAdapterOptions> = adapterOpts) =>
      createWordAdapter({ run: host.run, isSetSupported: host.isSetSupported, settings: host.settings, ...o });
    return { fake: host.fake, adapter: newAdapter(), newAdapter, requests: host.requests as RequestRecord[] | null };
  }
  const fake = createFakeWord(opts);
  const newAdapter = (o: Partial<WordAdapterOptions> = adapterOpts) =>
    createWordAdapter({ run: fake.run, isSetSupported: fake.isSetSupported, settings: fake.settings, ...o });
  return { fake, adapter: newAdapter(), newAdapter, requests: null as RequestRecord[] | null };
}

/** A hand-made draft with every block type, for exact assertions. */
export function handDraft(texts: { para?: string; item?: string; cell?: string; heading?: string } = {}): DraftDocument {
  const para = texts.para ?? 'Ett vanligt stycke.';
  return {
    kind: 'inriktning-redovisning',
    title: 'Inriktning 2025',
    header: {
      forvaltning: 'Socialförvaltningen',
      avdelning: 'Avdelningen',
      dokumentnamn: 'Tjänsteutlåtande',
      dnr: '1.2.3-4/2025',
      datum: '2025-04-01',
      handlaggare: 'Anna',
      telefon: '08-1',
      till: 'Socialnämnden',
      sammantradesdatum: '2025-04-23',
    },
    sections: [
      {
        id: 'huvud',
        heading: null,
        headingLevel: 2,
        blocks: [{ type: 'table', header: ['Handläggare', 'Till'], rows: [['Anna', texts.cell ?? 'Socialnämnden']] }],
      },
      { id: 'titel', heading: 'Inriktning 2025', headingLevel: 1, blocks: [] },
      {
        id: 'forslag',
        heading: 'Förvaltningens förslag till beslut',
        headingLevel: 2,
        blocks: [
          {
            type: 'list',
            ordered: true,
            items: [{ text: 'Nämnden godkänner A.' }, { text: texts.item ?? 'Nämnden godkänner B.' }, { text: 'Ärendet delges C.' }],
          },
        ],
      },
      { id: 'sammanfattning', heading: 'Sammanfattning', headingLevel: 2, blocks: [{ type: 'paragraph', text: para }] },
      { id: 'bakgrund', heading: 'Bakgrund', headingLevel: 2, blocks: [{ type: 'paragraph', text: 'Bakgrundstext.' }] },
      { id: 'beredning', heading: 'Ärendets beredning', headingLevel: 2, blocks: [{ type: 'paragraph', text: 'Beredningstext.' }] },
      {
        id: 'arendet',
        heading: 'Ärendet',
        headingLevel: 2,
        blocks: [
          { type: 'heading', level: 3, text: texts.heading ?? 'Redovisning' },
          {
            type: 'list',
            ordered: true,
            items: [
              { text: 'Projekt Ett, Farsta.', body: ['Om projekt ett.', 'Mer om ett.'] },
              { text: 'Projekt Två, Skarpnäck.', italic: true, body: ['Om projekt två.'] },
              { text: 'Projekt Tre, Kista.' },
            ],
          },
          { type: 'list', ordered: false, items: [{ text: 'Punkt a' }, { text: 'Punkt b' }] },
          { type: 'paragraph', text: 'Fortgående projekt', italic: true },
        ],
      },
      {
        id: 'synpunkter',
        heading: 'Förvaltningens synpunkter och förslag',
        headingLevel: 2,
        blocks: [
          { type: 'paragraph', text: 'Förvaltningen föreslår.' },
          {
            type: 'signatures',
            people: [
              { namn: 'Vera V', titel: 'Socialdirektör', forvaltning: 'Socialförvaltningen' },
              { namn: 'Lina L', titel: 'Avdelningschef' },
            ],
          },
        ],
      },
      {
        id: 'bilagor',
        heading: 'Bilagor',
        headingLevel: 2,
        blocks: [{ type: 'list', ordered: true, items: [{ text: 'Bilaga ett' }, { text: 'Bilaga två' }] }],
      },
    ],
  };
}

export const ALL: SectionId[] = [
  'huvud',
  'titel',
  'forslag',
  'sammanfattning',
  'bakgrund',
  'beredning',
  'arendet',
  'synpunkter',
  'bilagor',
];

/** Tags of the content controls in document order. */
export function tags(fake: FakeWord): string[] {
  return fake.contentControls().map((c) => c.tag);
}

/** The user actions whose round trips issue 5 measures. */
export const ACTIONS = [
  'plan (empty document)',
  'insert all sections',
  'plan (all present)',
  'update one section',
  'insert a project block at the cursor',
  'read the document',
  'select a finding',
  'load the stored case',
] as const;

export interface ActionSyncs {
  /** context.sync() calls per action. */
  syncs: Record<(typeof ACTIONS)[number], number>;
  /** Word.run calls per action (always 1, or 0 for loadStoredCase on WordApi 1.3). */
  runs: Record<(typeof ACTIONS)[number], number>;
  /** Write operations queued by "insert all sections" (Word calls in its one write batch). */
  insertWriteOps: number;
  /** Paragraphs in the document after the actions. */
  paragraphs: number;
}

/**
 * Runs every adapter action once on a fresh strict fake, for a case with `projects` LUM projects
 * (seed 002 cloned), in a document that already holds `userParagraphs` paragraphs of the user's
 * text, and counts the syncs of each. For the tests and for `npm run bench`.
 */
export async function syncsPerAction(
  projects: number,
  opts: { apiVersion?: '1.3' | '1.4'; userParagraphs?: number } = {},
): Promise<ActionSyncs> {
  const cs = caseWithProjects(projects);
  const doc = draftCase(cs);
  const n = opts.userParagraphs ?? 1;
  const { fake, adapter } = fakeAndAdapter({
    apiVersion: opts.apiVersion ?? apiVersions()[0],
    paragraphs: Array.from({ length: n }, (_, i) =>
      i % 50 === 0 ? { text: `Rubrik ${i}`, styleBuiltIn: 'Heading2' } : `Användarens stycke ${i}.`,
    ),
  });
  const syncs = {} as ActionSyncs['syncs'];
  const runs = {} as ActionSyncs['runs'];
  let insertWriteOps = 0;
  const count = async (name: (typeof ACTIONS)[number], f: () => Promise<unknown>) => {
    const s = fake.syncCount();
    const r = fake.runCount();
    const w = fake.writeOpCount();
    await f();
    syncs[name] = fake.syncCount() - s;
    runs[name] = fake.runCount() - r;
    if (name === 'insert all sections') insertWriteOps = fake.writeOpCount() - w;
  };
  await count('plan (empty document)', () => adapter.plan(doc, ALL));
  await count('insert all sections', () => adapter.apply(doc, cs, ALL, []));
  await count('plan (all present)', () => adapter.plan(doc, ALL));
  await count('update one section', () => adapter.apply(doc, cs, ['arendet'], []));
  const block: Block[] = doc.sections.find((s) => s.id === 'arendet')!.blocks.slice(0, 3);
  fake.setCursor(0);
  await count('insert a project block at the cursor', () => adapter.insertAtCursor(block));
  await count('read the document', () => adapter.readDocText());
  await count('select a finding', () => adapter.select(fake.paragraphs().length - 1, 0, 3));
  await count('load the stored case', () => adapter.loadStoredCase());
  return { syncs, runs, insertWriteOps, paragraphs: fake.paragraphs().length };
}
