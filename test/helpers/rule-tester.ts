/**
 * RuleTester for the checker's rules, modelled on ESLint's: a table of valid documents (no
 * findings from the rule) and invalid ones (exactly the expected findings, in order).
 *
 * Documents are written in a small markdown-like form, one paragraph per line:
 *   "# Titel"            heading level 1 (also ## and ### for levels 2 and 3)
 *   "1. Text" / "- Text" a list item (the number is Word's, so it is not part of the text)
 *   "| a | b"            a table row: one paragraph per cell, in a table
 *   "> Text"             a paragraph in the page header
 *   anything else        a body paragraph; blank lines are ignored
 */
import type { Case } from '../../src/model/case';
import type { DocParagraph, DocText, Finding, Severity } from '../../src/check/types';
import type { Rule } from '../../src/check/rule';
import { checkDocument } from '../../src/check/index';
import { validateCase } from '../../src/model/validate';

export function doc(text: string, source = 'test.docx'): DocText {
  const paragraphs: DocParagraph[] = [];
  const body: Omit<DocParagraph, 'index'>[] = [];
  const header: Omit<DocParagraph, 'index'>[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const base = { headingLevel: null as number | null, isListItem: false, inTable: false, part: 'body' as const };
    let m: RegExpExecArray | null;
    if ((m = /^(#{1,4})\s+(.*)$/.exec(line)))
      body.push({ ...base, text: m[2], headingLevel: m[1].length, styleName: `Heading ${m[1].length}` });
    else if ((m = /^(?:\d{1,2}\.|-)\s+(.*)$/.exec(line))) body.push({ ...base, text: m[1], isListItem: true });
    else if (line.startsWith('|')) for (const cell of line.slice(1).split('|')) body.push({ ...base, text: cell.trim(), inTable: true });
    else if (line.startsWith('>')) header.push({ ...base, part: 'header', text: line.slice(1).trim() });
    else body.push({ ...base, text: line });
  }
  for (const p of [...body, ...header]) paragraphs.push({ ...p, index: paragraphs.length });
  return { paragraphs, source };
}

/** A small, consistent tjänsteutlåtande in the shape of seed 002: every rule is silent on it. */
export const BASE_TU = `
Socialförvaltningen
Tjänsteutlåtande
Dnr 3.2.1-100/2024
2024-04-10
Handläggare
Anna Andersson
Till
Socialnämnden
2024-04-23
# Inriktning av medel för lokala utvecklingsprojekt och studieresor 2025 (MUL) samt redovisning av lokala utvecklingsprojekt genomförda under 2023 (LUM)
## Förvaltningens förslag till beslut
1. Socialnämnden godkänner redovisning av lokala utvecklingsprojekt 2023.
2. Socialnämnden godkänner förslag till inriktning av medel för lokala utvecklingsprojekt och studieresor 2025.
3. Ärendet delges samtliga stadsdelsnämnder.
## Sammanfattning
Lokala utvecklingsmedel beviljades till fem projekt under 2023 varav tre har genomfört sitt sista projektår. I ärendet föreslås även inriktning för 2025.
## Bakgrund
Socialförvaltningen fördelar medel för forskning och utveckling (FoU) till lokala projekt.
## Ärendet
### Redovisning av lokala utvecklingsmedel år 2023
Totalt beviljades fem projekt inom lokala utvecklingsmedel (LUM) för 2023 varav tre projekt avslutade sitt sista projektår. I bilaga 1-3 redovisas resultaten från följande projekt:
1. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.
Syftet har varit att fler ungdomar ska våga berätta.
2. Studiecirklar i bostadssökning, Hässelby-Vällingby stadsdelsförvaltning.
3. Alla barn i centrum 0-2 år, Socialförvaltningen.
Följande två projekt beviljades också medel men fortgår under 2024:
1. Tidigt stöd till minderåriga, Norra innerstadens stadsdelsförvaltning.
2. Prata om det, Södermalms stadsdelsförvaltning.
### Finansiering lokala utvecklingsprojekt
Ett lokalt utvecklingsprojekt kan maximalt beviljas 500 000 kr per år. Varje stadsdelsförvaltning kan beviljas medel för högst två lokala utvecklingsprojekt och två studieresor per år.
### Medel för studieresor
Socialförvaltningen utlyser även medel för utveckling och lärande (MUL) genom studieresor.
## Ärendets beredning
Förvaltningsgruppen har behandlat ärendet den 8 april och funktionshinderrådet den 9 april.
## Förvaltningens synpunkter och förslag
Förvaltningen föreslår att socialnämnden godkänner förslag till inriktning för 2025 samt redovisning av lokala utvecklingsprojekt år 2023.
## Bilagor
1. Slutredovisning. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.
2. Slutredovisning. Studiecirklar i bostadssökning, Hässelby-Vällingby stadsdelsförvaltning.
3. Slutredovisning. Alla barn i centrum 0-2 år, Socialförvaltningen.
`;

/** BASE_TU with one text replaced (the text must be there). */
export function tu(from?: string, to = ''): string {
  if (from === undefined) return BASE_TU;
  if (!BASE_TU.includes(from)) throw new Error(`tu(): "${from}" finns inte i BASE_TU`);
  return BASE_TU.replace(from, to);
}

/** A finished FUM study with a report among its bilagor (as in seed 001), for cases that add one to baseCase(). */
export const FUM_BARNAHUS = {
  namn: 'Barnets väg genom Barnahus',
  utforare: 'Stockholms universitet',
  klart: '2020-05-31',
  status: 'avslutad',
  beskrivning: 'En studie.',
  bilagor: ['Barnahus slutrapport'],
};

/** A case matching BASE_TU; overrides are merged at the top level and into metadata. */
export function baseCase(over: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}): Case {
  const raw = {
    dokumenttyp: 'inriktning-redovisning',
    metadata: {
      forvaltning: 'Socialförvaltningen',
      avdelning: 'Avdelningen för stadsövergripande sociala frågor',
      namnd: 'Socialnämnden',
      sammantradesdatum: '2024-04-23',
      datum: '2024-04-10',
      dnr: '3.2.1-100/2024',
      handlaggare: { namn: 'Anna Andersson', telefon: '08-508 25 000' },
      underskrifter: [{ namn: 'Eva Ek', titel: 'Socialdirektör' }],
      beredning: { beretts: 'inom avdelningen', forvaltningsgrupp: '2024-04-08', funktionshinderradet: '2024-04-09' },
      delges: ['samtliga stadsdelsnämnder'],
      ...metadata,
    },
    ar: { inriktning: 2025, redovisning: 2023 },
    kriterier: { ar: 2025 },
    lum: [
      { namn: 'Våga anmäla våga vittna', sdf: 'Farsta', ar: { fran: 2023, till: 2023 }, status: 'slutredovisas', belopp: 400000 },
      {
        namn: 'Studiecirklar i bostadssökning',
        sdf: 'Hässelby-Vällingby',
        ar: { fran: 2022, till: 2023 },
        status: 'slutredovisas',
        belopp: 300000,
      },
      {
        namn: 'Alla barn i centrum 0-2 år',
        sdf: 'Socialförvaltningen',
        ar: { fran: 2021, till: 2023 },
        status: 'slutredovisas',
        belopp: 500000,
      },
      { namn: 'Tidigt stöd till minderåriga', sdf: 'Norra innerstaden', ar: { fran: 2023, till: 2024 }, status: 'fortgar', belopp: 250000 },
      { namn: 'Prata om det', sdf: 'Södermalm', ar: { fran: 2023, till: 2024 }, status: 'fortgar', belopp: 200000 },
    ],
    ...over,
  };
  return validateCase(raw, 'testärende');
}

export interface Expected {
  /** The rule's message (a key of meta.messages). */
  messageId: string;
  /** The message's data: each key given here must have this value (keys left out are not compared). */
  data?: Record<string, string | number>;
  severity?: Severity;
  /** The excerpt the finding points at (exact). */
  excerpt?: string;
  /** Paragraph text the finding sits in (substring), or -1 for the whole document. */
  inParagraph?: string | -1;
}

export interface ValidCase {
  name: string;
  doc: string | DocText;
  case?: Case;
  /** The profile to check with: a built-in id (default "stockholm-fou-tu", the rules' home), or null to let the document choose. */
  profile?: string | null;
}

export interface InvalidCase extends ValidCase {
  errors: Expected[];
}

export function run(
  rule: Rule,
  d: string | DocText,
  c?: Case,
  profile: string | null = 'stockholm-fou-tu',
): { findings: Finding[]; docText: DocText } {
  const docText = typeof d === 'string' ? doc(d) : d;
  const findings = checkDocument(docText, c, { rules: [rule.meta.id], profile: profile ?? undefined }).filter(
    (f) => f.rule === rule.meta.id,
  );
  return { findings, docText };
}

function describeFindings(fs: Finding[]): string {
  return fs.map((f) => `  [${f.severity}] ${f.messageId ?? '?'} ${JSON.stringify(f.data ?? {})} «${f.excerpt}»`).join('\n') || '  (inga)';
}

/** The {placeholders} of a message template. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** Registers one Jest test per case, and checks the rule's meta. */
export function ruleTester(rule: Rule, tables: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`regel ${rule.meta.id}`, () => {
    it('has a stable id, a Swedish title and description, and messages with placeholders', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
      expect(rule.meta.title).toMatch(/^\p{Lu}/u);
      expect(rule.meta.docs.description).toMatch(/[åäöÅÄÖ]|\b(en|ett|och|som|inte|har)\b/i);
      const ids = Object.keys(rule.meta.messages);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        expect(id).toMatch(/^[a-z][A-Za-z]*$/);
        expect(rule.meta.messages[id]).toMatch(/[.!?]$/);
      }
    });
    for (const v of tables.valid) {
      it(`valid: ${v.name}`, () => {
        const { findings } = run(rule, v.doc, v.case, v.profile);
        if (findings.length > 0) throw new Error(`väntade inga anmärkningar, fick:\n${describeFindings(findings)}`);
      });
    }
    for (const inv of tables.invalid) {
      it(`invalid: ${inv.name}`, () => {
        // An invalid case must say what it expects: a case with no expected errors tests nothing.
        if (inv.errors.length === 0) throw new Error(`fallet "${inv.name}" är ogiltigt men anger inga förväntade anmärkningar (errors)`);
        const { findings, docText } = run(rule, inv.doc, inv.case, inv.profile);
        if (findings.length !== inv.errors.length) {
          throw new Error(`väntade ${inv.errors.length} anmärkningar, fick ${findings.length}:\n${describeFindings(findings)}`);
        }
        inv.errors.forEach((e, i) => {
          const f = findings[i];
          if (!e.messageId) throw new Error(`fallet "${inv.name}", anmärkning ${i + 1}: ange messageId`);
          expect(f.messageId).toBe(e.messageId);
          const template = rule.meta.messages[e.messageId];
          expect(template).toBeDefined();
          // Every placeholder of the message has data, and the message has none left unfilled.
          for (const k of placeholders(template)) expect(f.data).toHaveProperty(k);
          expect(f.message).not.toMatch(/\{\w+\}/);
          if (e.data) for (const [k, v] of Object.entries(e.data)) expect({ [k]: f.data?.[k] }).toEqual({ [k]: v });
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.excerpt !== undefined) expect(f.excerpt).toBe(e.excerpt);
          if (e.inParagraph === -1) expect(f.paragraph).toBe(-1);
          else if (e.inParagraph !== undefined) expect(docText.paragraphs[f.paragraph]?.text ?? '').toContain(e.inParagraph);
          // Every finding's range lies inside its paragraph and the excerpt is that text.
          if (f.paragraph >= 0) {
            const t = docText.paragraphs[f.paragraph].text;
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(t.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
        });
      });
    }
  });
}
