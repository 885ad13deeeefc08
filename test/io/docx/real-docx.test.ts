/**
 * The reader on 63 real .docx files that no one on this project wrote (../shared/real-docx):
 * each gives a DocText or a clear Swedish InputError — never a crash or a hang.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocParagraph, DocText } from '../../../src/check/types';
import { readDocx } from '../../../src/io/docx/read';
import { InputError } from '../../../src/model/errors';
import { ROOT } from './build';

const CORPUS = path.resolve(ROOT, '../shared/real-docx');
const files = fs.existsSync(CORPUS)
  ? ['mammoth', 'python-docx']
      .flatMap((d) =>
        fs
          .readdirSync(path.join(CORPUS, d))
          .filter((f) => f.endsWith('.docx'))
          .map((f) => `${d}/${f}`),
      )
      .sort()
  : [];
if (files.length === 0) console.warn(`SKIP real-docx corpus: ${CORPUS} is missing`);

const PARTS = new Set(['body', 'header', 'footer', 'footnote', 'endnote', 'comment', 'textbox']);

async function read(rel: string): Promise<DocText> {
  return readDocx(new Uint8Array(fs.readFileSync(path.join(CORPUS, rel))), path.basename(rel));
}

function find(t: DocText, text: string): DocParagraph {
  const p = t.paragraphs.find((q) => q.text.trim() === text);
  if (!p) throw new Error(`"${text}" not found among ${JSON.stringify(t.paragraphs.map((q) => q.text))}`);
  return p;
}

describe('every file in ../shared/real-docx gives a DocText or an InputError', () => {
  test('the corpus is all there', () => {
    expect(files.length).toBe(63);
  });

  test.each(files)('%s', async (rel) => {
    let result: DocText | InputError;
    try {
      result = await read(rel);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      result = e;
    }
    if (result instanceof InputError) {
      expect(result.message.startsWith(`${path.basename(rel)}: `)).toBe(true);
      expect(result.message).not.toMatch(/intern orsak/);
      return;
    }
    expect(result.source).toBe(path.basename(rel));
    result.paragraphs.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(typeof p.text).toBe('string');
      expect(PARTS.has(p.part)).toBe(true);
      expect(p.headingLevel === null || (Number.isInteger(p.headingLevel) && p.headingLevel >= 1 && p.headingLevel <= 9)).toBe(true);
    });
    // Body paragraphs come first.
    const firstOther = result.paragraphs.findIndex((p) => p.part !== 'body');
    if (firstOther >= 0) expect(result.paragraphs.slice(firstOther).every((p) => p.part !== 'body')).toBe(true);
  });
});

const describeCorpus = files.length ? describe : describe.skip;

describeCorpus('all of them are real Word documents', () => {
  test('none is refused: each gives a DocText', async () => {
    const refused: string[] = [];
    for (const rel of files) {
      try {
        await read(rel);
      } catch (e) {
        refused.push(`${rel}: ${(e as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
  });
});

describeCorpus('what the reader finds in the unusual ones', () => {
  test('strict OOXML (other namespaces) reads like transitional', async () => {
    const t = await read('mammoth/strict-format.docx');
    expect(t.paragraphs.filter((p) => p.part === 'body').map((p) => p.text)).toEqual(['Test']);
  });

  test('a UTF-8 byte order mark before the XML', async () => {
    const t = await read('mammoth/utf8-bom.docx');
    expect(find(t, 'This XML has a byte order mark.').part).toBe('body');
  });

  test('comments, footnotes and endnotes are their own parts', async () => {
    const comments = await read('mammoth/comments.docx');
    expect(find(comments, 'Ouch.').part).toBe('body');
    expect(find(comments, 'A tachyon walks into a bar.').part).toBe('comment');
    expect(find(comments, 'Fin.').part).toBe('comment');
    const foot = await read('mammoth/footnotes.docx');
    expect(find(foot, 'A tachyon walks into a bar.').part).toBe('footnote');
    const end = await read('mammoth/endnotes.docx');
    expect(find(end, 'A tachyon walks into a bar.').part).toBe('endnote');
  });

  test('text boxes are read once (not twice from mc:Fallback)', async () => {
    const t = await read('mammoth/text-box.docx');
    expect(t.paragraphs.filter((p) => p.text.trim() === 'Datum plane').map((p) => p.part)).toEqual(['textbox']);
  });

  test('tables: cell paragraphs are inTable, the others are not', async () => {
    const t = await read('mammoth/tables.docx');
    expect(find(t, 'Above').inTable).toBe(false);
    expect(find(t, 'Top left').inTable).toBe(true);
    expect(find(t, 'Top right').inTable).toBe(true);
  });

  test('list membership through w:numPr', async () => {
    const t = await read('mammoth/simple-list.docx');
    expect(t.paragraphs.map((p) => [p.text, p.isListItem])).toEqual([
      ['Apple', true],
      ['Banana', true],
    ]);
  });

  test('heading level from the style (Heading1 → 1); other styles are body text', async () => {
    const t = await read('python-docx/par-known-styles.docx');
    const headings = t.paragraphs.filter((p) => p.headingLevel !== null);
    expect(headings).toHaveLength(1);
    expect(headings[0].headingLevel).toBe(1);
    expect(headings[0].styleName?.toLowerCase()).toBe('heading 1');
  });

  test('no styles part, no settings part, no core properties, empty document', async () => {
    for (const f of [
      'python-docx/sty-having-no-styles-part.docx',
      'python-docx/set-no-settings-part.docx',
      'python-docx/doc-no-coreprops.docx',
      'mammoth/empty.docx',
    ]) {
      const t = await read(f);
      expect(Array.isArray(t.paragraphs)).toBe(true);
    }
    const empty = await read('mammoth/empty.docx');
    expect(empty.paragraphs.every((p) => p.text === '')).toBe(true);
  });

  test('headers and footers', async () => {
    const t = await read('python-docx/hdr-header-footer.docx');
    expect(t.paragraphs.some((p) => p.part === 'header')).toBe(true);
    const odd = await read('python-docx/doc-odd-even-hdrs.docx');
    expect(odd.paragraphs.filter((p) => p.part === 'header').length).toBeGreaterThan(1);
  });
});
