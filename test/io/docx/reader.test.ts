/**
 * The reader on small hand-made packages: heading levels from localized style names and outline
 * levels, list membership through styles, field results instead of field codes, content-control
 * tags, deleted revisions, and where the non-body parts go.
 */
import { zipOf } from '../zip';
import { readDocx } from '../../../src/io/docx/read';
import { headingLevelFromStyleName } from '../../../src/io/docx/styles';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Parts {
  body: string;
  styles?: string;
  extra?: Record<string, string>;
  rels?: string;
}

function docx({ body, styles, extra = {}, rels = '' }: Parts): Promise<Uint8Array> {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
  };
  let relXml = rels;
  if (styles !== undefined) {
    files['word/styles.xml'] = `<w:styles xmlns:w="${W}">${styles}</w:styles>`;
    relXml += `<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>`;
  }
  for (const [name, xml] of Object.entries(extra)) files[name] = xml;
  files['word/_rels/document.xml.rels'] =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relXml}</Relationships>`;
  return Promise.resolve(zipOf(files));
}

const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const styled = (id: string, text: string) => p(text, `<w:pStyle w:val="${id}"/>`);
const style = (id: string, name: string, inner = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;

describe('headingLevelFromStyleName', () => {
  test.each([
    ['heading 1', 1],
    ['Heading 2', 2],
    ['Heading3', 3],
    ['Rubrik 1', 1],
    ['rubrik2', 2],
    ['Überschrift 3', 3],
    ['Titre 1', 1],
    ['Titolo 2', 2],
    ['Kop 4', 4],
    ['Otsikko 1', 1],
    ['Overskrift 2', 2],
  ])('%s → %s', (name, level) => expect(headingLevelFromStyleName(name)).toBe(level));
  test.each(['Title', 'Rubrik', 'Normal', 'Heading', 'List Paragraph', 'Rubrik 10', 'Mitt rubrik 1-format'])('%s → null', (name) =>
    expect(headingLevelFromStyleName(name)).toBeNull(),
  );
});

describe('heading levels', () => {
  test('Swedish Word: style ids Rubrik1/Rubrik2 with names "heading 1"/"heading 2"', async () => {
    const t = await readDocx(
      await docx({
        styles: style('Normal', 'Normal') + style('Rubrik1', 'heading 1') + style('Rubrik2', 'heading 2'),
        body: styled('Rubrik1', 'Titel') + styled('Rubrik2', 'Bakgrund') + styled('Normal', 'Text'),
      }),
      'sv.docx',
    );
    expect(t.paragraphs.map((q) => [q.text, q.headingLevel, q.styleName])).toEqual([
      ['Titel', 1, 'heading 1'],
      ['Bakgrund', 2, 'heading 2'],
      ['Text', null, 'Normal'],
    ]);
  });

  test('German and French names with opaque ids; a style that is only based on a heading; outline levels', async () => {
    const t = await readDocx(
      await docx({
        styles:
          style('a1', 'Überschrift 1') +
          style('b7', 'Titre 2') +
          style('Egen', 'Min rubrik', '<w:basedOn w:val="b7"/>') +
          style('Disp', 'Dispositionsrubrik', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>') +
          style('Brod', 'Brödtext', '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'),
        body:
          styled('a1', 'A') +
          styled('b7', 'B') +
          styled('Egen', 'C') +
          styled('Disp', 'D') +
          styled('Brod', 'E') +
          p('F', '<w:outlineLvl w:val="3"/>') +
          styled('Okand', 'G'),
      }),
      'x.docx',
    );
    expect(t.paragraphs.map((q) => [q.text, q.headingLevel])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 3],
      ['E', null],
      ['F', 4],
      ['G', null],
    ]);
  });

  test('no styles part: ids like Heading2 still give the level', async () => {
    const t = await readDocx(await docx({ body: styled('Heading2', 'Bakgrund') + styled('Rubrik3', 'Del') + p('Text') }), 'x.docx');
    expect(t.paragraphs.map((q) => [q.text, q.headingLevel, q.styleName])).toEqual([
      ['Bakgrund', 2, 'Heading2'],
      ['Del', 3, 'Rubrik3'],
      ['Text', null, undefined],
    ]);
  });

  test('a style based on itself (a cycle) does not hang', async () => {
    const t = await readDocx(
      await docx({ styles: style('A', 'A', '<w:basedOn w:val="B"/>') + style('B', 'B', '<w:basedOn w:val="A"/>'), body: styled('A', 'x') }),
      'x.docx',
    );
    expect(t.paragraphs[0].headingLevel).toBeNull();
  });
});

describe('lists', () => {
  test('numPr directly, through the style (also inherited), and numId 0 switching it off', async () => {
    const t = await readDocx(
      await docx({
        styles:
          style('Lista', 'List Number', '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>') +
          style('Lista2', 'Min lista', '<w:basedOn w:val="Lista"/>'),
        body:
          p('direkt', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
          styled('Lista', 'via stil') +
          styled('Lista2', 'ärvd') +
          p('avstängd', '<w:pStyle w:val="Lista"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
          p('vanlig'),
      }),
      'x.docx',
    );
    expect(t.paragraphs.map((q) => [q.text, q.isListItem])).toEqual([
      ['direkt', true],
      ['via stil', true],
      ['ärvd', true],
      ['avstängd', false],
      ['vanlig', false],
    ]);
  });
});

describe('text as Word shows it', () => {
  test('complex fields: the result, not the code; a broken STYLEREF shows its error text', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Sida </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>STYLEREF "Rubrik 1" \\* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:rPr><w:b/></w:rPr><w:t>Error! Use the Home tab to apply Rubrik 1 to the text that you want to appear here.</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      // A field whose code contains another field: only the outer result shows.
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "ett" "flera"</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>flera</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">Av </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>11</w:t></w:r></w:fldSimple></w:p>';
    const t = await readDocx(await docx({ body }), 'f.docx');
    expect(t.paragraphs.map((q) => q.text)).toEqual([
      'Sida 3',
      'Error! Use the Home tab to apply Rubrik 1 to the text that you want to appear here.',
      'flera',
      'Av 11',
    ]);
  });

  test('tabs, breaks, hyperlinks, inserted text count; deleted text and field codes do not', async () => {
    const body =
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r>' +
      `<w:hyperlink r:id="rX"><w:r><w:t xml:space="preserve"> länk</w:t></w:r></w:hyperlink>` +
      '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve"> ny</w:t></w:r></w:ins>' +
      '<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve"> gammal</w:delText></w:r></w:del>' +
      '<w:r><w:t xml:space="preserve"> &lt;&amp;&gt; &#246;&#x1F600;</w:t></w:r></w:p>';
    const t = await readDocx(await docx({ body }), 't.docx');
    expect(t.paragraphs.map((q) => q.text)).toEqual(['a b c d länk ny <&> ö😀']);
  });

  test('content controls give their tag, nested ones the innermost; tables give inTable', async () => {
    const body =
      '<w:sdt><w:sdtPr><w:tag w:val="tu:forslag"/></w:sdtPr><w:sdtContent>' +
      p('i kontrollen') +
      '<w:tbl><w:tr><w:tc>' +
      p('cell') +
      '</w:tc></w:tr></w:tbl>' +
      '<w:sdt><w:sdtPr><w:tag w:val="inre"/></w:sdtPr><w:sdtContent>' +
      p('inre') +
      '</w:sdtContent></w:sdt>' +
      '</w:sdtContent></w:sdt>' +
      p('utanför');
    const t = await readDocx(await docx({ body }), 'c.docx');
    expect(t.paragraphs.map((q) => [q.text, q.tag, q.inTable])).toEqual([
      ['i kontrollen', 'tu:forslag', false],
      ['cell', 'tu:forslag', true],
      ['inre', 'inre', false],
      ['utanför', undefined, false],
    ]);
  });

  test('parts: body first, then header, footer, footnotes (not separators), endnotes, comments, text boxes', async () => {
    const hdr = (root: string, inner: string) => `<w:${root} xmlns:w="${W}">${inner}</w:${root}>`;
    const body =
      p('brödtext') +
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="wps"><w:txbxContent>' +
      p('i rutan') +
      '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="v"><w:txbxContent>' +
      p('i rutan') +
      '</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>efter rutan</w:t></w:r></w:p>';
    const t = await readDocx(
      await docx({
        body,
        rels:
          `<Relationship Id="h" Type="${R}/header" Target="header1.xml"/><Relationship Id="f" Type="${R}/footer" Target="/word/footer1.xml"/>` +
          `<Relationship Id="n" Type="${R}/footnotes" Target="footnotes.xml"/><Relationship Id="e" Type="${R}/endnotes" Target="endnotes.xml"/>` +
          `<Relationship Id="c" Type="${R}/comments" Target="comments.xml"/><Relationship Id="x" Type="${R}/hyperlink" Target="https://example.com" TargetMode="External"/>`,
        extra: {
          'word/header1.xml': hdr('hdr', p('sidhuvud')),
          'word/footer1.xml': hdr('ftr', p('sidfot')),
          'word/footnotes.xml': hdr(
            'footnotes',
            `<w:footnote w:type="separator" w:id="-1">${p('---')}</w:footnote><w:footnote w:id="1">${p('fotnot')}</w:footnote>`,
          ),
          'word/endnotes.xml': hdr(
            'endnotes',
            `<w:endnote w:type="continuationSeparator" w:id="0">${p('---')}</w:endnote><w:endnote w:id="1">${p('slutnot')}</w:endnote>`,
          ),
          'word/comments.xml': hdr('comments', `<w:comment w:id="0" w:author="A">${p('kommentar')}</w:comment>`),
        },
      }),
      'p.docx',
    );
    expect(t.paragraphs.map((q) => [q.index, q.part, q.text])).toEqual([
      [0, 'body', 'brödtext'],
      [1, 'body', 'efter rutan'],
      [2, 'header', 'sidhuvud'],
      [3, 'footer', 'sidfot'],
      [4, 'footnote', 'fotnot'],
      [5, 'endnote', 'slutnot'],
      [6, 'comment', 'kommentar'],
      [7, 'textbox', 'i rutan'],
    ]);
  });
});
