/**
 * The whole chain on each example: case → draft → .docx → read back → check. Our own drafts must
 * carry no error and no warning; the info findings (readability) are listed for the reader.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { checkDocument } from '../../src/check/index';
import { draftCase } from '../../src/draft';
import { readDocx } from '../../src/io/docx/read';
import { writeDocx } from '../../src/io/docx/write';
import { parseCaseJson } from '../../src/model/validate';

test.each(['seed-000.json', 'seed-001.json', 'seed-002.json'])(
  '%s: drafted, written, read back and checked: no errors, no warnings',
  async (name) => {
    const c = parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);
    const bytes = await writeDocx(draftCase(c), c);
    const doc = await readDocx(bytes, name.replace('.json', '.docx'));
    expect(doc.storedCase).toEqual(c);
    const findings = checkDocument(doc, c);
    const serious = findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`);
    // seed-001's real document dates its beredning after the document date (26 Jan vs 10–11 Feb 2021),
    // and names a project "Pilot intern-SIP" and a bilaga "SIVIN …" without explaining the
    // abbreviations. The example keeps the seed's data, so exactly these four warnings are expected.
    const expected =
      name === 'seed-001.json'
        ? [
            expect.stringMatching(/^date-order: .*10 februari 2021/),
            expect.stringMatching(/^date-order: .*11 februari 2021/),
            expect.stringMatching(/^abbreviation-undefined: Förkortningen SIP /),
            expect.stringMatching(/^abbreviation-undefined: Förkortningen SIVIN /),
          ]
        : [];
    expect(serious).toEqual(expected);
    expect(findings.filter((f) => f.severity === 'info').every((f) => ['readability', 'sdf-name'].includes(f.rule))).toBe(true);
  },
);
