/**
 * fast-check: whatever bytes the reader gets, it ends in a DocText or an InputError — never another
 * exception, never a hang, and never the catch-all "intern orsak" message (that would be a bug
 * in the reader that the safety net hid).
 */
import fc from 'fast-check';
import { zipOf } from '../zip';
import type { DocText } from '../../../src/check/types';
import { readDocx, readStoredCase } from '../../../src/io/docx/read';
import { writeDocx } from '../../../src/io/docx/write';
import { InputError } from '../../../src/model/errors';
import { handDoc, seedCase } from './build';

async function outcome(bytes: Uint8Array): Promise<'text' | 'error'> {
  let r: DocText;
  try {
    r = await readDocx(bytes, 'fuzz.docx');
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`not an InputError: ${String(e)}`);
    expect(e.message).toMatch(/^fuzz\.docx: /);
    expect(e.message).not.toMatch(/intern orsak/);
    return 'error';
  }
  expect(Array.isArray(r.paragraphs)).toBe(true);
  r.paragraphs.forEach((p, i) => expect(p.index).toBe(i));
  return 'text';
}

async function storedOutcome(bytes: Uint8Array): Promise<void> {
  try {
    await readStoredCase(bytes, 'fuzz.docx');
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`readStoredCase threw a non-InputError: ${String(e)}`);
  }
}

let valid: Uint8Array;
beforeAll(async () => {
  valid = await writeDocx(handDoc(), seedCase());
});

test('arbitrary bytes → DocText or InputError', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
      await outcome(bytes);
      await storedOutcome(bytes);
    }),
    { numRuns: 300 },
  );
});

test('bytes that start like a zip, an OLE file or XML → DocText or InputError', async () => {
  const prefix = fc.constantFrom(
    [0x50, 0x4b, 0x03, 0x04],
    [0x50, 0x4b, 0x05, 0x06],
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    [0x3c, 0x3f, 0x78, 0x6d, 0x6c],
  );
  await fc.assert(
    fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 1024 }), async (p, rest) => {
      const bytes = new Uint8Array([...p, ...rest]);
      await outcome(bytes);
    }),
    { numRuns: 200 },
  );
});

test('a real .docx with random bytes overwritten or cut off → DocText or InputError', async () => {
  const edit = fc.record({
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  });
  let texts = 0;
  await fc.assert(
    fc.asyncProperty(edit, async ({ flips, cut }) => {
      let bytes = valid.slice();
      for (const [pos, val] of flips) bytes[pos % bytes.length] = val;
      if (cut !== undefined) bytes = bytes.subarray(0, cut % bytes.length);
      if ((await outcome(bytes)) === 'text') texts++;
      await storedOutcome(bytes);
    }),
    { numRuns: 150 },
  );
  // Flipping bytes in images or unused parts leaves a readable document; the property saw both outcomes.
  expect(texts).toBeGreaterThan(0);
}, 120_000);

test('a zip with arbitrary XML-ish parts (document, styles, numbering, rels, case part) → DocText or InputError', async () => {
  const token = fc.constantFrom(
    '<w:p>',
    '</w:p>',
    '<w:r>',
    '</w:r>',
    '<w:t>',
    '</w:t>',
    '<w:t xml:space="preserve">',
    'text',
    '&amp;',
    '&#x1F600;',
    '&bogus;',
    '&#xD800;',
    '<w:tbl><w:tr><w:tc>',
    '</w:tc></w:tr></w:tbl>',
    '<w:sdt><w:sdtPr><w:tag w:val="tu:x"/></w:sdtPr><w:sdtContent>',
    '</w:sdtContent></w:sdt>',
    '<w:fldChar w:fldCharType="begin"/>',
    '<w:fldChar w:fldCharType="separate"/>',
    '<w:fldChar w:fldCharType="end"/>',
    '<w:instrText>PAGE</w:instrText>',
    '<w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="12"/></w:pPr>',
    '<mc:AlternateContent><mc:Choice>',
    '</mc:Choice><mc:Fallback>',
    '</mc:Fallback></mc:AlternateContent>',
    '<w:txbxContent>',
    '</w:txbxContent>',
    '<w:br/>',
    '<w:tab/>',
    '<w:sym w:char="F0E0"/>',
    '<w:sym w:char="zz"/>',
    '<![CDATA[x]]>',
    '<!-- c -->',
    '<?pi x?>',
    '<',
    '>',
    '"',
    '\u0000',
  );
  const xmlish = fc.array(token, { maxLength: 40 }).map((t) => t.join(''));
  const wrap = (inner: string) =>
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="mc"><w:body>${inner}</w:body></w:document>`;
  await fc.assert(
    fc.asyncProperty(xmlish, fc.boolean(), xmlish, xmlish, async (body, wrapped, styles, rels) => {
      const bytes = zipOf({
        'word/document.xml': wrapped ? wrap(body) : body,
        'word/styles.xml': `<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Rubrik 1"/><w:basedOn w:val="Heading1"/></w:style>${styles}</w:styles>`,
        'word/_rels/document.xml.rels': `<Relationships><Relationship Id="r1" Type="x/header" Target="header1.xml"/><Relationship Id="r2" Type="x/footnotes" Target="../../../../etc/passwd"/>${rels}</Relationships>`,
        'word/header1.xml': `<w:hdr xmlns:w="w">${body}</w:hdr>`,
        'customXml/item1.xml': `<arende xmlns="urn:stockholm:tu:arende:1">${styles}</arende>`,
      });
      await outcome(bytes);
      await storedOutcome(bytes);
    }),
    { numRuns: 200 },
  );
}, 120_000);

test('deeply nested content (tables in tables, 2 000 levels) → DocText or InputError, no stack overflow', async () => {
  const depth = 2000;
  const inner = '<w:tbl><w:tr><w:tc>'.repeat(depth) + '<w:p><w:r><w:t>djup</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl>'.repeat(depth);
  await expect(
    readDocx(zipOf({ 'word/document.xml': `<w:document xmlns:w="w"><w:body>${inner}</w:body></w:document>` }), 'djup.docx'),
  ).rejects.toThrow(
    'djup.docx: delen word/document.xml är nästlad i fler än 400 nivåer (till exempel tabeller i tabeller) och kan inte läsas. Förenkla dokumentet i Word och spara det igen.',
  );
  // 60 levels of tables in tables is still read.
  const ok = '<w:tbl><w:tr><w:tc>'.repeat(60) + '<w:p><w:r><w:t>djup</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl>'.repeat(60);
  const t = await readDocx(zipOf({ 'word/document.xml': `<w:document xmlns:w="w"><w:body>${ok}</w:body></w:document>` }), 'djup.docx');
  expect(t.paragraphs.map((p) => [p.text, p.inTable])).toEqual([['djup', true]]);
});
