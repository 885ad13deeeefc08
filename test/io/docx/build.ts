/** Test material for the docx writer and reader: a hand-built DraftDocument and a small Case. */
import * as fs from 'fs';
import * as path from 'path';
import { entryText } from '../zip';
import type { Case } from '../../../src/model/case';
import { parseCaseJson } from '../../../src/model/validate';
import type { DraftDocument, DraftSection, HeaderInfo } from '../../../src/draft/types';

export const ROOT = path.resolve(__dirname, '../../..');

export function seedCase(): Case {
  const file = path.join(ROOT, 'examples/seed-002.json');
  return parseCaseJson(fs.readFileSync(file, 'utf8'), 'seed-002.json');
}

export const HEADER: HeaderInfo = {
  forvaltning: 'Socialförvaltningen',
  avdelning: 'Avdelningen för stadsövergripande sociala frågor',
  dokumentnamn: 'Tjänsteutlåtande',
  dnr: '3.2.1-792/2020',
  datum: '2021-01-26',
  handlaggare: 'Lisa Wallenberg',
  telefon: '08-508 25 246',
  till: 'Socialnämnden',
  sammantradesdatum: '2021-02-16',
};

/** A document with every kind of block: headings 1–4, ordered lists with body paragraphs, bullets, a table, signatures. */
export function handDoc(extra: DraftSection['blocks'] = []): DraftDocument {
  return {
    kind: 'arsrapport',
    title: 'Årsrapport 2020 om FoU-medel',
    header: HEADER,
    sections: [
      { id: 'huvud', heading: null, headingLevel: 1, blocks: [] },
      { id: 'titel', heading: 'Årsrapport 2020 om FoU-medel', headingLevel: 1, blocks: [] },
      {
        id: 'forslag',
        heading: 'Förvaltningens förslag till beslut',
        headingLevel: 2,
        blocks: [
          {
            type: 'list',
            ordered: true,
            items: [{ text: 'Socialnämnden godkänner årsrapporten.' }, { text: 'Ärendet delges samtliga stadsdelsnämnder.' }],
          },
          {
            type: 'signatures',
            people: [
              { namn: 'Gordana Stevanovic', titel: 'Socialdirektör' },
              { namn: 'Eva Rydberg', titel: 'Avdelningschef', forvaltning: 'Socialförvaltningen' },
            ],
          },
        ],
      },
      {
        id: 'sammanfattning',
        heading: 'Sammanfattning',
        headingLevel: 2,
        blocks: [{ type: 'paragraph', text: 'Tre studier har genomförts.' }],
      },
      {
        id: 'bakgrund',
        heading: 'Bakgrund',
        headingLevel: 2,
        blocks: [{ type: 'paragraph', text: 'FoU-arbetet ska främja evidensbaserad praktik.' }],
      },
      {
        id: 'beredning',
        heading: 'Ärendets beredning',
        headingLevel: 2,
        blocks: [{ type: 'paragraph', text: 'Ärendet har beretts inom avdelningen.' }],
      },
      {
        id: 'arendet',
        heading: 'Ärendet',
        headingLevel: 2,
        blocks: [
          { type: 'heading', level: 3, text: 'Forskningsstudier (FUM)' },
          {
            type: 'list',
            ordered: true,
            items: [
              { text: 'Studie A, Stockholms universitet.', body: ['Studien är klar.', 'Den kostade 500\u00a0000 kronor.'] },
              { text: 'Studie B, Karolinska institutet.', italic: true, body: ['Studien pågår.'] },
              { text: 'Studie C, Ersta Sköndal Bräcke högskola.' },
            ],
          },
          { type: 'heading', level: 4, text: 'Kostnader' },
          {
            type: 'table',
            header: ['Studie', 'Utförare', 'Kostnad'],
            rows: [
              ['A', 'SU', '500\u00a0000'],
              ['B', 'KI', '300\u00a0000'],
            ],
          },
          { type: 'heading', level: 3, text: 'Lokala utvecklingsprojekt (LUM)' },
          { type: 'list', ordered: true, items: [{ text: 'Projekt X, Farsta.' }, { text: 'Projekt Y, Skarpnäck.' }] },
          { type: 'list', ordered: false, items: [{ text: 'förebyggande insatser' }, { text: 'tidigt stöd' }] },
          ...extra,
        ],
      },
      {
        id: 'synpunkter',
        heading: 'Förvaltningens synpunkter och förslag',
        headingLevel: 2,
        blocks: [{ type: 'paragraph', text: 'Förvaltningen föreslår att nämnden godkänner årsrapporten.', italic: true }],
      },
      {
        id: 'bilagor',
        heading: 'Bilagor',
        headingLevel: 2,
        blocks: [{ type: 'list', ordered: true, items: [{ text: 'Slutrapport Studie A' }] }],
      },
    ],
  };
}

/** Every ListBlock's items in document order, with the list they belong to. */
export function listItems(doc: DraftDocument): { list: number; ordered: boolean; text: string }[] {
  const out: { list: number; ordered: boolean; text: string }[] = [];
  let n = 0;
  for (const s of doc.sections) {
    for (const b of s.blocks) {
      if (b.type !== 'list') continue;
      n++;
      for (const it of b.items) out.push({ list: n, ordered: b.ordered, text: it.text });
    }
  }
  return out;
}

export function zipText(bytes: Uint8Array, name: string): Promise<string> {
  return Promise.resolve(entryText(bytes, name));
}
