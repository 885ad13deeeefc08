import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { convertWithSoffice, sofficeAvailable } from '../../helpers/soffice';

const available = sofficeAvailable();
if (!available) console.warn('SKIP soffice-helper: LibreOffice (soffice) is not installed on this machine');
const maybe = available ? test : test.skip;

maybe('convertWithSoffice turns HTML into .docx with a fresh profile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-helper-'));
  const html = path.join(dir, 'a.html');
  fs.writeFileSync(html, '<html><body><h1>Hej</h1><p>text</p></body></html>');
  const out = convertWithSoffice(html, 'docx:MS Word 2007 XML', { infilter: 'HTML (StarWriter)' });
  expect(out.endsWith('a.docx')).toBe(true);
  const bytes = fs.readFileSync(out);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('convertWithSoffice throws a clear error for a missing input', () => {
  expect(() => convertWithSoffice('/nonexistent/x.html', 'odt')).toThrow(available ? /input file not found/ : /not installed/);
});
