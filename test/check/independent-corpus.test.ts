/**
 * An independent defect corpus for the checker, written from the domain (DOMAIN.md, the seeds,
 * issue 4's rule table), not from the rules' code.
 *
 * Clean documents: the three example cases drafted with draftCase, written with writeDocx and read
 * back with readDocx (real .docx text, with the case stored inside), one extra drafted case (an
 * årsrapport for 2025 with amounts), and the seed .docx fixtures read with readDocx (no case).
 * Each defect is injected the way a tired handläggare or a merge of two drafts would make it —
 * in the text read from the .docx, or in the case data before drafting — and names the rule(s)
 * that should report it. Clean variants (legitimate rewording and the like) measure false alarms.
 *
 * Findings are compared with the clean baseline of the same document (multiset on
 * rule + severity + message), so the seeds' real defects do not count.
 *
 * The test prints the figures; it asserts only floors that reflect what the checker does today.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCaseJson } from '../../src/model/validate';
import type { CaseInput } from '../../src/model/validate';
import { draftCase } from '../../src/draft';
import { writeDocx } from '../../src/io/docx/write';
import { readDocx } from '../../src/io/docx/read';
import { checkDocument } from '../../src/check';
import type { DocText, DocParagraph, Finding, Severity } from '../../src/check/types';
import { newFindings } from '../helpers/findings';

const ROOT = path.join(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------------
// Bases
// ---------------------------------------------------------------------------------------------

type CaseBase = 'D0' | 'D1' | 'D2' | 'A25';
type BaseId = CaseBase | 'S0' | 'S1' | 'S2';

/** Case JSON (plain object) for the drafted bases. */
function exampleJson(name: string): CaseInput {
  return JSON.parse(readFileSync(path.join(ROOT, 'examples', name), 'utf8')) as CaseInput;
}

/** An årsrapport for 2025 built from seed 001's case: 2025's districts, amounts on every grant. */
function arsrapport2025(): CaseInput {
  const c = exampleJson('seed-001.json');
  c.ar = { redovisning: 2025 };
  c.kriterier = { ar: 2025 };
  c.metadata = {
    ...c.metadata,
    datum: '2026-01-27',
    sammantradesdatum: '2026-02-17',
    dnr: '3.2.1-0000/2025',
    beredning: { ...c.metadata.beredning, forvaltningsgrupp: '2026-01-20', funktionshinderradet: '2026-01-21' },
  };
  c.texter = {};
  c.summor = {};
  c.bilagor = [];
  const lum = (namn: string, sdf: string, fran: number, till: number, belopp: number) => ({
    namn,
    sdf,
    medsokande: [],
    ar: { fran, till },
    status: 'fortgar' as const,
    belopp,
  });
  c.lum = [
    lum('Egenmakt – privatekonomi', 'Hägersten-Älvsjö', 2024, 2025, 450000),
    lum('Familjeorienterat arbetssätt', 'Skarpnäck', 2025, 2026, 500000),
    lum('Tidigt stöd till minderåriga EU-medborgare', 'Norra innerstaden', 2023, 2025, 400000),
    lum('Prata om det', 'Södermalm', 2024, 2025, 300000),
    lum('Strukturerad samverkan i rehabiliteringsärenden', 'Järva', 2023, 2025, 500000),
    lum('Nätverket kring placerade ungdomar', 'Farsta', 2025, 2025, 350000),
    lum('Våga anmäla – fortsättning', 'Farsta', 2025, 2026, 250000),
  ];
  const mul = (sdf: string, destination: string, syfte: string, belopp: number) => ({ sdf, destination, syfte, belopp });
  c.mul = [
    mul('Enskede-Årsta-Vantör', 'Helsingfors, Finland', 'Skyddat boende', 22000),
    mul('Farsta', 'Stavanger, Norge', 'Barnets perspektiv genom hela processen', 18500),
    mul('Järva', 'Helsingborgs stad', 'Digitalt team och brukarmedverkan', 24000),
    mul('Södermalm', 'Helsingborgs FoU', 'Innovation och digitalisering', 15000),
    mul('Södermalm', 'Malmö stad', 'Tidigt stöd till barn', 12000),
  ];
  c.fum = [
    {
      namn: 'Skolsociala team – uppföljning',
      utforare: 'Ersta Sköndal Bräcke högskola',
      klart: '2026-06-30',
      kostnad: 800000,
      status: 'pagar',
      beskrivning: 'Uppföljningen undersöker hur skolsociala team arbetar efter utvärderingen.',
      bilagor: [],
    },
    {
      namn: 'Effektivt tidigt stöd',
      utforare: 'Lumell Associates',
      klart: '2025-12-31',
      kostnad: 950000,
      status: 'avslutad',
      beskrivning: 'Studien undersöker vilket tidigt stöd till vuxna som är verksamt.',
      bilagor: ['Effektivt tidigt stöd, slutrapport'],
    },
  ];
  return c;
}

const CASE_JSON: Record<CaseBase, () => CaseInput> = {
  D0: () => exampleJson('seed-000.json'),
  D1: () => exampleJson('seed-001.json'),
  // Seed 002 has no text of the förvaltning's own in its synpunkter (""): no placeholder for it in the draft.
  D2: () => {
    const c = exampleJson('seed-002.json');
    c.texter = { ...c.texter, synpunkter: '' };
    return c;
  },
  A25: arsrapport2025,
};
const SEED_DOCX: Record<'S0' | 'S1' | 'S2', string> = { S0: 'seed-000.docx', S1: 'seed-001.docx', S2: 'seed-002.docx' };

async function draftRead(json: CaseInput, name: string): Promise<DocText> {
  const c = parseCaseJson(JSON.stringify(json), name);
  const bytes = await writeDocx(draftCase(c), c);
  return readDocx(bytes, name);
}

async function loadBase(id: BaseId, caseEdit?: (c: CaseInput) => void): Promise<DocText> {
  if (id === 'S0' || id === 'S1' || id === 'S2') {
    const file = path.join(ROOT, 'test', 'fixtures', 'seeds-docx', SEED_DOCX[id]);
    return readDocx(new Uint8Array(readFileSync(file)), SEED_DOCX[id]);
  }
  const json = CASE_JSON[id]();
  caseEdit?.(json);
  return draftRead(json, `${id}.docx`);
}

// ---------------------------------------------------------------------------------------------
// Editing the text read from a .docx
// ---------------------------------------------------------------------------------------------

type Matcher = string | RegExp;

/** A string matches whatever spaces the document uses (the drafter writes "500 000 kronor" with no-break spaces). */
function loose(m: Matcher): RegExp {
  if (typeof m !== 'string') return m;
  return new RegExp(m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]'));
}

class Ed {
  constructor(readonly d: DocText) {}
  get ps(): DocParagraph[] {
    return this.d.paragraphs;
  }
  private hit(p: DocParagraph, m: Matcher): boolean {
    return loose(m).test(p.text);
  }
  /** Index of the first paragraph at/after `from` matching m (body only unless part given). */
  idx(m: Matcher, from = 0, part: DocParagraph['part'] = 'body'): number {
    for (let i = Math.max(0, from); i < this.ps.length; i++) {
      const p = this.ps[i];
      if (p.part === part && this.hit(p, m)) return i;
    }
    throw new Error(`corpus setup: no ${part} paragraph matches ${String(m)} in ${this.d.source}`);
  }
  /** Every paragraph (any part) matching m. */
  all(m: Matcher): number[] {
    return this.ps.flatMap((p, i) => (this.hit(p, m) ? [i] : []));
  }
  /** The standard heading with exactly this text. */
  heading(title: string): number {
    const i = this.ps.findIndex((p) => p.part === 'body' && p.headingLevel !== null && p.text.trim() === title);
    if (i < 0) throw new Error(`corpus setup: no heading "${title}" in ${this.d.source}`);
    return i;
  }
  /** [start, end) of a section: its heading up to the next heading of the same or a higher level. */
  section(title: string): [number, number] {
    const s = this.heading(title);
    const lvl = this.ps[s].headingLevel!;
    let e = s + 1;
    while (e < this.ps.length) {
      const p = this.ps[e];
      if (p.part !== 'body' || (p.headingLevel !== null && p.headingLevel <= lvl)) break;
      e++;
    }
    return [s, e];
  }
  /** Replaces `from` by `to` in the first paragraph matching m (or the paragraph containing `from`). */
  sub(from: Matcher, to: string, m?: Matcher, startAt = 0, part: DocParagraph['part'] = 'body'): number {
    let i = this.idx(m ?? from, startAt, part);
    while (!loose(from).test(this.ps[i].text)) i = this.idx(m ?? from, i + 1, part);
    const p = this.ps[i];
    const next = p.text.replace(loose(from), to);
    if (next === p.text) throw new Error(`corpus setup: "${String(from)}" not in paragraph ${i} of ${this.d.source}`);
    p.text = next;
    return i;
  }
  set(i: number, text: string): void {
    this.ps[i].text = text;
  }
  del(start: number, end = start + 1): DocParagraph[] {
    return this.ps.splice(start, end - start);
  }
  /** Inserts body paragraphs shaped like paragraph `like` before index `at`. */
  ins(at: number, like: number, texts: string[], over: Partial<DocParagraph> = {}): void {
    const t = this.ps[like];
    const made = texts.map((text) => ({ ...t, text, headingLevel: null, isListItem: false, inTable: false, ...over }));
    this.ps.splice(at, 0, ...made);
  }
  /** Moves the section `title` to just before the heading `before` (or to the end of the body when null). */
  moveSection(title: string, before: string | null): void {
    const [s, e] = this.section(title);
    const moved = this.del(s, e);
    const at = before === null ? this.ps.findIndex((p) => p.part !== 'body') : this.heading(before);
    this.ps.splice(at < 0 ? this.ps.length : at, 0, ...moved);
  }
  /** The heading typed as body text: same words, no heading style. */
  unHead(title: string, style = 'Normal'): void {
    const p = this.ps[this.heading(title)];
    p.headingLevel = null;
    p.styleName = style;
  }
  done(): DocText {
    this.ps.forEach((p, i) => (p.index = i));
    return this.d;
  }
}

function clone(d: DocText): DocText {
  return structuredClone(d);
}

// ---------------------------------------------------------------------------------------------
// Personnummer made with the Luhn check (the last digit is computed, so the number is valid)
// ---------------------------------------------------------------------------------------------

function luhnDigit(nine: string): number {
  let s = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    s += d;
  }
  return (10 - (s % 10)) % 10;
}
/** yymmdd + three digits → "yymmdd-nnnc"; with a century, "yyyymmdd-nnnc". */
function personnummer(date: string, serial: string, sep = '-'): string {
  const short = date.length === 8 ? date.slice(2) : date;
  return `${date}${sep}${serial}${luhnDigit(short + serial)}`;
}

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

interface Variant {
  id: string;
  base: BaseId;
  /** One phrase: what was done. */
  what: string;
  /** Defects: any of these rules finding it counts as found. Empty for clean variants. */
  expect: string[];
  /** Other rules that may legitimately also report this defect (not counted as false findings). */
  also?: string[];
  /** Severities that count as found (default error or warning). */
  sev?: Severity[];
  caseEdit?: (c: CaseInput) => void;
  edit?: (e: Ed) => void;
  /** Check without the case stored in the document. */
  noCase?: boolean;
}

const EW: Severity[] = ['error', 'warning'];
const PNR_A = personnummer('850709', '980');
const PNR_B = personnummer('19811218', '987');
const SAMORDNING = personnummer('900171', '123'); // day 11 + 60: a samordningsnummer
const PNR_C = personnummer('620315', '244');

const DEFECTS: Variant[] = [
  // ---- section-missing
  {
    id: 'missing-beredning-D2',
    base: 'D2',
    what: 'whole Ärendets beredning section deleted',
    expect: ['section-missing'],
    edit: (e) => e.del(...e.section('Ärendets beredning')),
  },
  {
    id: 'missing-bakgrund-S0',
    base: 'S0',
    what: 'Bakgrund (heading and text) lost in a merge',
    expect: ['section-missing'],
    edit: (e) => e.del(...e.section('Bakgrund')),
  },
  {
    id: 'missing-sammanfattning-D1',
    base: 'D1',
    what: 'Sammanfattning section deleted from the årsrapport',
    expect: ['section-missing'],
    edit: (e) => e.del(...e.section('Sammanfattning')),
  },
  {
    id: 'missing-bilagor-S2',
    base: 'S2',
    what: 'Bilagor section deleted (seven slutredovisningar listed in Ärendet)',
    expect: ['section-missing'],
    also: ['attachment-mismatch', 'count-mismatch'],
    edit: (e) => {
      const [s] = e.section('Bilagor');
      e.del(s, e.idx('Attesterat av'));
    },
  },

  // ---- section-order
  {
    id: 'order-sammanfattning-after-bakgrund-D2',
    base: 'D2',
    what: 'Sammanfattning moved after Bakgrund',
    expect: ['section-order'],
    edit: (e) => e.moveSection('Sammanfattning', 'Ärendets beredning'),
  },
  {
    id: 'order-synpunkter-before-arendet-D0',
    base: 'D0',
    what: 'synpunkter placed before Ärendet',
    expect: ['section-order'],
    edit: (e) => e.moveSection('Förvaltningens synpunkter och förslag', 'Ärendet'),
  },
  {
    id: 'order-bilagor-before-synpunkter-S1',
    base: 'S1',
    what: 'Bilagor placed before the synpunkter',
    expect: ['section-order'],
    edit: (e) => e.moveSection('Bilagor', 'Förvaltningens synpunkter och förslag'),
  },
  {
    id: 'order-duplicate-sammanfattning-D2',
    base: 'D2',
    what: 'merge left a second Sammanfattning after Ärendet',
    expect: ['section-order', 'section-missing'],
    edit: (e) => {
      const [s, t] = e.section('Sammanfattning');
      const copy = structuredClone(e.ps.slice(s, t));
      e.ps.splice(e.heading('Förvaltningens synpunkter och förslag'), 0, ...copy);
    },
  },

  // ---- section-empty
  {
    id: 'empty-bakgrund-D2',
    base: 'D2',
    what: 'Bakgrund heading kept, its text deleted',
    expect: ['section-empty'],
    also: ['abbreviation-undefined'], // the deleted text held the only "(FoU)"
    edit: (e) => {
      const [s, t] = e.section('Bakgrund');
      e.del(s + 1, t);
    },
  },
  {
    id: 'empty-sammanfattning-S0',
    base: 'S0',
    what: 'Sammanfattning paragraphs emptied (blank paragraphs left)',
    expect: ['section-empty'],
    edit: (e) => {
      const [s, t] = e.section('Sammanfattning');
      for (let i = s + 1; i < t; i++) e.set(i, '');
    },
  },
  {
    id: 'empty-beredning-S2',
    base: 'S2',
    what: 'Ärendets beredning heading with no text under it',
    expect: ['section-empty'],
    edit: (e) => {
      const [s, t] = e.section('Ärendets beredning');
      e.del(s + 1, t);
    },
  },

  // ---- heading-style
  {
    id: 'heading-sammanfattning-D2',
    base: 'D2',
    what: 'Sammanfattning typed as body text',
    expect: ['heading-style'],
    also: ['section-missing'],
    edit: (e) => e.unHead('Sammanfattning'),
  },
  {
    id: 'heading-beredning-S0',
    base: 'S0',
    what: 'Ärendets beredning typed as body text',
    expect: ['heading-style'],
    also: ['section-missing'],
    edit: (e) => e.unHead('Ärendets beredning', 'Body Text'),
  },
  {
    id: 'heading-bilagor-D1',
    base: 'D1',
    what: 'Bilagor typed as body text',
    expect: ['heading-style'],
    also: ['section-missing'],
    edit: (e) => e.unHead('Bilagor'),
  },
  {
    id: 'heading-synpunkter-S2',
    base: 'S2',
    what: 'synpunkter heading typed as body text',
    expect: ['heading-style'],
    also: ['section-missing'],
    edit: (e) => e.unHead('Förvaltningens synpunkter och förslag', 'Body Text'),
  },

  // ---- year-mismatch
  {
    id: 'year-synpunkter-redovisning-D2',
    base: 'D2',
    what: 'synpunkter say redovisning 2022 (title and förslag 2023)',
    expect: ['year-mismatch'],
    also: ['decision-mismatch'],
    // The drafter repeats the decisions as a numbered list under "Förvaltningen föreslår följande beslut:".
    edit: (e) =>
      e.sub(
        'lokala utvecklingsprojekt 2023.',
        'lokala utvecklingsprojekt år 2022.',
        undefined,
        e.idx('Förvaltningen föreslår följande beslut'),
      ),
  },
  {
    id: 'year-forslag-inriktning-S2',
    base: 'S2',
    what: 'förslag point 2 says inriktning 2024',
    expect: ['year-mismatch'],
    also: ['decision-mismatch'],
    edit: (e) => e.sub('studieresor 2025.', 'studieresor 2024.', 'Socialnämnden godkänner förslag till inriktning'),
  },
  {
    id: 'year-sammanfattning-D0',
    base: 'D0',
    what: 'Sammanfattning says the projects were granted in 2014',
    expect: ['year-mismatch'],
    also: ['count-mismatch'],
    edit: (e) => e.sub('elva projekt lokala utvecklingsmedel för 2015', 'elva projekt lokala utvecklingsmedel för 2014'),
  },
  {
    id: 'year-title-D1',
    base: 'D1',
    what: "title says Årsrapport … 2021 (last year's template kept)",
    expect: ['year-mismatch'],
    edit: (e) => e.sub('utveckling 2020', 'utveckling 2021', 'Årsrapport om medel'),
  },
  {
    id: 'year-synpunkter-S0',
    base: 'S0',
    what: 'synpunkter propose inriktning 2018',
    expect: ['year-mismatch'],
    also: ['decision-mismatch'],
    edit: (e) => e.sub('2017', '2018', 'Förvaltningen föreslår att socialnämnden godkänner'),
  },
  {
    id: 'year-merge-sammanfattning-D2',
    base: 'D2',
    what: "merged from last year's draft: Sammanfattning speaks of inriktning 2024",
    expect: ['year-mismatch'],
    edit: (e) => e.sub('studieresor 2025.', 'studieresor 2024.', 'I ärendet finns också ett förslag'),
  },

  // ---- decision-mismatch
  {
    id: 'decision-ks-synpunkter-D2',
    base: 'D2',
    what: 'synpunkter: delges samtliga stadsdelsnämnder och kommunstyrelsen; förslag: only stadsdelsnämnder',
    expect: ['decision-mismatch'],
    edit: (e) =>
      e.sub(
        'samtliga stadsdelsnämnder.',
        'samtliga stadsdelsnämnder och kommunstyrelsen.',
        'Ärendet delges',
        e.heading('Förvaltningens synpunkter och förslag'),
      ),
  },
  {
    id: 'decision-ks-forslag-S0',
    base: 'S0',
    what: 'förslag delges also kommunstyrelsen; synpunkter only stadsdelsnämnder',
    expect: ['decision-mismatch'],
    edit: (e) => e.sub('samtliga stadsdelsnämnder.', 'samtliga stadsdelsnämnder och kommunstyrelsen.', 'Ärendet delges'),
  },
  {
    id: 'decision-synpunkter-drops-redovisning-D0',
    base: 'D0',
    what: 'synpunkter only propose the inriktning, the redovisning is gone',
    expect: ['decision-mismatch'],
    // The drafter repeats the decisions as a numbered list under "Förvaltningen föreslår följande beslut:".
    edit: (e) => {
      const i = e.idx(
        'Socialnämnden godkänner redovisningen av lokala utvecklingsprojekt 2015',
        e.idx('Förvaltningen föreslår följande beslut'),
      );
      e.del(i);
    },
  },
  {
    id: 'decision-ks-overlamnas-D1',
    base: 'D1',
    what: 'årsrapport: synpunkter hand the report to kommunstyrelsen, förslag to the stadsdelsnämnder',
    expect: ['decision-mismatch'],
    edit: (e) =>
      e.sub(
        'överlämnar rapporten till samtliga stadsdelsnämnder.',
        'överlämnar rapporten till kommunstyrelsen.',
        undefined,
        e.heading('Förvaltningens synpunkter och förslag'),
      ),
  },
  {
    id: 'decision-noterar-S2',
    base: 'S2',
    what: 'synpunkter: nämnden "noterar" the redovisning where förslag says "godkänner"',
    expect: ['decision-mismatch'],
    edit: (e) => {
      const i = e.idx('Förvaltningen föreslår att socialnämnden godkänner');
      e.set(
        i,
        'Förvaltningen föreslår att socialnämnden noterar redovisningen av lokala utvecklingsprojekt år 2023 och lägger den till handlingarna.',
      );
    },
  },

  // ---- count-mismatch
  {
    id: 'count-nio-D2',
    base: 'D2',
    what: '"nio projekt … varav sju" in Sammanfattning; ten are listed',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('tio projekt lokala utvecklingsmedel för 2023', 'nio projekt lokala utvecklingsmedel för 2023'),
  },
  {
    id: 'count-tva-fortgar-D2',
    base: 'D2',
    what: '"Följande två projekt … fortgår" above three listed',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('Följande tre projekt', 'Följande två projekt'),
  },
  {
    id: 'count-varav-sex-S2',
    base: 'S2',
    what: '"varav sex projekt avslutade" with seven reported',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('varav sju projekt', 'varav sex projekt'),
  },
  {
    id: 'count-tolv-D0',
    base: 'D0',
    what: '"Totalt beviljades tolv projekt" with eleven listed',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('beviljade elva projekt lokala utvecklingsmedel (LUM)', 'beviljade tolv projekt lokala utvecklingsmedel (LUM)'),
  },
  {
    id: 'count-tre-avslutade-D1',
    base: 'D1',
    what: '"tre stadsövergripande studier … avslutats" where two are',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('Två stadsövergripande studier', 'Tre stadsövergripande studier'),
  },
  {
    id: 'count-bilaga-1-6-D2',
    base: 'D2',
    what: '"I bilaga 1–6 redovisas" with seven reported projects',
    expect: ['count-mismatch', 'attachment-mismatch'],
    edit: (e) => e.sub('I bilaga 1–7', 'I bilaga 1–6'),
  },
  {
    id: 'count-mul-atta-D2',
    base: 'D2',
    what: '"Åtta ansökningar … (MUL)" where the case says seven',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('beviljade sju ansökningar', 'beviljade åtta ansökningar'),
  },
  {
    id: 'count-sju-sdf-D1',
    base: 'D1',
    what: '"sju stadsdelsförvaltningar" got LUM; the table shows six',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('inom sex stadsdelsförvaltningar', 'inom sju stadsdelsförvaltningar'),
  },
  {
    id: 'count-digits-S2',
    base: 'S2',
    what: '"Totalt beviljades 11 projekt" in digits with ten listed',
    expect: ['count-mismatch'],
    edit: (e) => e.sub('Totalt beviljades tio projekt', 'Totalt beviljades 11 projekt'),
  },

  // ---- attachment-mismatch
  {
    id: 'attach-missing-5-D2',
    base: 'D2',
    what: "bilaga for Skarpnäck's project missing",
    expect: ['attachment-mismatch'],
    also: ['count-mismatch'],
    edit: (e) => e.del(e.idx('Slutredovisning. Ingen ska lämnas utanför')),
  },
  {
    id: 'attach-swapped-D2',
    base: 'D2',
    what: 'bilagor 3 and 4 in the other order',
    expect: ['attachment-mismatch'],
    edit: (e) => {
      const i = e.idx('Slutredovisning. Civilsamhället som resurs');
      const [a] = e.del(i);
      e.ps.splice(i + 1, 0, a);
    },
  },
  {
    id: 'attach-other-sdf-S2',
    base: 'S2',
    what: 'bilaga 6 names Skarpnäck instead of Järva',
    expect: ['attachment-mismatch'],
    edit: (e) => e.sub('Järva stadsdelsförvaltning', 'Skarpnäcks stadsdelsförvaltning', 'Slutredovisning. Agera tillsammans'),
  },
  {
    id: 'attach-copy-paste-D0',
    base: 'D0',
    // The 2016 example has no attachments; this defect needs the final reports as Bilagor.
    caseEdit: (c) => {
      c.slutrapporterSomBilagor = true;
    },
    what: 'bilaga 6 is a copy of bilaga 7 (copy-paste)',
    expect: ['attachment-mismatch'],
    edit: (e) => {
      const i = e.idx('Slutredovisning. Resultat i samverkan');
      e.set(i, e.ps[e.idx('Slutredovisning. Hur går det?')].text);
    },
  },
  {
    id: 'attach-ongoing-listed-S2',
    base: 'S2',
    what: 'an ongoing project listed as bilaga 8 (Slutredovisning. Prata om det)',
    expect: ['attachment-mismatch'],
    edit: (e) => {
      const i = e.idx('Slutredovisning. Alla barn i centrum');
      e.ins(i + 1, i, ['Slutredovisning. Prata om det, Södermalms stadsdelsförvaltning.'], { isListItem: true });
    },
  },
  {
    id: 'attach-fum-report-missing-D1',
    base: 'D1',
    what: 'årsrapport: the Barnahus slutrapport bilaga deleted',
    expect: ['attachment-mismatch'],
    edit: (e) => e.del(e.idx('Barnahus slutrapport', e.heading('Bilagor'))),
  },
  {
    id: 'attach-renamed-D2',
    base: 'D2',
    what: 'bilaga 1 names another project ("Våga vittna – stöd till unga brottsoffer")',
    expect: ['attachment-mismatch'],
    edit: (e) => e.sub('Våga anmäla våga vittna', 'Våga vittna – stöd till unga brottsoffer', 'Slutredovisning. Våga anmäla'),
  },

  // ---- amount-cap
  {
    id: 'cap-lum-600k-D2',
    base: 'D2',
    what: 'a 2023 project granted 600 000 kronor (cap 500 000 per year)',
    expect: ['amount-cap'],
    edit: (e) =>
      e.sub('Projektet pågick under åren 2021–2023.', 'Projektet pågick under åren 2021–2023 och beviljades 600 000 kronor för 2023.'),
  },
  {
    id: 'cap-lum-case-A25',
    base: 'A25',
    what: "case: Skarpnäck's project granted 550 000 kronor for 2025",
    expect: ['amount-cap'],
    also: ['total-mismatch'],
    caseEdit: (c) => {
      c.lum![1].belopp = 550000;
    },
  },
  {
    id: 'cap-mul-case-D1',
    base: 'D1',
    what: 'case: a 2020 study trip granted 30 000 kronor (cap 25 000)',
    expect: ['amount-cap'],
    also: ['total-mismatch'],
    caseEdit: (c) => {
      c.mul![1].belopp = 30000;
    },
  },
  {
    id: 'cap-lum-2017-D0',
    base: 'D0',
    what: '"beviljades 800 000 kronor" for one project (cap 750 000)',
    expect: ['amount-cap'],
    edit: (e) =>
      e.sub(
        'Projektet pågick under åren 2014–2015.',
        'Projektet pågick under åren 2014–2015 och beviljades 800 000 kronor.',
        undefined,
        e.idx('Öppenvård sydost'),
      ),
  },
  {
    id: 'cap-lum-text-S2',
    base: 'S2',
    what: 'results text: "Projektet beviljades 520 000 kronor för 2023"',
    expect: ['amount-cap'],
    edit: (e) => {
      const i = e.idx('Syftet med projektet har varit att få fler ungdomar');
      e.set(i, `${e.ps[i].text} Projektet beviljades 520 000 kronor för 2023.`);
    },
  },
  {
    id: 'cap-stated-750k-D2',
    base: 'D2',
    what: 'Finansiering paragraph copied from 2017: "maximalt beviljas 750 000 kronor per år"',
    expect: ['amount-cap'],
    edit: (e) => e.sub('500 000 kronor per år', '750 000 kronor per år'),
  },
  {
    id: 'cap-stated-mul-D1',
    base: 'D1',
    what: '"Högsta belopp … för en studieresa är 30 000 kronor" (2020: 25 000)',
    expect: ['amount-cap'],
    edit: (e) => e.sub('25 000 kronor', '30 000 kronor', 'Varje studieresa kan få högst'),
  },

  // ---- sdf-limit
  {
    id: 'limit-third-lum-A25',
    base: 'A25',
    what: 'case: a third LUM project for Farsta in 2025',
    expect: ['sdf-limit'],
    also: ['total-mismatch', 'count-mismatch'],
    caseEdit: (c) => {
      c.lum!.push({
        namn: 'Familjestöd i Farsta',
        sdf: 'Farsta',
        medsokande: [],
        ar: { fran: 2025, till: 2025 },
        status: 'fortgar',
        belopp: 200000,
      });
    },
  },
  {
    id: 'limit-third-mul-A25',
    base: 'A25',
    what: 'case: a third study trip for Södermalm in 2025',
    expect: ['sdf-limit'],
    also: ['total-mismatch'],
    caseEdit: (c) => {
      c.mul!.push({ sdf: 'Södermalm', destination: 'Oslo kommune', syfte: 'Uppsökande arbete', belopp: 9000 });
    },
  },
  {
    id: 'limit-third-lum-table-A25',
    base: 'A25',
    what: 'a third Farsta row typed into the LUM table (text only)',
    expect: ['sdf-limit'],
    also: ['total-mismatch', 'count-mismatch'],
    edit: (e) => {
      const i = e.idx('Våga anmäla – fortsättning');
      e.ins(i + 2, i, ['Farsta', 'Familjestöd i Farsta', '200 000 kronor'], { inTable: true });
    },
  },
  {
    id: 'limit-stated-D2',
    base: 'D2',
    what: '"högst tre lokala utvecklingsprojekt" per SDF stated (2025: two)',
    expect: ['sdf-limit'],
    edit: (e) => e.sub('högst två lokala utvecklingsprojekt', 'högst tre lokala utvecklingsprojekt'),
  },

  // ---- total-mismatch
  {
    id: 'total-fyra-miljoner-D1',
    base: 'D1',
    what: '"omfattar fyra miljoner kronor" where the case says 3,5 miljoner',
    expect: ['total-mismatch'],
    edit: (e) => e.sub('tre och en halv miljon kronor för 2020', 'fyra miljoner kronor för 2020', 'LUM-ansökningarna fick sammanlagt'),
  },
  {
    id: 'total-mul-typo-D1',
    base: 'D1',
    what: 'MUL total typed 147 300 instead of 174 300',
    expect: ['total-mismatch'],
    edit: (e) => e.sub('174 300', '147 300', 'MUL-ansökningarna fick sammanlagt'),
  },
  {
    id: 'total-fum-sum-D1',
    base: 'D1',
    what: 'added "totala kostnaden … 4 000 000 kronor" under the FUM table (sum 4 425 000)',
    expect: ['total-mismatch'],
    edit: (e) => {
      const i = e.idx('500 000 kronor', e.idx('Uppdrag psykisk hälsa', e.idx('Kostnad')));
      e.ins(i + 1, e.idx('Följande studier med FUM'), ['Den totala kostnaden för studierna i tabellen är 4 000 000 kronor.']);
    },
  },
  {
    id: 'total-case-summa-A25',
    base: 'A25',
    what: 'case: LUM total typed by hand as 3 000 000 (projects sum 2 750 000)',
    expect: ['total-mismatch'],
    caseEdit: (c) => {
      c.summor = { lumBeviljat: 3000000 };
    },
  },
  {
    id: 'total-table-cell-A25',
    base: 'A25',
    what: 'one amount in the LUM table changed to 400 000 (sentence keeps the old total)',
    expect: ['total-mismatch'],
    edit: (e) => e.sub('300 000 kronor', '400 000 kronor', '300 000 kronor', e.idx('Prata om det')),
  },
  {
    id: 'total-row-S1',
    base: 'S1',
    what: 'seed 001 docx: a "Summa" row under the FUM cost table says 4 925 000 kr (rows sum 4 425 000)',
    expect: ['total-mismatch'],
    edit: (e) => {
      const i = e.idx('500 000 kr', e.idx('Uppdrag psykisk hälsa', e.idx('Genomförs av')));
      e.ins(i + 1, i, ['Summa', '', '', '4 925 000 kr'], { inTable: true });
    },
  },

  // ---- sdf-name
  {
    id: 'sdf-jarva-2016-D0',
    base: 'D0',
    // The 2016 example has no attachments; this defect needs the final reports as Bilagor.
    caseEdit: (c) => {
      c.slutrapporterSomBilagor = true;
    },
    what: '"Järva stadsdelsförvaltning" in the 2016 document (project and bilaga)',
    expect: ['sdf-name'],
    edit: (e) => {
      e.sub('Hässelby-Vällingby stadsdelsförvaltning', 'Järva stadsdelsförvaltning', 'Resultat i samverkan för klientens bästa,');
      e.sub('Hässelby-Vällingby stadsdelsförvaltning', 'Järva stadsdelsförvaltning', 'Slutredovisning. Resultat i samverkan');
    },
  },
  {
    id: 'sdf-jarva-case-D1',
    base: 'D1',
    what: 'case: a 2020 study trip by "Järva" (2021 document)',
    expect: ['sdf-name'],
    caseEdit: (c) => {
      c.mul![6].sdf = 'Järva';
    },
  },
  {
    id: 'sdf-norra-innerstaden-case-D1',
    base: 'D1',
    what: 'case: "Norra innerstaden" owns a 2020 LUM project',
    expect: ['sdf-name'],
    caseEdit: (c) => {
      c.lum![8].sdf = 'Norra innerstaden';
    },
  },
  {
    id: 'sdf-norra-innerstaden-2022-D2',
    base: 'D2',
    what: '"Norra innerstadens stadsdelsförvaltning genomförde en förstudie … redan 2022"',
    expect: ['sdf-name'],
    edit: (e) => {
      const i = e.idx('Syftet med projektet är att kartlägga möjliga vägar');
      e.ins(i + 1, i, ['Norra innerstadens stadsdelsförvaltning genomförde en förstudie i ämnet redan 2022.']);
    },
  },
  {
    id: 'sdf-hagersten-alvsjo-2016-S0',
    base: 'S0',
    what: '"Hägersten-Älvsjö" in the 2016 document',
    expect: ['sdf-name'],
    edit: (e) => e.sub('Hägersten-Liljeholmens stadsdelsförvaltning har beviljats', 'Hägersten-Älvsjö stadsdelsförvaltning har beviljats'),
  },

  // ---- date-order
  {
    id: 'date-beredning-after-D2',
    base: 'D2',
    what: 'förvaltningsgruppen "den 22 april" after the document date 18 april',
    expect: ['date-order'],
    edit: (e) => e.sub('den 17 april', 'den 22 april'),
  },
  {
    id: 'date-fhr-after-meeting-S0',
    base: 'S0',
    what: 'funktionshinderrådet "25 augusti 2016", after the nämnd\'s 23 augusti',
    expect: ['date-order'],
    edit: (e) => e.sub('18 augusti 2016', '25 augusti 2016'),
  },
  {
    id: 'date-doc-after-meeting-case-D2',
    base: 'D2',
    what: 'case: document dated 2024-04-25, nämnd meets 2024-04-23',
    expect: ['date-order'],
    caseEdit: (c) => {
      c.metadata.datum = '2024-04-25';
    },
  },
  {
    id: 'date-meeting-march-S2',
    base: 'S2',
    what: 'nämnd date typed 2024-03-23, before the beredning in April',
    expect: ['date-order'],
    edit: (e) => e.sub('2024-04-23', '2024-03-23', 'Till Socialnämnden'),
  },
  {
    id: 'date-beredning-19-aug-D0',
    base: 'D0',
    what: 'förvaltningsgruppen "den 19 augusti", after the document date 18 augusti',
    expect: ['date-order'],
    edit: (e) => e.sub('den 17 augusti', 'den 19 augusti'),
  },

  // ---- abbreviation-undefined
  {
    id: 'abbr-sdf-D2',
    base: 'D2',
    what: '"SDF-cheferna" in Sammanfattning, never explained',
    expect: ['abbreviation-undefined'],
    edit: (e) => {
      const i = e.idx('Socialnämnden beviljade tio projekt lokala utvecklingsmedel för 2023');
      e.set(i, `${e.ps[i].text} Projekten följs upp tillsammans med SDF-cheferna.`);
    },
  },
  {
    id: 'abbr-iop-D0',
    base: 'D0',
    what: '"IOP" with a förening, never explained',
    expect: ['abbreviation-undefined'],
    edit: (e) => {
      const i = e.idx('Syftet var att ge familjehemsplacerade barn');
      e.set(i, `${e.ps[i].text} Stödgrupperna drivs i IOP med en ideell förening.`);
    },
  },
  {
    // The 2016 draft uses LUM only where it explains it; the 2024 draft uses it again under Finansiering.
    id: 'abbr-lum-explanation-removed-D2',
    base: 'D2',
    what: 'the "(LUM)" explanations (title and Ärendet) deleted; LUM used later',
    expect: ['abbreviation-undefined'],
    edit: (e) => {
      e.sub(' (LUM)', '', 'beviljade tio projekt lokala utvecklingsmedel (LUM)');
      e.sub(' (LUM)', '', 'Inriktning av medel för lokala utvecklingsprojekt');
    },
  },
  {
    id: 'abbr-bou-D1',
    base: 'D1',
    what: '"BoU-strategin" in the synpunkter',
    expect: ['abbreviation-undefined'],
    edit: (e) => {
      const i = e.idx('Förvaltningen avser att inför 2021');
      e.set(i, `${e.ps[i].text} Arbetet samordnas med BoU-strategin.`);
    },
  },
  {
    id: 'abbr-sol-S0',
    base: 'S0',
    what: '"enligt 5 kap. 1 § SoL" with SoL unexplained',
    expect: ['abbreviation-undefined'],
    edit: (e) => {
      const i = e.idx('Farsta och Skarpnäck stadsdelsförvaltningars projekt');
      e.set(i, `${e.ps[i].text} Insatsen ges enligt 5 kap. 1 § SoL.`);
    },
  },

  // ---- leftover
  {
    id: 'left-bracket-datum-D2',
    base: 'D2',
    what: 'beredning "den [datum]" left from the template',
    expect: ['leftover'],
    also: ['date-order'],
    edit: (e) => e.sub('den 18 april', 'den [datum]'),
  },
  {
    id: 'left-klicka-D0',
    base: 'D0',
    what: '"Klicka här för att ange text." at the end of Sammanfattning',
    expect: ['leftover'],
    edit: (e) => {
      const [s, t] = e.section('Sammanfattning');
      e.ins(t, s + 1, ['Klicka här för att ange text.']);
    },
  },
  {
    id: 'left-fel-ref-S2',
    base: 'S2',
    what: '"I bilaga Fel! Referenskälla hittades inte. redovisas …"',
    expect: ['leftover'],
    also: ['count-mismatch', 'attachment-mismatch'],
    edit: (e) => e.sub(/I bilaga 1-7/, 'I bilaga Fel! Referenskälla hittades inte.'),
  },
  {
    id: 'left-dnr-xxx-D1',
    base: 'D1',
    what: 'header "Dnr 3.2.1-XXX/2020"',
    expect: ['leftover'],
    edit: (e) => {
      for (const i of e.all('Dnr 3.2.1-792/2020')) e.set(i, 'Dnr 3.2.1-XXX/2020');
    },
  },
  {
    id: 'left-aaaa-date-D1',
    base: 'D1',
    what: 'header date "ÅÅÅÅ-MM-DD"',
    expect: ['leftover'],
    also: ['date-order'],
    edit: (e) => {
      for (const i of e.all(/^2021-01-26$/)) e.set(i, 'ÅÅÅÅ-MM-DD');
    },
  },
  {
    id: 'left-har-har-S0',
    base: 'S0',
    what: 'doubled word "har har beretts"',
    expect: ['leftover'],
    edit: (e) => e.sub('Ärendet har beretts', 'Ärendet har har beretts'),
  },
  {
    id: 'left-stodja-stodja-D2',
    base: 'D2',
    what: 'doubled word "att stödja stödja nyanlända"',
    expect: ['leftover'],
    edit: (e) => e.sub('för att stödja nyanlända', 'för att stödja stödja nyanlända'),
  },
  {
    id: 'left-error-ref-S1',
    base: 'S1',
    what: '"Error! Reference source not found." in Ärendet',
    expect: ['leftover'],
    edit: (e) => {
      const i = e.idx(/Barnets väg genom Barnahus” \(se bilaga 1\)/);
      e.set(i, e.ps[i].text.replace('(se bilaga 1)', '(se bilaga Error! Reference source not found.)'));
    },
  },
  {
    id: 'left-namn-D0',
    base: 'D0',
    what: 'signature "[Namn]" instead of the avdelningschef',
    expect: ['leftover'],
    edit: (e) => e.set(e.idx(/^Marta Nannskog$/), '[Namn]'),
  },

  // ---- personnummer
  {
    id: 'pnr-results-D2',
    base: 'D2',
    what: `a parent's personnummer ${PNR_A} in the results`,
    expect: ['personnummer'],
    sev: ['error'],
    edit: (e) => {
      const i = e.idx('Jämställt föräldraskap har haft');
      e.set(i, `${e.ps[i].text} En pappa (${PNR_A}) beskrev gruppträffarna som avgörande.`);
    },
  },
  {
    id: 'pnr-12-digits-S0',
    base: 'S0',
    what: `12-digit personnummer ${PNR_B} of a client`,
    expect: ['personnummer'],
    sev: ['error'],
    edit: (e) => {
      const i = e.idx('Hägersten-Liljeholmens stadsdelsförvaltning har beviljats');
      e.set(i, `${e.ps[i].text} Ett exempel är klienten ${PNR_B} som fick stöd under hela projekttiden.`);
    },
  },
  {
    id: 'pnr-samordning-D1',
    base: 'D1',
    what: `samordningsnummer ${SAMORDNING} in a FUM description`,
    expect: ['personnummer'],
    sev: ['error'],
    edit: (e) => {
      const i = e.idx('Syftet var att utveckla en modell, en så kallad barnahuslogg');
      e.set(i, `${e.ps[i].text} Loggen prövades först i ärendet för barnet ${SAMORDNING}.`);
    },
  },
  {
    id: 'pnr-no-dash-S2',
    base: 'S2',
    what: `personnummer without dash (${PNR_C.replace('-', '')}) in a project text`,
    expect: ['personnummer'],
    sev: ['error'],
    edit: (e) => {
      const i = e.idx('Projektet har syftat till att på ett strukturerat sätt');
      e.set(i, `${e.ps[i].text} Ungdomen med personnummer ${PNR_C.replace('-', '')} deltog i utvärderingen.`);
    },
  },
];

const CLEAN: Variant[] = [
  {
    id: 'clean-beredning-after-arendet-D2',
    base: 'D2',
    what: 'Ärendets beredning after Ärendet (as seed 002 places it)',
    expect: [],
    edit: (e) => e.moveSection('Ärendets beredning', 'Förvaltningens synpunkter och förslag'),
  },
  {
    id: 'clean-reworded-sammanfattning-D2',
    base: 'D2',
    what: 'Sammanfattning reworded, same counts and years',
    expect: [],
    edit: (e) =>
      e.set(
        e.idx('Socialnämnden beviljade tio projekt lokala utvecklingsmedel för 2023'),
        'Under 2023 fick tio projekt lokala utvecklingsmedel. Sju av dem har avslutat sitt sista projektår och slutredovisas i detta ärende, medan tre fortsätter under 2024. I ärendet föreslås även inriktningen för lokala utvecklingsmedel och studieresor 2025.',
      ),
  },
  {
    id: 'clean-reworded-synpunkter-D2',
    base: 'D2',
    what: 'synpunkter reworded, same decisions',
    expect: [],
    edit: (e) =>
      e.set(
        e.idx('Förvaltningen föreslår följande beslut'),
        'Förvaltningen föreslår att nämnden godkänner redovisningen av de lokala utvecklingsprojekten 2023 och inriktningen för lokala utvecklingsmedel och studieresor 2025.',
      ),
  },
  {
    id: 'clean-old-name-with-new-D1',
    base: 'D1',
    what: '"Hägersten-Liljeholmens stadsdelsförvaltning (i dag Hägersten-Älvsjö)" for 2020 grants',
    expect: [],
    edit: (e) => {
      const i = e.idx('LUM-ansökningarna fick sammanlagt tre och en halv');
      e.ins(i + 1, i, ['Två av projekten drevs av Hägersten-Liljeholmens stadsdelsförvaltning, som i dag heter Hägersten-Älvsjö.']);
    },
  },
  {
    id: 'clean-ks-both-case-D2',
    base: 'D2',
    what: 'case: delges stadsdelsnämnderna och kommunstyrelsen in both places',
    expect: [],
    caseEdit: (c) => {
      c.metadata.delges = ['samtliga stadsdelsnämnder', 'kommunstyrelsen'];
    },
  },
  {
    id: 'clean-abbr-explained-D0',
    base: 'D0',
    what: '"idéburet offentligt partnerskap (IOP)" then IOP',
    expect: [],
    edit: (e) => {
      const i = e.idx('Syftet var att ge familjehemsplacerade barn');
      e.set(
        i,
        `${e.ps[i].text} Stödgrupperna drivs i ett idéburet offentligt partnerskap (IOP) med en ideell förening. IOP:t löper ut 2016.`,
      );
    },
  },
  {
    id: 'clean-orgnr-D2',
    base: 'D2',
    what: 'organisationsnummer 212000-0142 and an SFS number',
    expect: [],
    edit: (e) => {
      const i = e.idx('Slutrapporterna finns på Kunskapsbanken');
      e.set(
        i,
        `${e.ps[i].text} Medlen betalas ut till Stockholms stad (organisationsnummer 212000-0142) enligt förordningen (SFS 2001:453).`,
      );
    },
  },
  {
    id: 'clean-amounts-at-cap-case-D2',
    base: 'D2',
    what: 'case: ongoing projects granted exactly 500 000 and 450 000 kronor',
    expect: [],
    caseEdit: (c) => {
      c.lum![7].belopp = 500000;
      c.lum![8].belopp = 450000;
    },
  },
  {
    id: 'clean-det-det-D2',
    base: 'D2',
    what: 'grammatical "det det" ("att det det handlar om är…")',
    expect: [],
    edit: (e) => {
      const i = e.idx('Projektet har utförts som en randomiserad');
      e.set(i, `${e.ps[i].text} Projektgruppen menar att det det handlar om är tidigt stöd till hela familjen.`);
    },
  },
  {
    id: 'clean-unrelated-counts-D2',
    base: 'D2',
    what: '"12 projektledare i tre nätverksträffar" (counts of other things)',
    expect: [],
    edit: (e) => {
      const i = e.idx('Slutrapporterna finns på Kunskapsbanken');
      e.ins(i + 1, i, ['Under 2023 deltog 12 projektledare i tre nätverksträffar om utvärdering.']);
    },
  },
  {
    id: 'clean-other-years-context-D2',
    base: 'D2',
    what: 'Sammanfattning also mentions when the 2024 projects are reported (2025)',
    expect: [],
    edit: (e) => {
      const i = e.idx('Socialnämnden beviljade tio projekt lokala utvecklingsmedel för 2023');
      e.set(i, `${e.ps[i].text} De projekt som avslutas under 2024 redovisas för nämnden våren 2025.`);
    },
  },
  {
    id: 'clean-swedish-style-names-D0',
    base: 'D0',
    what: 'headings with Swedish style names (Rubrik 1/2/3)',
    expect: [],
    edit: (e) => {
      for (const p of e.ps) if (p.headingLevel !== null) p.styleName = `Rubrik ${p.headingLevel}`;
    },
  },
  {
    id: 'clean-two-lum-per-sdf-A25',
    base: 'A25',
    what: 'årsrapport 2025: Farsta has exactly two LUM projects and Södermalm two trips (at the limit)',
    expect: [],
    edit: () => undefined,
  },
  {
    id: 'clean-no-case-D2',
    base: 'D2',
    what: 'the drafted document checked without its stored case',
    expect: [],
    noCase: true,
    edit: () => undefined,
  },
  {
    id: 'clean-mul-at-cap-case-D1',
    base: 'D1',
    what: 'case: every 2020 study trip with an amount ≤ 25 000, summing to 174 300',
    expect: [],
    caseEdit: (c) => {
      const b = [25000, 25000, 25000, 25000, 25000, 25000, 24300];
      c.mul!.forEach((m, i) => (m.belopp = b[i]));
    },
  },
  {
    id: 'clean-bilaga-numbered-text-S2',
    base: 'S2',
    what: 'Bilagor typed as "Bilaga 1 – …" lines instead of a numbered list',
    expect: [],
    edit: (e) => {
      let n = 0;
      for (const i of e.all(/^Slutredovisning\. /)) {
        n++;
        const p = e.ps[i];
        p.isListItem = false;
        p.text = `Bilaga ${n} – ${p.text}`;
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Running and scoring
// ---------------------------------------------------------------------------------------------

function check(d: DocText, noCase: boolean): Finding[] {
  if (noCase) {
    const { storedCase: _drop, ...rest } = d;
    return checkDocument(rest);
  }
  return checkDocument(d);
}

interface Outcome {
  v: Variant;
  fresh: Finding[];
  found: boolean;
  /** The expected rule fired, but only at a severity that does not count. */
  lowSeverity: Finding[];
}

const baseCache = new Map<BaseId, DocText>();
const baselineCache = new Map<string, Finding[]>();

async function run(v: Variant): Promise<Outcome> {
  if (!baseCache.has(v.base)) baseCache.set(v.base, await loadBase(v.base));
  const base = baseCache.get(v.base)!;
  const bkey = `${v.base}|${v.noCase ? 'nocase' : 'case'}`;
  if (!baselineCache.has(bkey)) baselineCache.set(bkey, check(base, !!v.noCase));
  const before = baselineCache.get(bkey)!;
  const doc = v.caseEdit ? await loadBase(v.base, v.caseEdit) : clone(base);
  const e = new Ed(doc);
  v.edit?.(e);
  const after = check(e.done(), !!v.noCase);
  if (process.env.CORPUS_DUMP === v.id) {
    console.log(
      doc.paragraphs
        .map((p) => `${p.index} ${p.part} H${p.headingLevel ?? '-'}${p.inTable ? ' T' : ''}${p.isListItem ? ' L' : ''} ${p.text}`)
        .join('\n'),
    );
  }
  const fresh = newFindings(before, after);
  const sev = v.sev ?? EW;
  const found = fresh.some((f) => v.expect.includes(f.rule) && sev.includes(f.severity));
  const lowSeverity = found ? [] : fresh.filter((f) => v.expect.includes(f.rule));
  return { v, fresh, found, lowSeverity };
}

const short = (f: Finding): string => `${f.rule}/${f.severity} «${f.excerpt.slice(0, 50)}» ${f.message.slice(0, 110)}`;

describe('independent defect corpus (written from the domain, not the rules)', () => {
  let defects: Outcome[] = [];
  let cleans: Outcome[] = [];
  const baselineErrors: string[] = [];

  beforeAll(async () => {
    defects = [];
    for (const v of DEFECTS) defects.push(await run(v));
    cleans = [];
    for (const v of CLEAN) cleans.push(await run(v));
    for (const [k, fs] of baselineCache) {
      for (const f of fs.filter((x) => x.severity !== 'info')) baselineErrors.push(`${k}: ${short(f)}`);
    }
  }, 120000);

  test('the corpus is big enough and every id is unique', () => {
    expect(DEFECTS.length).toBeGreaterThanOrEqual(50);
    expect(CLEAN.length).toBeGreaterThanOrEqual(10);
    const ids = [...DEFECTS, ...CLEAN].map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("recall, precision and false alarms (printed); floors reflect today's checker", () => {
    const hits = defects.filter((o) => o.found).length;
    const recall = hits / defects.length;
    let expectedEW = 0;
    let allEW = 0;
    const unexpected: string[] = [];
    for (const o of defects) {
      const ok = new Set([...o.v.expect, ...(o.v.also ?? [])]);
      for (const f of o.fresh.filter((x) => x.severity !== 'info')) {
        allEW++;
        if (ok.has(f.rule)) expectedEW++;
        else unexpected.push(`${o.v.id}: ${short(f)}`);
      }
    }
    const precision = allEW ? expectedEW / allEW : 1;
    const falseAlarms = cleans.flatMap((o) => o.fresh.filter((f) => f.severity !== 'info').map((f) => `${o.v.id}: ${short(f)}`));
    const cleanHit = cleans.filter((o) => o.fresh.some((f) => f.severity !== 'info')).length;

    const perRule = new Map<string, [number, number]>();
    for (const o of defects) {
      const r = o.v.expect[0];
      const [h, n] = perRule.get(r) ?? [0, 0];
      perRule.set(r, [h + (o.found ? 1 : 0), n + 1]);
    }
    const misses = defects
      .filter((o) => !o.found)
      .map(
        (o) =>
          `  MISS ${o.v.expect.join('|')} [${o.v.id}] ${o.v.what}${o.lowSeverity.length ? ` — only as ${o.lowSeverity.map((f) => f.severity).join(',')}` : ''}`,
      );

    const line =
      `independent corpus: ${defects.length} defects + ${cleans.length} clean variants; ` +
      `recall ${recall.toFixed(2)} (${hits}/${defects.length}); ` +
      `precision ${precision.toFixed(2)} (${expectedEW}/${allEW} new error/warning findings expected); ` +
      `false alarms on clean variants ${falseAlarms.length} (in ${cleanHit}/${cleans.length} variants)`;
    const report = [
      line,
      `per rule (found/cases): ${[...perRule].map(([r, [h, n]]) => `${r} ${h}/${n}`).join(', ')}`,
      ...misses,
      ...unexpected.map((u) => `  UNEXPECTED ${u}`),
      ...falseAlarms.map((u) => `  FALSE ALARM ${u}`),
      ...baselineErrors.map((b) => `  BASELINE (not counted) ${b}`),
    ].join('\n');

    console.log(report);
    if (process.env.CORPUS_DEBUG) {
      const all = [...defects, ...cleans].map((o) => [`${o.v.id}:`, ...o.fresh.map((f) => `    ${short(f)}`)].join('\n'));

      console.log(all.join('\n'));
    }

    // Floors set from the measured figures, a little below them, so a regression fails the test.
    // Measured 2026-11-22: recall 0.77 (67/87), precision 0.99 (74/75), 2 of 16 clean variants with a false alarm.
    expect(recall).toBeGreaterThanOrEqual(0.7);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(cleanHit).toBeLessThanOrEqual(3);
  });
});
