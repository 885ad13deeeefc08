/** Shared helpers for the Word adapter tests: cases, drafts and fakes. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Case } from '../../src/model/case';
import { parseCaseJson } from '../../src/model/validate';
import { draftCase } from '../../src/draft/index';
import type { DraftDocument, SectionId } from '../../src/draft/types';
import { createWordAdapter } from '../../src/word/adapter';
import { createFakeWord, type FakeWord, type FakeWordOptions } from '../fakes/word';

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

export function fakeAndAdapter(opts: FakeWordOptions = {}) {
  const fake = createFakeWord(opts);
  const adapter = createWordAdapter({ run: fake.run as unknown as typeof Word.run, isSetSupported: fake.isSetSupported, settings: fake.settings });
  return { fake, adapter };
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
      { id: 'huvud', heading: null, headingLevel: 2, blocks: [{ type: 'table', header: ['Handläggare', 'Till'], rows: [['Anna', texts.cell ?? 'Socialnämnden']] }] },
      { id: 'titel', heading: 'Inriktning 2025', headingLevel: 1, blocks: [] },
      {
        id: 'forslag',
        heading: 'Förvaltningens förslag till beslut',
        headingLevel: 2,
        blocks: [{ type: 'list', ordered: true, items: [{ text: 'Nämnden godkänner A.' }, { text: texts.item ?? 'Nämnden godkänner B.' }, { text: 'Ärendet delges C.' }] }],
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
          { type: 'signatures', people: [{ namn: 'Vera V', titel: 'Socialdirektör', forvaltning: 'Socialförvaltningen' }, { namn: 'Lina L', titel: 'Avdelningschef' }] },
        ],
      },
      { id: 'bilagor', heading: 'Bilagor', headingLevel: 2, blocks: [{ type: 'list', ordered: true, items: [{ text: 'Bilaga ett' }, { text: 'Bilaga två' }] }] },
    ],
  };
}

export const ALL: SectionId[] = ['huvud', 'titel', 'forslag', 'sammanfattning', 'bakgrund', 'beredning', 'arendet', 'synpunkter', 'bilagor'];

/** Tags of the content controls in document order. */
export function tags(fake: FakeWord): string[] {
  return fake.contentControls().map((c) => c.tag);
}
