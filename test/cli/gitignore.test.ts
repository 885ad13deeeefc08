/**
 * The drafts `tu draft` writes in the checkout (utkast.docx, and utkast-2.docx … when one exists)
 * are ignored by git, so they are never committed by mistake (a draft may hold personal data).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

test.each(['utkast.docx', 'utkast-2.docx', 'utkast-17.docx'])('%s is ignored by git', (name) => {
  // check-ignore prints the path and exits 0 when it is ignored; it throws (exit 1) when it is not.
  const out = execFileSync('git', ['check-ignore', '--no-index', name], { cwd: ROOT, encoding: 'utf8' });
  expect(out.trim()).toBe(name);
});

test('a case file next to them is not ignored', () => {
  expect(() => execFileSync('git', ['check-ignore', '--no-index', 'arende.json'], { cwd: ROOT, stdio: 'pipe' })).toThrow();
});
