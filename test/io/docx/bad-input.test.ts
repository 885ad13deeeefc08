/**
 * Bad input to the .docx reader: each case with the exact Swedish message the user sees.
 */
import * as fs from 'fs';
import * as path from 'path';
import { zipOf } from '../zip';
import { readDocx, readStoredCase } from '../../../src/io/docx/read';
import { MAX_DOCX_BYTES } from '../../../src/io/docx/package';
import { centralDirectory } from '../../../src/io/zip';
import { InputError } from '../../../src/model/errors';
import { ROOT } from './build';

const SAVE = 'Öppna den i Word och spara den som Word-dokument (*.docx).';
const FIXTURES = path.join(ROOT, 'test/fixtures/docx');

function zip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  return Promise.resolve(zipOf(files));
}

const MIN_DOC =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hej</w:t></w:r></w:p></w:body></w:document>';

/** Rewrites the declared uncompressed size of one entry, in its local header and the central directory. */
function patchDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const dv = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const matches = (at: number) => nameBytes.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50 && dv.getUint16(i + 26, true) === nameBytes.length && matches(i + 30)) dv.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && dv.getUint16(i + 28, true) === nameBytes.length && matches(i + 46)) dv.setUint32(i + 24, size, true);
  }
  return out;
}

interface Case {
  name: string;
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  message: string;
}

const cases: Case[] = [
  {
    name: 'an empty file',
    file: 'tom.docx',
    bytes: () => new Uint8Array(0),
    message: 'tom.docx: filen är tom (0 byte) och är ingen Word-fil (.docx). Välj en annan fil.',
  },
  {
    name: 'a text file named .docx (not a zip)',
    file: 'text.docx',
    bytes: () => new TextEncoder().encode('Det här är ingen Word-fil.\n'),
    message: `text.docx: filen är ingen Word-fil (.docx): en .docx-fil är ett zip-arkiv, och den här filen är det inte. ${SAVE}`,
  },
  {
    name: 'a PDF named .docx',
    file: 'pdf.docx',
    bytes: () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    message: `pdf.docx: filen är ingen Word-fil (.docx): en .docx-fil är ett zip-arkiv, och den här filen är det inte. ${SAVE}`,
  },
  {
    name: 'a zip without word/document.xml',
    file: 'arkiv.docx',
    bytes: () => zip({ 'hej.txt': 'hej', '[Content_Types].xml': '<Types/>' }),
    message: `arkiv.docx: filen är ett zip-arkiv men ingen Word-fil (.docx): delen word/document.xml saknas. ${SAVE}`,
  },
  {
    name: 'a password-protected Word file (encrypted OLE package, made by LibreOffice)',
    file: 'lösenordsskyddad.docx',
    bytes: () => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'lösenordsskyddad.docx'))),
    message:
      'lösenordsskyddad.docx: filen är lösenordsskyddad eller krypterad och kan inte läsas. Öppna den i Word, ta bort lösenordet (Arkiv > Info > Skydda dokument > Kryptera med lösenord) och spara den som Word-dokument (*.docx).',
  },
  {
    name: 'an old binary Word 97–2003 file (.doc)',
    file: 'gammal.doc',
    bytes: () => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'gammal.doc'))),
    message: `gammal.doc: filen är en äldre Word-fil (.doc) eller en krypterad fil, inte en .docx-fil. ${SAVE}`,
  },
  {
    name: 'a zip whose directory is cut off (truncated download)',
    file: 'avklippt.docx',
    bytes: async () => (await zip({ 'word/document.xml': MIN_DOC })).subarray(0, 60),
    message: `avklippt.docx: filen är skadad: den ser ut som ett zip-arkiv men innehållsförteckningen saknas eller är trasig. ${SAVE}`,
  },
  {
    name: 'a zip bomb: document.xml declares 300 MB from a few hundred bytes',
    file: 'bomb1.docx',
    bytes: async () => patchDeclaredSize(await zip({ 'word/document.xml': MIN_DOC }), 'word/document.xml', 300 * 1024 * 1024),
    message: '', // computed below: the ratio depends on the packed size
  },
  {
    name: 'a zip bomb: entries that together declare 1,25 GB',
    file: 'bomb2.docx',
    bytes: async () => {
      let b = await zip({
        'word/document.xml': MIN_DOC,
        'word/media/a.png': 'x',
        'word/media/b.png': 'x',
        'word/media/c.png': 'x',
        'word/media/d.png': 'x',
        'word/media/e.png': 'x',
      });
      for (const n of 'abcde') b = patchDeclaredSize(b, `word/media/${n}.png`, 256 * 1024 * 1024);
      return b;
    },
    message:
      'bomb2.docx: filen packas upp till mer än vad som tillåts (delarna blir tillsammans 1280 MB; gränsen är 1024 MB). Den kan vara en så kallad zip-bomb och läses inte.',
  },
  {
    name: 'a zip bomb that lies: document.xml declares 1 kB and inflates to 5 MB',
    file: 'bomb3.docx',
    bytes: async () =>
      patchDeclaredSize(
        await zip({ 'word/document.xml': MIN_DOC.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(900_000)}`) }),
        'word/document.xml',
        1000,
      ),
    message:
      'bomb3.docx: filen packas upp till mer än vad som tillåts (delen word/document.xml blir större än de 1 kB som zip-arkivet anger). Den kan vara en så kallad zip-bomb och läses inte.',
  },
  {
    name: 'an oversize file (101 MB)',
    file: 'stor.docx',
    bytes: () => new Uint8Array(MAX_DOCX_BYTES + 1024 * 1024),
    message: 'stor.docx: filen är för stor (101 MB; gränsen är 100 MB). Ta bort stora bilder eller dela upp dokumentet och försök igen.',
  },
  {
    name: 'document.xml that is not XML',
    file: 'trasig.docx',
    bytes: () => zip({ 'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>Hej' }),
    message: `trasig.docx: filen är skadad: delen word/document.xml är inte giltig XML (rad 1, tecken 1). ${SAVE}`,
  },
  {
    name: 'document.xml with a DOCTYPE (entity expansion attack)',
    file: 'doctype.docx',
    bytes: () =>
      zip({
        'word/document.xml':
          '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document><w:body/></w:document>',
      }),
    message: `doctype.docx: filen är skadad eller manipulerad: delen word/document.xml innehåller en DOCTYPE-deklaration, vilket en Word-fil aldrig har. ${SAVE}`,
  },
  {
    name: 'document.xml that is XML but no Word document',
    file: 'html.docx',
    bytes: () => zip({ 'word/document.xml': '<html><body><p>Hej</p></body></html>' }),
    message: `html.docx: filen är skadad: delen word/document.xml innehåller inget Word-dokument. ${SAVE}`,
  },
];

describe('readDocx on bad input: an InputError with the exact Swedish message', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await c.bytes();
    let expected = c.message;
    if (c.file === 'bomb1.docx') {
      const compressed = centralDirectory(bytes)!.get('word/document.xml')!.compressed;
      expect(compressed).toBeGreaterThan(0);
      expect(compressed).toBeLessThan(1000);
      expected = `bomb1.docx: filen packas upp till mer än vad som tillåts (delen word/document.xml packas upp ${Math.round((300 * 1024 * 1024) / compressed)} gånger större än den är packad; högst 1000 gånger tillåts). Den kan vara en så kallad zip-bomb och läses inte.`;
    }
    let error: unknown;
    try {
      await readDocx(bytes, c.file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(expected);
    expect((error as InputError).source).toBe(c.file);
  });

  test('readStoredCase says the same for a file that is not a .docx', async () => {
    await expect(readStoredCase(new TextEncoder().encode('hej'), 'x.docx')).rejects.toThrow(
      `x.docx: filen är ingen Word-fil (.docx): en .docx-fil är ett zip-arkiv, och den här filen är det inte. ${SAVE}`,
    );
  });

  test('a minimal but valid package is read (the bad cases fail for their own reason)', async () => {
    const t = await readDocx(await zip({ 'word/document.xml': MIN_DOC }), 'min.docx');
    expect(t.paragraphs.map((p) => p.text)).toEqual(['Hej']);
    expect(await readStoredCase(await zip({ 'word/document.xml': MIN_DOC }))).toBeUndefined();
  });
});
