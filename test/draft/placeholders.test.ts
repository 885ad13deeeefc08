/**
 * Placeholders where the handläggare must write: in the DraftDocument (ranges with the Swedish
 * prompt), in the .docx (an inline content control showing its placeholder, highlighted), read
 * back and reported by the checker's rule placeholder-left.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { checkDocument } from '../../src/check/index';
import { draftCase, paragraphSegments, PLACEHOLDER_MARKER, type ParagraphBlock } from '../../src/draft';
import { readDocx } from '../../src/io/docx/read';
import { writeDocx } from '../../src/io/docx/write';
import type { Case } from '../../src/model/case';
import { parseCaseJson } from '../../src/model/validate';

const load = (name: string): Case => parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);

function placeholderParas(c: Case): ParagraphBlock[] {
  return draftCase(c).sections.flatMap((s) =>
    s.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && !!b.placeholders?.length),
  );
}

test('a missing text gets a placeholder with its prompt; an empty text ("") gets nothing; a given text is used', () => {
  const c = load('seed-002.json');
  const none = placeholderParas({ ...c, texter: {} }).map((p) => p.placeholders![0].id);
  expect(none).toEqual(['sammanfattning-resultat', 'bakgrund', 'synpunkter']);
  expect(placeholderParas({ ...c, texter: { sammanfattning: '', bakgrund: '', synpunkter: '' } })).toEqual([]);
  const given = placeholderParas({ ...c, texter: { ...c.texter, synpunkter: 'Förvaltningen är nöjd.' } });
  expect(given).toEqual([]);
});

test('each range covers exactly the marker, and the prompt is the marker without brackets', () => {
  const paras = placeholderParas({ ...load('pagaende-studie.json'), texter: {} });
  expect(paras.length).toBeGreaterThanOrEqual(4);
  for (const p of paras) {
    for (const r of p.placeholders!) {
      const marked = p.text.slice(r.start, r.end);
      expect(marked).toBe(`[${r.prompt}]`);
      expect(marked).toMatch(new RegExp(`^${PLACEHOLDER_MARKER.source}$`, 'u'));
      expect(r.prompt).toMatch(/^Skriv /);
    }
  }
  const inline = paras.find((p) => p.placeholders![0].id === 'fum-1-klart')!;
  expect(inline.text).toBe('FoU Nordväst genomför studien. Den ska vara klar [Skriv när studien ska vara klar].');
});

test('the .docx shows each placeholder as a content control showing its placeholder text, highlighted; the checker reports it', async () => {
  const c = load('seed-002.json');
  const doc = draftCase(c);
  const bytes = await writeDocx(doc, c);
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  const sdts = [...xml.matchAll(/<w:sdt>(?:(?!<\/w:sdt>).)*?<w:tag w:val="tu:platshallare:([^"]+)"\/>(?:(?!<\/w:sdt>).)*<\/w:sdt>/gs)];
  expect(sdts.map((m) => m[1])).toEqual(['synpunkter']);
  expect(sdts[0][0]).toContain('<w:showingPlcHdr/>');
  expect(sdts[0][0]).toMatch(/<w:highlight w:val="yellow"\/>/);
  expect(sdts[0][0]).toContain('[Skriv förvaltningens synpunkter här');
  const read = await readDocx(bytes, 'utkast.docx');
  const findings = checkDocument(read, c).filter((f) => f.rule === 'placeholder-left');
  expect(findings).toHaveLength(1);
  expect(findings[0].severity).toBe('error');
  expect(read.paragraphs[findings[0].paragraph].text).toMatch(/^\[Skriv förvaltningens synpunkter här/);
});

test("bullets written in a project's result are a bulleted list under the item in the .docx", async () => {
  const c = load('pagaende-studie.json');
  const bytes = await writeDocx(draftCase(c), c);
  const read = await readDocx(bytes, 'p.docx');
  const items = read.paragraphs.filter((p) => p.isListItem).map((p) => p.text);
  expect(items).toEqual(
    expect.arrayContaining([
      'fler ungdomar har anmält brott',
      'fler har vittnat i rättegången',
      'samarbetet med polisen har blivit tätare',
    ]),
  );
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  const para = /<w:p>(?:(?!<\/w:p>).)*fler ungdomar har anmält brott(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
  expect(para).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
});

test('paragraphSegments cuts a paragraph at its placeholders, for hosts that write runs', () => {
  const p = placeholderParas({ ...load('pagaende-studie.json'), texter: {} }).find((x) => x.placeholders![0].id === 'fum-1-klart')!;
  expect(paragraphSegments(p)).toEqual([
    { text: 'FoU Nordväst genomför studien. Den ska vara klar ' },
    { text: '[Skriv när studien ska vara klar]', placeholder: { id: 'fum-1-klart', prompt: 'Skriv när studien ska vara klar' } },
    { text: '.' },
  ]);
  expect(paragraphSegments({ text: 'Ingen platshållare.' })).toEqual([{ text: 'Ingen platshållare.' }]);
});
