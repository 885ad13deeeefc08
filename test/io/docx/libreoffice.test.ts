/**
 * The written .docx as another program sees it: LibreOffice (headless) opens it, and we check
 * the standard headings are real heading styles in order, the numbered lists are numbered, and
 * the .docx LibreOffice writes back reads the same with our reader.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { entryText } from '../zip';
import { draftCase } from '../../../src/draft';
import { type DraftDocument } from '../../../src/draft/types';
import { SECTION_IDS } from '../../../src/model/sections';
import { readDocx } from '../../../src/io/docx/read';
import { writeDocx } from '../../../src/io/docx/write';
import { decodeXmlEntities } from '../../../src/io/docx/text';
import { convertWithSoffice, sofficeAvailable } from '../../helpers/soffice';
import { seedCase } from './build';

const available = sofficeAvailable();
if (!available) console.warn('SKIP docx LibreOffice tests: LibreOffice (soffice) is not installed (apt-get install libreoffice-writer)');
const describeLo = available ? describe : describe.skip;

/** The text of ODF markup. LibreOffice 7.4 shows a block content control as an input field ending in a CR; that CR is dropped. */
function odfText(xml: string): string {
  return decodeXmlEntities(
    xml
      .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
      .replace(/<text:s\/>/g, ' ')
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, ''),
  ).replace(/\r/g, '');
}

describeLo('LibreOffice opens the written .docx', () => {
  const c = seedCase();
  let doc: DraftDocument;
  let dir: string;
  let docxPath: string;
  beforeAll(async () => {
    doc = draftCase(c);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-lo-'));
    docxPath = path.join(dir, 'utkast.docx');
    fs.writeFileSync(docxPath, await writeDocx(doc, c));
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('.odt: the title and the standard headings, in order, as Heading 1/2 styles', () => {
    const odt = convertWithSoffice(docxPath, 'odt', { outDir: path.join(dir, 'odt') });
    const content = entryText(new Uint8Array(fs.readFileSync(odt)), 'content.xml');
    // Automatic paragraph styles → the named style they derive from.
    const parent = new Map<string, string>();
    for (const m of content.matchAll(/<style:style style:name="([^"]+)" style:family="paragraph" style:parent-style-name="([^"]+)"/g))
      parent.set(m[1], m[2]);
    const headings = [...content.matchAll(/<text:h text:style-name="([^"]+)" text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g)].map(
      (m) => ({
        style: parent.get(m[1]) ?? m[1],
        level: Number(m[2]),
        text: odfText(m[3]),
      }),
    );
    expect(headings[0]).toEqual({ style: 'Heading_20_1', level: 1, text: doc.title });
    const standard = SECTION_IDS.map((id) => doc.sections.find((s) => s.id === id)!.heading!);
    const level2 = headings.filter((h) => h.level === 2);
    expect(level2.map((h) => h.text)).toEqual(standard);
    for (const h of headings) expect(h.style).toBe(`Heading_20_${h.level}`);
    // No standard heading turned into body text.
    const bodyParas = [...content.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((m) => odfText(m[1]));
    for (const t of standard) expect(bodyParas).not.toContain(t);
  }, 120_000);

  test('plain text: ordered lists are numbered 1, 2, 3 … each from 1, body paragraphs between items unnumbered', () => {
    const txt = convertWithSoffice(docxPath, 'txt:Text (encoded):UTF8', { outDir: path.join(dir, 'txt') });
    const lines = fs
      .readFileSync(txt, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    let checked = 0;
    for (const s of doc.sections) {
      for (const b of s.blocks) {
        if (b.type !== 'list' || !b.ordered) continue;
        b.items.forEach((it, i) => {
          const line = lines.find((l) => l.trim().endsWith(it.text) && /^\s*\d+\.\s/.test(l));
          expect(line?.trim()).toBe(`${i + 1}. ${it.text}`);
          for (const bodyText of it.body ?? []) {
            const bodyLine = lines.find((l) => l.includes(bodyText));
            expect(bodyLine).toBe(bodyText);
          }
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(
      lines.some(
        (l) =>
          l.trim() === `1. ${(doc.sections.find((s) => s.id === 'forslag')!.blocks[0] as { items: { text: string }[] }).items[0].text}`,
      ),
    ).toBe(true);
  }, 120_000);

  test("LibreOffice's own .docx of it reads back with the same headings and list items", async () => {
    const again = convertWithSoffice(docxPath, 'docx:MS Word 2007 XML', { outDir: path.join(dir, 'again') });
    const ours = await readDocx(fs.readFileSync(docxPath), 'utkast.docx');
    const theirs = await readDocx(fs.readFileSync(again), 'lo.docx');
    const heads = (t: typeof ours) =>
      t.paragraphs.filter((p) => p.part === 'body' && p.headingLevel !== null).map((p) => [p.text, p.headingLevel]);
    expect(heads(theirs)).toEqual(heads(ours));
    const items = (t: typeof ours) => t.paragraphs.filter((p) => p.part === 'body' && p.isListItem).map((p) => p.text);
    expect(items(theirs)).toEqual(items(ours));
    const header = theirs.paragraphs.filter((p) => p.part === 'header').map((p) => p.text);
    expect(header).toContain('Tjänsteutlåtande');
    expect(header.some((h) => /^Sida \d+ \(\d+\)$/.test(h))).toBe(true);
  }, 120_000);
});
