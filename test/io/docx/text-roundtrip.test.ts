/**
 * Text survives exactly through writeDocx → readDocx.
 *
 * What XML 1.0 cannot hold is handled one way, asserted here exactly:
 *  - C0 controls other than TAB/LF/CR (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), U+FFFE,
 *    U+FFFF and lone surrogates are DROPPED from the document text;
 *  - TAB becomes a Word tab and LF / CR / CR LF a Word line break; the reader gives each back as
 *    one space.
 * The case stored inside the file (JSON in the custom XML part) keeps even those characters.
 */
import fc from 'fast-check';
import type { DraftDocument } from '../../../src/draft/types';
import { readDocx, readStoredCase } from '../../../src/io/docx/read';
import { expectedRoundTrip } from '../../../src/io/docx/text';
import { writeDocx } from '../../../src/io/docx/write';
import type { Case } from '../../../src/model/case';
import { handDoc, seedCase } from './build';

const SAMPLES: { name: string; text: string; expected: string }[] = [
  { name: 'markup characters', text: '<b>Fet</b> & "citat" \'apostrof\' a<b c>d', expected: '<b>Fet</b> & "citat" \'apostrof\' a<b c>d' },
  {
    name: 'things that look like escapes',
    text: '&amp; &lt; &#x41; &#65; ]]> <![CDATA[x]]>',
    expected: '&amp; &lt; &#x41; &#65; ]]> <![CDATA[x]]>',
  },
  { name: 'C0 controls XML cannot hold are dropped', text: 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh', expected: 'abcdefgh' },
  { name: 'tab and line breaks become one space each', text: 'x\ty\nz\r\nw\rv', expected: 'x y z w v' },
  { name: 'emoji, flags and ZWJ sequences', text: 'Klart 👍 👩‍👩‍👧 🇸🇪 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', expected: 'Klart 👍 👩‍👩‍👧 🇸🇪 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢' },
  { name: 'Arabic (right-to-left)', text: 'مرحبا بالعالم، هذا مشروع ٢٠٢٣', expected: 'مرحبا بالعالم، هذا مشروع ٢٠٢٣' },
  { name: 'Hebrew mixed with Swedish', text: 'Projektet שלום עולם pågår 2023–2024.', expected: 'Projektet שלום עולם pågår 2023–2024.' },
  { name: 'bidi controls', text: '\u202Bעברית\u202C och \u2067عربى\u2069', expected: '\u202Bעברית\u202C och \u2067عربى\u2069' },
  {
    name: 'a very long word',
    text: 'Donaudampfschiffahrtsgesellschaftskapitän'.repeat(300) + 'x'.repeat(20_000),
    expected: 'Donaudampfschiffahrtsgesellschaftskapitän'.repeat(300) + 'x'.repeat(20_000),
  },
  { name: 'leading, trailing and doubled spaces', text: '  två  mellanslag  ', expected: '  två  mellanslag  ' },
  {
    name: 'non-breaking space, soft hyphen, zero-width characters',
    text: '500\u00a0000 kro\u00adnor a\u200bb a\u200dc \uFEFFd',
    expected: '500\u00a0000 kro\u00adnor a\u200bb a\u200dc \uFEFFd',
  },
  { name: 'DEL and C1 controls (allowed in XML 1.0) survive', text: 'a\u007Fb\u0085c\u009Fd', expected: 'a\u007Fb\u0085c\u009Fd' },
  { name: 'U+FFFE, U+FFFF and lone surrogates are dropped', text: 'a\uFFFEb\uFFFFc\uD800d\uDC00e', expected: 'abcde' },
  { name: 'Swedish letters and typographic marks', text: 'ÅÄÖ åäö é ü – — ” ’ … § ½ €', expected: 'ÅÄÖ åäö é ü – — ” ’ … § ½ €' },
  { name: 'empty text', text: '', expected: '' },
];

describe('the rule itself', () => {
  test.each(SAMPLES.map((s) => [s.name, s] as const))('expectedRoundTrip: %s', (_n, s) => {
    expect(expectedRoundTrip(s.text)).toBe(s.expected);
  });
});

/** A document with `text` as a paragraph, a list item, a heading, a table cell and in the title. */
function docWith(text: string): DraftDocument {
  const doc = handDoc([
    { type: 'paragraph', text },
    { type: 'list', ordered: true, items: [{ text, body: [text] }] },
    { type: 'heading', level: 3, text },
    { type: 'table', header: ['Kolumn'], rows: [[text]] },
  ]);
  return { ...doc, title: `T ${text}`, sections: doc.sections.map((s) => (s.id === 'titel' ? { ...s, heading: `T ${text}` } : s)) };
}

async function roundTrip(text: string): Promise<{
  body: string[];
  find: (pred: (p: { isListItem: boolean; inTable: boolean; headingLevel: number | null }) => boolean) => string[];
}> {
  const c = seedCase();
  const t = await readDocx(await writeDocx(docWith(text), c), 'text.docx');
  const arendet = t.paragraphs.filter((p) => p.tag === 'tu:arendet');
  // After the last bullet of handDoc come: paragraph, list item, its body, heading, table header, table cell, spacer.
  const after = arendet.slice(arendet.findIndex((p) => p.text === 'tidigt stöd') + 1);
  expect(after.map((p) => (p.text === 'Kolumn' || p.text === '' ? p.text : '·'))).toEqual(
    ['·', '·', '·', '·', 'Kolumn', '·', ''].map((x, i) => (expectedRoundTrip(text) === '' && i !== 4 ? '' : x)),
  );
  const extra = [after[0], after[1], after[2], after[3], after[5]];
  return {
    body: [...t.paragraphs.filter((p) => p.tag === 'tu:titel').map((p) => p.text), ...extra.map((p) => p.text)],
    find: (pred) => extra.filter(pred).map((p) => p.text),
  };
}

describe('writeDocx → readDocx keeps text exactly (rules above)', () => {
  test.each(SAMPLES.map((s) => [s.name, s] as const))('%s', async (_n, s) => {
    const r = await roundTrip(s.text);
    expect(r.body).toEqual([`T ${s.expected}`, s.expected, s.expected, s.expected, s.expected, s.expected]);
    expect(r.find((p) => p.isListItem)).toEqual([s.expected]);
    expect(r.find((p) => p.headingLevel === 3)).toEqual([s.expected]);
    expect(r.find((p) => p.inTable)).toEqual([s.expected]);
  });

  test('property: any UTF-16 string (controls, surrogates, astral) comes back as expectedRoundTrip says', async () => {
    const anyText = fc
      .array(
        fc.oneof(
          fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
          fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
          fc.constantFrom('<', '>', '&', '"', "'", ' ', '  ', '\t', '\n', '\r\n', '😀', 'ש', 'ع', ']]>', '&amp;'),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const r = await roundTrip(text);
        const want = expectedRoundTrip(text);
        expect(r.body).toEqual([`T ${want}`, want, want, want, want, want]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('the stored case keeps every character, even those the document text cannot', () => {
  test('texts with controls, markup, emoji, RTL and long words deep-equal after the round trip', async () => {
    const c = seedCase();
    const nasty = SAMPLES.map((s) => s.text).join(' | ');
    const withText: Case = {
      ...c,
      titel: nasty,
      lum: c.lum.map((p, i) => (i === 0 ? { ...p, namn: `${p.namn} <&> \u0001 😀 שלום`, resultat: nasty } : p)),
    };
    const bytes = await writeDocx(docWith('x'), withText);
    expect(await readStoredCase(bytes)).toEqual(JSON.parse(JSON.stringify(withText)));
    const t = await readDocx(bytes, 'x.docx');
    expect(t.storedCase?.lum[0].resultat).toBe(nasty);
  });
});
