/**
 * The .docx writer, read back by our reader and inspected in the package itself.
 */
import { unzipText } from '../zip';
import { draftCase } from '../../../src/draft';
import { type DraftDocument } from '../../../src/draft/types';
import { SECTION_IDS, SECTION_TITLES, sectionTag } from '../../../src/model/sections';
import { readDocx, readStoredCase } from '../../../src/io/docx/read';
import { writeDocx } from '../../../src/io/docx/write';
import { CASE_XML_NAMESPACE } from '../../../src/model/stored-case';
import type { Case } from '../../../src/model/case';
import { HEADER, handDoc, listItems, seedCase, zipText } from './build';

/** Headings a DraftDocument should produce, in order: section headings and heading blocks. */
function expectedHeadings(doc: DraftDocument): [string, number][] {
  const out: [string, number][] = [];
  for (const s of doc.sections) {
    if (s.heading !== null) out.push([s.heading, s.headingLevel]);
    for (const b of s.blocks) if (b.type === 'heading') out.push([b.text, b.level]);
  }
  return out;
}

describe('writeDocx → readDocx (hand-built document)', () => {
  const c = seedCase();
  const doc = handDoc();
  let bytes: Uint8Array;
  let text: Awaited<ReturnType<typeof readDocx>>;
  beforeAll(async () => {
    bytes = await writeDocx(doc, c);
    text = await readDocx(bytes, 'hand.docx');
  });
  const body = () => text.paragraphs.filter((p) => p.part === 'body');

  test('gives a zip that is a Word package', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    expect(text.source).toBe('hand.docx');
  });

  test('headings come back in order with their levels and built-in style names', () => {
    const headings = body().filter((p) => p.headingLevel !== null);
    expect(headings.map((p) => [p.text, p.headingLevel])).toEqual(expectedHeadings(doc));
    expect(headings[0]).toMatchObject({ text: 'Årsrapport 2020 om FoU-medel', headingLevel: 1, styleName: 'heading 1' });
    expect(headings.find((p) => p.text === 'Bakgrund')?.styleName).toBe('heading 2');
    expect(headings.find((p) => p.text === 'Kostnader')).toMatchObject({ headingLevel: 4, styleName: 'heading 4' });
    // No body paragraph is mistaken for a heading.
    expect(
      body()
        .filter((p) => p.headingLevel === null)
        .some((p) => p.text === 'Bakgrund'),
    ).toBe(false);
  });

  test('list items are flagged, their body paragraphs are not', () => {
    const items = body().filter((p) => p.isListItem);
    expect(items.map((p) => p.text)).toEqual(listItems(doc).map((i) => i.text));
    for (const t of ['Studien är klar.', 'Den kostade 500\u00a0000 kronor.', 'Studien pågår.']) {
      const p = body().find((q) => q.text === t);
      expect(p).toBeDefined();
      expect(p!.isListItem).toBe(false);
    }
  });

  test('ordered lists are real Word numbering: one list per ListBlock, each from 1, bullets for unordered', () => {
    const zip = unzipText(bytes);
    const docXml = zip['word/document.xml'];
    const numbering = zip['word/numbering.xml'];
    // numId of every numbered paragraph, in document order.
    const numIds = [...docXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    const items = listItems(doc);
    expect(numIds).toHaveLength(items.length);
    const byList = new Map<number, Set<string>>();
    items.forEach((it, i) => byList.set(it.list, (byList.get(it.list) ?? new Set()).add(numIds[i])));
    for (const ids of byList.values()) expect(ids.size).toBe(1); // items of one list share one numbering instance
    const perList = [...byList.values()].map((s) => [...s][0]);
    expect(new Set(perList).size).toBe(perList.length); // every list is its own instance
    for (const [list, ids] of byList) {
      const numId = [...ids][0];
      const num = new RegExp(`<w:num w:numId="${numId}">(.*?)</w:num>`).exec(numbering);
      expect(num).not.toBeNull();
      expect(num![1]).toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/>/);
      const abs = /<w:abstractNumId w:val="(\d+)"\/>/.exec(num![1])![1];
      const absXml = new RegExp(`<w:abstractNum w:abstractNumId="${abs}"[^>]*>(.*?)</w:abstractNum>`).exec(numbering)![1];
      const lvl0 = /<w:lvl w:ilvl="0"[^>]*>(.*?)<\/w:lvl>/.exec(absXml)![1];
      const ordered = items.find((i) => i.list === list)!.ordered;
      expect(lvl0).toContain(ordered ? '<w:numFmt w:val="decimal"/>' : '<w:numFmt w:val="bullet"/>');
      if (ordered) expect(lvl0).toContain('<w:lvlText w:val="%1."/>');
    }
  });

  test('table cells come back in order, flagged inTable, header row repeated', async () => {
    const cells = body()
      .filter((p) => p.inTable && p.tag === sectionTag('arendet'))
      .map((p) => p.text);
    expect(cells).toEqual(['Studie', 'Utförare', 'Kostnad', 'A', 'SU', '500\u00a0000', 'B', 'KI', '300\u00a0000']);
    const docXml = await zipText(bytes, 'word/document.xml');
    expect(docXml).toMatch(/<w:tblHeader\/>/);
  });

  test('the header block: page header with förvaltning, Tjänsteutlåtande, Dnr, Sida x (y) fields and date; Handläggare and Till in the body', async () => {
    const header = text.paragraphs.filter((p) => p.part === 'header').map((p) => p.text);
    for (const t of [HEADER.forvaltning, HEADER.avdelning, 'Tjänsteutlåtande', `Dnr ${HEADER.dnr}`, 'Sida 1 (1)', HEADER.datum]) {
      // Both the first page's header and the default header carry it.
      expect(header.filter((h) => h === t)).toHaveLength(2);
    }
    const docXml = await zipText(bytes, 'word/document.xml');
    expect(docXml).toMatch(/<w:headerReference w:type="first" r:id="rId\d+"\/>/);
    expect(docXml).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
    expect(docXml).toContain('<w:titlePg/>');
    const zip = unzipText(bytes);
    const headerParts = Object.keys(zip).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headerParts).toHaveLength(2);
    for (const h of headerParts) {
      const xml = zip[h];
      expect(xml).toMatch(
        /Sida <\/w:t><\/w:r><w:fldSimple w:instr="PAGE">.*?<\/w:fldSimple><w:r><w:t xml:space="preserve"> \(<\/w:t><\/w:r><w:fldSimple w:instr="NUMPAGES">/,
      );
    }
    const top = body().slice(0, 6);
    expect(top.map((p) => p.text)).toEqual([
      'Handläggare',
      HEADER.handlaggare,
      `Telefon: ${HEADER.telefon}`,
      'Till',
      HEADER.till,
      HEADER.sammantradesdatum,
    ]);
    expect(top.every((p) => p.inTable && p.tag === 'tu:huvud')).toBe(true);
  });

  test('every section is a content control tagged tu:<id>, in the standard order', () => {
    const tags: string[] = [];
    for (const p of body()) if (p.tag && tags[tags.length - 1] !== p.tag) tags.push(p.tag);
    expect(tags).toEqual(doc.sections.map((s) => sectionTag(s.id)));
    expect(body().every((p) => p.tag !== undefined)).toBe(true);
    const bakgrund = body().find((p) => p.text === 'Bakgrund')!;
    expect(bakgrund.tag).toBe('tu:bakgrund');
  });

  test('signatures are name and title lines; italics and non-breaking spaces survive', () => {
    const texts = body().map((p) => p.text);
    const i = texts.indexOf('Gordana Stevanovic');
    expect(texts.slice(i, i + 5)).toEqual(['Gordana Stevanovic', 'Socialdirektör', 'Eva Rydberg', 'Avdelningschef', 'Socialförvaltningen']);
    expect(texts).toContain('Den kostade 500\u00a0000 kronor.');
  });

  test('the stored case reads back deep-equal to the case written', async () => {
    expect(await readStoredCase(bytes)).toEqual(JSON.parse(JSON.stringify(c)));
    expect(text.storedCase).toEqual(c);
  });

  test('the case part is a proper custom XML part; core properties carry title and sv-SE', () => {
    const zip = unzipText(bytes);
    const item = zip['customXml/item1.xml'];
    expect(item).toMatch(new RegExp(`^<\\?xml [^>]*\\?>\\s*<arende xmlns="${CASE_XML_NAMESPACE}"`));
    const props = zip['customXml/itemProps1.xml'];
    expect(props).toContain(`ds:schemaRef ds:uri="${CASE_XML_NAMESPACE}"`);
    const itemRels = zip['customXml/_rels/item1.xml.rels'];
    expect(itemRels).toContain('relationships/customXmlProps" Target="itemProps1.xml"');
    const docRels = zip['word/_rels/document.xml.rels'];
    expect(docRels).toContain('relationships/customXml" Target="../customXml/item1.xml"');
    const ct = zip['[Content_Types].xml'];
    expect(ct).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
    expect(ct.match(/<Default\b[^>]*Extension="xml"/g)).toHaveLength(1);
    const ids = [...docRels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const core = zip['docProps/core.xml'];
    expect(core).toContain(`<dc:title>${doc.title}</dc:title>`);
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
    // Författare: the handläggare of the case; Senast sparad av: the program, not the docx package's "Un-named".
    expect(core).toContain(`<dc:creator>${doc.header.handlaggare}</dc:creator>`);
    expect(core.match(/<cp:lastModifiedBy>([^<]*)<\/cp:lastModifiedBy>/g)).toEqual(['<cp:lastModifiedBy>TU-tillägget</cp:lastModifiedBy>']);
    expect(core).not.toContain('Un-named');
    const styles = zip['word/styles.xml'];
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="sv-SE"/);
    for (const n of [1, 2, 3])
      expect(styles).toContain(`<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/>`);
  });

  test('core properties: a handläggare with & and < is escaped, a missing one gives the förvaltning', async () => {
    const named = unzipText(await writeDocx({ ...doc, header: { ...doc.header, handlaggare: 'Ann & <Bo>' } }, c));
    expect(named['docProps/core.xml']).toContain('<dc:creator>Ann &amp; &lt;Bo&gt;</dc:creator>');
    const none = unzipText(await writeDocx({ ...doc, header: { ...doc.header, handlaggare: ' ' } }, c));
    expect(none['docProps/core.xml']).toContain(`<dc:creator>${doc.header.forvaltning}</dc:creator>`);
    expect(none['docProps/core.xml']).toContain('<cp:lastModifiedBy>TU-tillägget</cp:lastModifiedBy>');
  });

  test('a stored case that does not validate is left out of DocText.storedCase', async () => {
    const bad = { ...c, dokumenttyp: 'okänd' } as unknown as Case;
    const b = await writeDocx(doc, bad);
    expect(await readStoredCase(b)).toMatchObject({ dokumenttyp: 'okänd' });
    const t = await readDocx(b, 'bad.docx');
    expect(t.storedCase).toBeUndefined();
    expect(t.paragraphs.length).toBe(text.paragraphs.length);
  });
});

describe('writeDocx on the drafted seed 002 case', () => {
  test('the standard headings come back in the standard order as heading 2, the title as heading 1', async () => {
    const c = seedCase();
    const doc = draftCase(c);
    const t = await readDocx(await writeDocx(doc, c), 'seed-002.docx');
    const headings = t.paragraphs.filter((p) => p.part === 'body' && p.headingLevel !== null);
    expect(headings[0]).toMatchObject({ text: doc.title, headingLevel: 1 });
    const level2 = headings.filter((p) => p.headingLevel === 2).map((p) => p.text);
    expect(level2).toEqual(SECTION_IDS.map((id) => doc.sections.find((s) => s.id === id)?.heading).filter(Boolean));
    expect(level2).toContain(SECTION_TITLES.forslag);
    expect(headings.map((p) => [p.text, p.headingLevel])).toEqual(expectedHeadings(doc));
    expect(t.storedCase).toEqual(c);
    // Every project of the case is in the Ärendet section.
    const arendet = t.paragraphs
      .filter((p) => p.tag === 'tu:arendet')
      .map((p) => p.text)
      .join('\n');
    for (const p of c.lum) expect(arendet).toContain(p.namn);
  });
});
