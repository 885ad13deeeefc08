/**
 * The whole chain on each example: case → draft → .docx → read back → check. Our own drafts must
 * carry no error and no warning except one placeholder-left error for each place the draft marks
 * for the handläggare; the case-coverage rule compares the document with its case and is silent.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { checkDocument } from '../../src/check/index';
import { draftCase, type DraftDocument } from '../../src/draft';
import { readDocx } from '../../src/io/docx/read';
import { writeDocx } from '../../src/io/docx/write';
import type { Case } from '../../src/model/case';
import { parseCaseJson } from '../../src/model/validate';

/** Typed asymmetric matchers (jest's return any). */
const matching = (re: RegExp | string): unknown => expect.stringMatching(re);

/** The placeholders a draft has, as the markers the checker will find. */
function placeholdersOf(doc: DraftDocument): string[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.type === 'paragraph' ? (b.placeholders ?? []).map((r) => b.text.slice(r.start, r.end)) : [])),
  );
}

test.each(['seed-000.json', 'seed-001.json', 'seed-002.json', 'pagaende-studie.json', 'utan-inbyggda-kriterier.json'])(
  '%s: drafted, written, read back and checked: only the placeholders are errors, no warnings',
  async (name) => {
    const c = parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);
    const draft = draftCase(c);
    const bytes = await writeDocx(draft, c);
    const doc = await readDocx(bytes, name.replace('.json', '.docx'));
    expect(doc.storedCase).toEqual(c);
    const findings = checkDocument(doc, c);
    const serious = findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`);
    // seed-001's real document dates its beredning after the document date (26 Jan vs 10–11 Feb 2021),
    // and names a project "Pilot intern-SIP" and a bilaga "SIVIN …" without explaining the
    // abbreviations. The example keeps the seed's data, so exactly these four warnings are expected.
    const seedWarnings =
      name === 'seed-001.json'
        ? [
            matching(/^date-order: .*10 februari 2021/),
            matching(/^date-order: .*11 februari 2021/),
            matching(/^abbreviation-undefined: Förkortningen SIP /),
            matching(/^abbreviation-undefined: Förkortningen SIVIN /),
          ]
        : [];
    const placeholders = placeholdersOf(draft).map((m) => matching(new RegExp(`^placeholder-left: Platshållaren ”\\${m.slice(0, 20)}`)));
    expect(serious.filter((x) => !x.startsWith('placeholder-left'))).toEqual(seedWarnings);
    expect(serious.filter((x) => x.startsWith('placeholder-left'))).toEqual(placeholders);
    expect(findings.filter((f) => f.rule === 'case-coverage')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'info').every((f) => ['readability', 'sdf-name'].includes(f.rule))).toBe(true);
  },
);

test("the examples mark what the handläggare must write: seed 002 lacks the förvaltning's view, the ongoing study its end, the year without criteria its inriktning", () => {
  const marks = (name: string) => {
    const c = parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);
    return placeholdersOf(draftCase(c));
  };
  expect(marks('seed-002.json')).toEqual([matching(/^\[Skriv förvaltningens synpunkter här/)]);
  expect(marks('pagaende-studie.json')).toEqual(['[Skriv när studien ska vara klar]']);
  expect(marks('utan-inbyggda-kriterier.json')).toEqual([matching(/^\[Skriv årets teman och kriterier för 2026/)]);
  expect(marks('seed-000.json')).toEqual([]);
});

/** Variants of each example that a handläggare makes: one amount filled in, one trip, one project reported. */
function variants(c: Case): [string, Case][] {
  const out: [string, Case][] = [['as it is', c]];
  if (c.lum.length)
    out.push(['one LUM amount', { ...c, lum: c.lum.map((p, i) => (i === 0 ? { ...p, belopp: 400000 } : { ...p, belopp: undefined })) }]);
  if (c.lum.length > 1)
    out.push([
      'one project reported',
      { ...c, lum: c.lum.map((p, i) => ({ ...p, status: i === 0 ? ('slutredovisas' as const) : ('fortgar' as const) })) },
    ]);
  const trip = c.mul[0] ?? { sdf: 'Farsta', destination: 'Helsingfors, Finland', syfte: 'Lära av andra' };
  out.push([
    'one trip with an amount',
    { ...c, mul: [{ ...trip, belopp: 20000 }], mulBeviljadeAntal: undefined, summor: { ...c.summor, mulBeviljat: undefined } },
  ]);
  return out;
}

test.each(['seed-000.json', 'seed-001.json', 'seed-002.json', 'pagaende-studie.json', 'utan-inbyggda-kriterier.json'])(
  '%s and its variants: our own draft passes our own check with --case (no error but the placeholders, case-coverage silent)',
  async (name) => {
    const base = parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);
    for (const [variant, c] of variants(base)) {
      const draft = draftCase(c);
      const doc = await readDocx(await writeDocx(draft, c), name.replace('.json', '.docx'));
      const findings = checkDocument(doc, c);
      const errors = findings
        .filter((f) => f.severity === 'error' && f.rule !== 'placeholder-left')
        .map((f) => `${variant}: ${f.rule}: ${f.message}`);
      expect(errors).toEqual([]);
      expect(findings.filter((f) => f.rule === 'case-coverage').map((f) => `${variant}: ${f.message}`)).toEqual([]);
    }
  },
);
