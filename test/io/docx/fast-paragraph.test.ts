/**
 * paragraph.ts reads the common <w:p> in one step; everything else is parsed and walked node by
 * node. Both ways must give the same paragraphs: checked here on every part of the real .docx
 * files (python-docx's and mammoth's test documents, written by Word, LibreOffice and others),
 * the public corpus, and a table of hand-written paragraphs at the edges of what the fast path takes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import type { DocParagraph } from '../../../src/check/types';
import { FastParagraph, readParagraph } from '../../../src/io/docx/paragraph';
import { parseStyles, StyleResolver } from '../../../src/io/docx/styles';
import { Walker } from '../../../src/io/docx/walker';
import { parseXml, type XNode } from '../../../src/io/docx/xml';

const ROOT = path.resolve(__dirname, '../../..');
const DIRS = [
  path.resolve(ROOT, '../shared/real-docx/python-docx'),
  path.resolve(ROOT, '../shared/real-docx/mammoth'),
  path.join(ROOT, 'test/corpus/public/docx'),
  path.join(ROOT, 'test/fixtures/seeds-docx'),
];
const PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

interface Walked {
  paragraphs: DocParagraph[];
  deleted: string[];
  fast: number;
}

function countFast(nodes: readonly XNode[]): number {
  let n = 0;
  for (const c of nodes) n += c instanceof FastParagraph ? 1 : countFast(c.kids);
  return n;
}

function walk(xml: string, styles: StyleResolver, fast: boolean): Walked {
  const tree = parseXml(xml, 400, fast ? readParagraph : undefined);
  const walker = new Walker(styles);
  walker.blocks(tree[0].kids, { part: 'body', inTable: false }, walker.body);
  for (const tb of walker.textboxes) walker.blocks(tb.nodes, tb.ctx, walker.body);
  return { paragraphs: walker.body, deleted: [...walker.deleted.values()], fast: countFast(tree) };
}

function docxFiles(): string[] {
  const out: string[] = [];
  for (const d of DIRS) if (fs.existsSync(d)) for (const n of fs.readdirSync(d)) if (n.endsWith('.docx')) out.push(path.join(d, n));
  return out;
}

describe('paragraphs read in one step', () => {
  it('give the same paragraphs as node by node, in every part of the real and corpus .docx files', () => {
    let fast = 0;
    let total = 0;
    let files = 0;
    for (const file of docxFiles()) {
      let zip: Record<string, Uint8Array>;
      try {
        zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
      } catch {
        continue; // not a zip (some test files are broken on purpose)
      }
      let styles = new StyleResolver({ byId: new Map() });
      try {
        if (zip['word/styles.xml']) styles = new StyleResolver(parseStyles(parseXml(strFromU8(zip['word/styles.xml']), 400)));
      } catch {
        // unreadable styles: the style ids stand alone, the same for both ways
      }
      for (const name of Object.keys(zip).filter((n) => PARTS.test(n))) {
        const xml = strFromU8(zip[name]);
        let slow: Walked;
        try {
          slow = walk(xml, styles, false);
        } catch (e) {
          // A part that is not well-formed is refused the same way with the fast path.
          expect(() => walk(xml, styles, true)).toThrow((e as Error).message);
          continue;
        }
        const quick = walk(xml, styles, true);
        expect({ file, name, ...quick, fast: 0 }).toEqual({ file, name, ...slow, fast: 0 });
        fast += quick.fast;
        total += slow.paragraphs.length;
      }
      files++;
    }
    expect(files).toBeGreaterThan(30);
    // The fast path is really taken, and not for everything.
    expect(fast).toBeGreaterThan(total / 2);
    expect(fast).toBeLessThan(total);
  });

  it('give the same paragraphs, or the same error, on 2 000 damaged variants of the real parts', () => {
    const parts: string[] = [];
    for (const file of docxFiles()) {
      try {
        const zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
        for (const name of Object.keys(zip)) if (PARTS.test(name)) parts.push(strFromU8(zip[name]));
      } catch {
        // not a zip
      }
    }
    const bits = [
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      ' ',
      '\r',
      '<!--x-->',
      '<?p?>',
      '<![CDATA[q]]>',
      '</w:r>',
      '<w:r>',
      '</w:p>',
      '<w:p>',
      '<w:t>',
      '</w:t>',
      '<w:tab/>',
      '<w:p/>',
      'w:',
      '\u00a0',
    ];
    let seed = 3;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const outcome = (xml: string, fast: boolean) => {
      try {
        return walk(xml, STYLES, fast);
      } catch (e) {
        return (e as Error).message;
      }
    };
    let readable = 0;
    for (let i = 0; i < 2000; i++) {
      let xml = parts[rnd(parts.length)];
      const at = rnd(xml.length + 1);
      const op = rnd(3);
      if (op === 0) xml = xml.slice(0, at) + bits[rnd(bits.length)] + xml.slice(at);
      else if (op === 1) xml = xml.slice(0, at) + xml.slice(at + 1 + rnd(4));
      else {
        const lt = xml.indexOf('<', at);
        const p = lt < 0 ? at : lt;
        xml = xml.slice(0, p) + bits[rnd(bits.length)] + xml.slice(p);
      }
      const slow = outcome(xml, false);
      const quick = outcome(xml, true);
      if (typeof slow === 'string') expect(quick).toBe(slow);
      else {
        readable++;
        expect({ ...(quick as Walked), fast: 0 }).toEqual({ ...slow, fast: 0 });
      }
    }
    expect(readable).toBeGreaterThan(300);
    expect(readable).toBeLessThan(1900);
  });

  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const STYLES = new StyleResolver(
    parseStyles(
      parseXml(
        `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/></w:style>` +
          `<w:style w:type="paragraph" w:styleId="Lista"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
          `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
        400,
      ),
    ),
  );
  const CASES: [string, string, boolean][] = [
    ['plain', '<w:p><w:r><w:t>Hej</w:t></w:r></w:p>', true],
    ['empty', '<w:p/>', true],
    ['empty with attributes', '<w:p w:rsidR="00A1"  w:rsidRDefault = \'00B2\' />', true],
    ['entities', '<w:p><w:r><w:t xml:space="preserve"> A &amp; B &lt;3 &#x41;&#66; &bogus; </w:t></w:r></w:p>', true],
    [
      'tabs, breaks, hyphens',
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br w:type="page"/><w:cr/><w:noBreakHyphen/><w:softHyphen/><w:t/></w:r></w:p>',
      true,
    ],
    ['run properties with names like run content', '<w:p><w:r><w:rPr><w:b/><w:i w:val="0"/></w:rPr><w:t>x</w:t></w:r></w:p>', true],
    ['style and heading', '<w:p><w:pPr><w:pStyle w:val="Rubrik2"/></w:pPr><w:r><w:t>Bakgrund</w:t></w:r></w:p>', true],
    ['list by style', '<w:p><w:pPr><w:pStyle w:val="Lista"/><w:jc w:val="left"/></w:pPr><w:r><w:t>punkt</w:t></w:r></w:p>', true],
    [
      'list switched off',
      '<w:p><w:pPr><w:pStyle w:val="Lista"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>ej</w:t></w:r></w:p>',
      true,
    ],
    ['numbering without numId', '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:r><w:t>n</w:t></w:r></w:p>', true],
    ['empty numPr', '<w:p><w:pPr><w:numPr/></w:pPr></w:p>', true],
    ['outline level', '<w:p><w:pPr><w:outlineLvl w:val="1"/><w:outlineLvl w:val="5"/></w:pPr><w:r><w:t>o</w:t></w:r></w:p>', true],
    ['outline level out of range', '<w:p><w:pPr><w:pStyle w:val="Rubrik2"/><w:outlineLvl w:val="9"/></w:pPr></w:p>', true],
    ['two styles, first wins', '<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pStyle w:val="Rubrik2"/></w:pPr></w:p>', true],
    ['style without val', '<w:p><w:pPr><w:pStyle w:other="Rubrik2"/></w:pPr></w:p>', true],
    ['val with prefix and xmlns', `<w:p><w:pPr><w:pStyle xmlns:val="x" val="Rubrik2" w:val="Lista"/></w:pPr></w:p>`, true],
    ['escaped style id', '<w:p><w:pPr><w:pStyle w:val="Rubrik&#50;"/></w:pPr></w:p>', true],
    [
      'tabs in properties',
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>t</w:t></w:r></w:p>',
      true,
    ],
    [
      'bookmarks and proofing marks',
      '<w:p><w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t>b</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkEnd w:id="0"/></w:p>',
      true,
    ],
    ['value with >', '<w:p w:x="a>b"><w:r><w:t w:y=\'c>d\'>e</w:t></w:r></w:p>', true],
    [
      'field',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      false,
    ],
    ['deleted run', '<w:p><w:del w:id="1"><w:r><w:delText>borta</w:delText></w:r></w:del><w:r><w:t>kvar</w:t></w:r></w:p>', false],
    ['hyperlink', '<w:p><w:hyperlink r:id="rId4"><w:r><w:t>länk</w:t></w:r></w:hyperlink></w:p>', false],
    ['properties after the runs', '<w:p><w:r><w:t>a</w:t></w:r><w:pPr><w:pStyle w:val="Rubrik2"/></w:pPr></w:p>', false],
    ['other prefix', '<w:p><x:r><w:t>a</w:t></x:r></w:p>', false],
    ['comment inside', '<w:p><w:r><w:t>a<!-- c -->b</w:t></w:r></w:p>', false],
    ['end tag with space', '<w:p><w:r><w:t>a</w:t ></w:r></w:p>', false],
    ['attribute without space', '<w:p><w:r><w:t a="1"b="2">x</w:t></w:r></w:p>', false],
    ['symbol', '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0E8"/></w:r></w:p>', false],
  ];

  it.each(CASES)('%s: same paragraph both ways', (_what, p, takesFast) => {
    const xml = `<w:body ${W}><w:p><w:r><w:t>före</w:t></w:r></w:p>${p}<w:p><w:r><w:t>efter</w:t></w:r></w:p></w:body>`;
    const quick = walk(xml, STYLES, true);
    expect(quick).toEqual({ ...walk(xml, STYLES, false), fast: quick.fast });
    expect(quick.fast).toBe(takesFast ? 3 : 2);
    // And when a field's code hides text, the fast paragraph hides it too.
    const hidden = `<w:body ${W}><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p>${p}<w:p><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p></w:body>`;
    expect(walk(hidden, STYLES, true)).toEqual({ ...walk(hidden, STYLES, false), fast: walk(hidden, STYLES, true).fast });
  });

  it('lazily parsed children are the children the parser gives', () => {
    const p = '<w:p w:a="1"><w:pPr><w:pStyle w:val="Rubrik2"/></w:pPr><w:r><w:t xml:space="preserve">a &amp; b</w:t><w:tab/></w:r></w:p>';
    const [quick] = parseXml(`<w:body>${p}</w:body>`, 400, readParagraph)[0].kids;
    const [slow] = parseXml(`<w:body>${p}</w:body>`, 400)[0].kids;
    expect(quick).toBeInstanceOf(FastParagraph);
    const shape = (n: XNode): unknown => ({ name: n.name, text: n.text, a: n.attr('a'), val: n.attr('val'), kids: n.kids.map(shape) });
    expect(shape(quick)).toEqual(shape(slow));
  });
});
