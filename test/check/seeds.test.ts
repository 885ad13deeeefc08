/**
 * The seeds 000, 001 and 002 as .docx fixtures with real headings (made by test/tools/seeds-to-docx.ts):
 * the real defects are found, and every other finding is reviewed — no false errors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, buildStructure } from '../../src/check/index';
import type { Finding } from '../../src/check/types';
import * as os from 'os';
import { readDocx } from '../../src/io/docx/read';
import { sofficeAvailable } from '../helpers/soffice';
import { SPECS, seedToHtml, seedFile, buildSeedFixtures } from '../tools/seeds-to-docx';
import { FIXTURES, SEED_IDS, seedCase, seedDoc, type SeedId } from './seed-fixtures';

const key = (f: Finding) => `${f.rule}: ${f.excerpt}`;

/** The error-severity findings we expect: the real defects. */
const ERRORS: Record<SeedId, string[]> = {
  '000': [],
  '001': [
    // The broken STYLEREF field in the page header ("Error! Use the Home tab to apply Rubrik 1 …").
    'leftover: Error! Use the Home tab to apply Rubrik 1 to the text that you want to appear h…',
  ],
  '002': [],
};

/** The warnings we accept, each with the reason it is right (or a fair hint) on the real text. */
const WARNINGS: Record<SeedId, string[]> = {
  '000': [
    'abbreviation-undefined: FoU', // the title and förslag say "FoU medel"; 000 never writes "forskning och utveckling (FoU)"
    'abbreviation-undefined: ASI', // "ASI-uppföljningsintervjuer" is never explained
  ],
  '001': [
    'date-order: 10 februari', // förvaltningsgruppen 10 Feb is after the document's date 26 Jan 2021: a real inconsistency
    'date-order: 11 februari 2021', // likewise funktionshinderrådet 11 Feb
    'abbreviation-undefined: FUM', // "(FUM, LUM och MUL)" uses the three before "Forsknings- och utvecklingsmedel (FUM)" explains them
    'abbreviation-undefined: LUM',
    'abbreviation-undefined: MUL',
    'abbreviation-undefined: SBU', // "Statens beredning … SBU" without parentheses: a fair hint
    'abbreviation-undefined: SIP', // "Pilot intern-SIP" is never explained
    'abbreviation-undefined: SIVIN', // explained only in a footnote, which the fixture leaves out
  ],
  '002': [
    'abbreviation-undefined: ABC', // "ABC 0-2 år" is used but "(ABC)" is never given after "Alla barn i centrum"
  ],
};

describe('seed fixtures', () => {
  it('the committed HTML is what the tool makes from the seeds (fixtures are up to date)', () => {
    for (const spec of SPECS) {
      const html = seedToHtml(spec, fs.readFileSync(seedFile(spec.id), 'utf8'));
      expect(fs.readFileSync(path.join(FIXTURES, `seed-${spec.id}.html`), 'utf8')).toBe(html);
    }
  });

  const withSoffice = sofficeAvailable();
  if (!withSoffice) console.log('LibreOffice (soffice) saknas: testet som bygger om .docx-fixturerna körs inte.');
  (withSoffice ? it : it.skip)(
    'the tool rebuilds the .docx fixtures with LibreOffice and they check the same',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-docx-'));
      const files = await buildSeedFixtures(dir);
      expect(files.map((f) => path.basename(f))).toEqual(['seed-000.docx', 'seed-001.docx', 'seed-002.docx']);
      for (const id of SEED_IDS) {
        const fresh = await readDocx(new Uint8Array(fs.readFileSync(path.join(dir, `seed-${id}.docx`))), `seed-${id}.docx`);
        const committed = await seedDoc(id);
        expect(fresh.paragraphs.map((p) => [p.text, p.headingLevel, p.isListItem, p.inTable, p.part])).toEqual(
          committed.paragraphs.map((p) => [p.text, p.headingLevel, p.isListItem, p.inTable, p.part]),
        );
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
    180000,
  );

  it.each(SEED_IDS)('seed %s: the standard sections are found as real headings, in order', async (id) => {
    const s = buildStructure(await seedDoc(id));
    const want =
      id === '000'
        ? ['forslag', 'sammanfattning', 'bakgrund', 'beredning', 'arendet', 'synpunkter']
        : id === '001'
          ? ['forslag', 'sammanfattning', 'bakgrund', 'beredning', 'arendet', 'synpunkter', 'bilagor']
          : ['forslag', 'sammanfattning', 'bakgrund', 'arendet', 'beredning', 'synpunkter', 'bilagor'];
    expect(s.sections.map((x) => x.id)).toEqual(want);
    expect(s.sections.every((x) => x.heading.headingLevel === 2)).toBe(true);
    expect(s.title?.headingLevel).toBe(1);
  });

  for (const withCase of [false, true]) {
    it.each(SEED_IDS)(
      `seed %s${withCase ? ' with its example case' : ''}: exactly the expected errors and the reviewed warnings`,
      async (id) => {
        const doc = await seedDoc(id);
        const findings = checkDocument(doc, withCase ? seedCase(id) : undefined);
        const keysOf = (severity: string) =>
          findings
            .filter((f) => f.severity === severity)
            .map(key)
            .sort();
        expect(keysOf('error')).toEqual([...ERRORS[id]].sort());
        expect(keysOf('warning')).toEqual([...WARNINGS[id]].sort());
        // Info findings are hints (LIX, long sentences, stiff words, old district names): never about structure.
        for (const f of findings.filter((x) => x.severity === 'info')) expect(['readability', 'sdf-name']).toContain(f.rule);
      },
    );
  }

  it('001: the Error! field result is reported in the page header, with where and how to fix it', async () => {
    const doc = await seedDoc('001');
    const f = checkDocument(doc).find((x) => x.rule === 'leftover' && x.severity === 'error')!;
    expect(doc.paragraphs[f.paragraph].part).toBe('header');
    expect(f.message).toContain('i sidhuvudet');
    expect(f.message).toContain('Uppdatera fältet');
  });

  it('001 and 002: old district names are only hints', async () => {
    const f1 = checkDocument(await seedDoc('001')).filter((x) => x.rule === 'sdf-name');
    expect(f1.map((x) => `${x.severity} ${x.excerpt}`)).toEqual(['info Hägersten-Liljeholmen', 'info Hägersten-Liljeholmen']);
    const f2 = checkDocument(await seedDoc('002')).filter((x) => x.rule === 'sdf-name');
    expect(f2.map((x) => `${x.severity} ${x.excerpt}`).sort()).toEqual(['info Rinkeby-Kista', 'info Spånga-Tensta']);
  });
});
