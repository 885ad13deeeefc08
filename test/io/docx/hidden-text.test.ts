/**
 * What a .docx holds but Word does not show: text deleted with tracked changes (still in the file,
 * so the personnummer rule reads it), a DOCTYPE far into a part (refused wherever it is), and a
 * stored case that has been tampered with (reported, not silently dropped).
 */
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../src/io/docx/read';
import { checkDocument } from '../../../src/check/index';
import { CASE_XML_NAMESPACE } from '../../../src/model/stored-case';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function docx(body: string, extra: Record<string, string> = {}, prolog = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

const deletedPnr =
  '<w:p><w:r><w:t xml:space="preserve">Kontaktperson </w:t></w:r><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>811218-9876</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> har deltagit.</w:t></w:r></w:p>';

test('deleted tracked text is not part of the paragraph text but is kept as deleted text of its paragraph', async () => {
  const doc = await readDocx(docx(`<w:p><w:r><w:t>Rubrik</w:t></w:r></w:p>${deletedPnr}`), 'spår.docx');
  expect(doc.paragraphs.map((p) => p.text)).toEqual(['Rubrik', 'Kontaktperson  har deltagit.']);
  expect(doc.deletedText).toEqual([{ paragraph: 1, text: '811218-9876' }]);
});

test('the personnummer rule flags a personnummer in deleted tracked text, masked', async () => {
  const doc = await readDocx(docx(deletedPnr), 'spår.docx');
  const found = checkDocument(doc).filter((f) => f.rule === 'personnummer');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: 'error', messageId: 'foundDeleted', paragraph: 0 });
  expect(found[0].message).toContain('Borttagen text med spårade ändringar');
  expect(found[0].message).not.toContain('9876');
});

test('a document without deletions has no deleted text', async () => {
  const doc = await readDocx(docx('<w:p><w:r><w:t>Text</w:t></w:r></w:p>'), 'ren.docx');
  expect(doc.deletedText).toBeUndefined();
});

test('a DOCTYPE after 4 096 characters of the part is refused like one at the start', async () => {
  const filler = `<!--${'x'.repeat(6000)}-->`;
  await expect(readDocx(docx('<w:p/>', {}, `${filler}<!DOCTYPE w:document [<!ENTITY a "b">]>`), 'xxe.docx')).rejects.toThrow(
    'xxe.docx: filen är skadad eller manipulerad: delen word/document.xml innehåller en DOCTYPE-deklaration',
  );
});

test('a stored case that fails its check is reported with the reason, and the text is still read', async () => {
  const tampered = `<?xml version="1.0" encoding="UTF-8"?><arende xmlns="${CASE_XML_NAMESPACE}" version="1" seq="1">{"dokumenttyp": </arende>`;
  const doc = await readDocx(docx('<w:p><w:r><w:t>Text</w:t></w:r></w:p>', { 'customXml/item1.xml': tampered }), 'ändrad.docx');
  expect(doc.paragraphs[0].text).toBe('Text');
  expect(doc.storedCase).toBeUndefined();
  expect(doc.storedCaseProblem).toMatch(/^Ärendet som är sparat i dokumentet går inte att läsa: innehållet är inte giltig JSON/);
});

test('a stored case with an empty field names the field as people do, never by its internal path', async () => {
  const fs = await import('fs');
  const path = await import('path');
  const { unzipSync } = await import('fflate');
  const { parseCaseJson } = await import('../../../src/model/validate');
  const { draftCase } = await import('../../../src/draft');
  const { writeDocx } = await import('../../../src/io/docx/write');
  const kase = parseCaseJson(fs.readFileSync(path.join(__dirname, '../../../examples/seed-002.json'), 'utf8'), 'seed-002.json');
  const files = unzipSync(await writeDocx(draftCase(kase), kase));
  const name = Object.keys(files).find(
    (k) => /^customXml\/item\d+\.xml$/.test(k) && new TextDecoder().decode(files[k]).includes(CASE_XML_NAMESPACE),
  );
  expect(name).toBeDefined();
  const xml = new TextDecoder().decode(files[name!]);
  const emptied = xml.replace(/("dnr"\s*:\s*)"[^"]*"/, '$1""');
  expect(emptied).not.toBe(xml);
  files[name!] = strToU8(emptied);
  const doc = await readDocx(zipSync(files), 'utkast.docx');
  expect(doc.storedCase).toBeUndefined();
  expect(doc.storedCaseProblem).toMatch(/^Ärendet som är sparat i dokumentet är inte giltigt \(Diarienummer \(dnr\): får inte vara tomt\)/);
  expect(doc.storedCaseProblem).not.toContain('metadata.');
});
