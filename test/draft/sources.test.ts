/**
 * Nothing invented: every example and variant is drafted, and every sentence, heading, table and
 * title must name its sources; each source must exist (a case or criteria field that holds a
 * value, a known standard wording, a placeholder in the paragraph). A sentence that states a fact
 * — a date, a meeting, an amount or money rule, an attachment — must name a field that holds it.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { draftCase, type Block, type DraftDocument, type Sentence } from '../../src/draft';
import { valueAt } from '../../src/draft/source';
import { WORDING } from '../../src/draft/wording';
import type { Case } from '../../src/model/case';
import type { Criteria } from '../../src/model/criteria';
import { builtInCriteria } from '../../src/model/criteria/index';
import { parseCaseJson, resolveCriteria } from '../../src/model/validate';

const EXAMPLES = ['seed-000.json', 'seed-001.json', 'seed-002.json', 'pagaende-studie.json', 'utan-inbyggda-kriterier.json'];
const load = (name: string): Case => parseCaseJson(readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8'), name);

interface Variant {
  name: string;
  c: Case;
  criteria: Criteria | null | undefined;
  style?: Parameters<typeof draftCase>[2];
}

/** Each example as it is, without its own texts (placeholders), with another year's criteria, without criteria, in another house style. */
function variants(): Variant[] {
  const out: Variant[] = [];
  for (const name of EXAMPLES) {
    const c = load(name);
    const cr = resolveCriteria(c);
    out.push({ name, c, criteria: cr });
    out.push({ name: `${name} utan egna texter`, c: { ...c, texter: {} }, criteria: cr });
    out.push({ name: `${name} utan kriterier`, c, criteria: null });
    out.push({ name: `${name} med 2017 års kriterier (MUST)`, c, criteria: builtInCriteria(2017) });
    out.push({
      name: `${name} utan bilagor`,
      c: { ...c, slutrapporterSomBilagor: false, bilagor: [], fum: c.fum.map((f) => ({ ...f, bilagor: [] })) },
      criteria: cr,
    });
    out.push({
      name: `${name} i en annan husstil`,
      c,
      criteria: cr,
      style: {
        style: {
          order: ['forslag', 'sammanfattning', 'arendet', 'bakgrund', 'beredning', 'synpunkter', 'bilagor'],
          headings: { forslag: 'Förslag till beslut' },
          wording: ['fou-syfte'],
        },
      },
    });
  }
  return out;
}

function sentencesOf(b: Block): Sentence[][] {
  if (b.type === 'paragraph') return [b.sentences ?? []];
  if (b.type === 'list') return b.items.flatMap((it) => [it.sentences ?? [], ...(it.bodySentences ?? [])]);
  return [];
}

function textsOf(b: Block): string[] {
  if (b.type === 'paragraph') return [b.text];
  if (b.type === 'list') return b.items.flatMap((it) => [it.text, ...(it.body ?? [])]);
  return [];
}

const MONTH =
  /\bi (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b|\b\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b|\b\d{4}-\d{2}-\d{2}\b/;
const MEETING = /sammanträde|nämndens möte|decembernämnd|beslutar i /i;
const MONEY = /kronor|\bkr\b|betalas tillbaka|återbeta/i;
const ATTACHMENT = /\bbilag/i;

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

function problemsOf(v: Variant, doc: DraftDocument): string[] {
  const problems: string[] = [];
  const resolves = (src: string): boolean => {
    const [kind, ...rest] = src.split(':');
    const p = rest.join(':');
    if (kind === 'case') return present(valueAt(v.c, p));
    if (kind === 'criteria') return v.criteria != null && present(valueAt(v.criteria, p));
    if (kind === 'wording') return p in WORDING || /^(profil-)?rubrik(-[a-z]+)?$/.test(p);
    return kind === 'placeholder';
  };
  const check = (where: string, x: Sentence) => {
    if (!x.sources.length) problems.push(`${where}: ingen källa: ${x.text}`);
    for (const src of x.sources) if (!resolves(src)) problems.push(`${where}: källan ${src} finns inte: ${x.text}`);
    if (x.verbatim) return;
    const facts = x.sources.filter((src) => (src.startsWith('case:') || src.startsWith('criteria:')) && resolves(src));
    const hold = (re: RegExp) =>
      facts.some((src) => {
        const [kind, ...rest] = src.split(':');
        const value = valueAt(kind === 'case' ? v.c : (v.criteria ?? undefined), rest.join(':'));
        return re.test(String(value));
      });
    if (MONTH.test(x.text) && !hold(/^\d{4}-\d{2}-\d{2}$|\p{L}/u)) problems.push(`${where}: datum utan källa: ${x.text}`);
    if (MEETING.test(x.text) && !x.sources.some((src) => src === 'criteria:beslutsmanad' || src === 'case:metadata.sammantradesdatum'))
      problems.push(`${where}: sammanträde utan källa: ${x.text}`);
    if (MONEY.test(x.text) && !facts.some((src) => /belopp|kostnad|Beviljat|maxBelopp|aterbetalning/i.test(src)))
      problems.push(`${where}: belopp eller pengaregel utan källa: ${x.text}`);
    if (ATTACHMENT.test(x.text) && !facts.some((src) => /slutrapporterSomBilagor|bilag/.test(src)))
      problems.push(`${where}: bilaga utan källa: ${x.text}`);
  };
  if (!doc.titleSources?.length) problems.push('rubriken har ingen källa');
  for (const s of doc.sections) {
    if (s.heading && !s.headingSources?.length) problems.push(`${s.id}: rubriken har ingen källa`);
    s.blocks.forEach((b, i) => {
      const where = `${s.id}[${i}]`;
      if ((b.type === 'heading' || b.type === 'table' || b.type === 'signatures') && !b.sources?.length)
        problems.push(`${where}: ${b.type} utan källa`);
      const groups = sentencesOf(b);
      const texts = textsOf(b);
      groups.forEach((g, k) => {
        if (texts[k] !== g.map((x) => x.text).join(' ')) problems.push(`${where}: texten är inte meningarna: ${texts[k]}`);
        g.forEach((x) => check(where, x));
      });
    });
  }
  return problems;
}

const ALL = variants();

test.each(ALL.map((v) => [v.name, v] as const))('%s: every sentence has a source, and every fact its field', (_name, v) => {
  const doc = draftCase(v.c, v.criteria, v.style);
  expect(problemsOf(v, doc)).toEqual([]);
});

test('the sentences counted over all examples and variants all have sources', () => {
  let sentences = 0;
  let withSource = 0;
  for (const v of ALL) {
    const doc = draftCase(v.c, v.criteria, v.style);
    for (const s of doc.sections)
      for (const b of s.blocks)
        for (const g of sentencesOf(b))
          for (const x of g) {
            sentences++;
            if (x.sources.length) withSource++;
          }
  }
  // Printed for the report: how much text the test covers.
  console.log(`${ALL.length} utkast, ${sentences} meningar, ${withSource} med källa`);
  expect(sentences).toBeGreaterThan(1000);
  expect(withSource).toBe(sentences);
});

test('a fact sentence without its field is caught by the test itself (the check can fail)', () => {
  const v: Variant = { name: 'manipulerat', c: load('seed-002.json'), criteria: resolveCriteria(load('seed-002.json')) };
  const doc = draftCase(v.c, v.criteria);
  const arendet = doc.sections.find((s) => s.id === 'arendet')!;
  arendet.blocks.push({
    type: 'paragraph',
    text: 'Nämnden beslutar i december. Bilaga 1–8 redovisar allt.',
    sentences: [
      { text: 'Nämnden beslutar i december.', sources: ['wording:fou-syfte'] },
      { text: 'Bilaga 1–8 redovisar allt.', sources: ['case:lum'] },
    ],
  });
  expect(problemsOf(v, doc)).toEqual([
    'arendet[' + (arendet.blocks.length - 1) + ']: datum utan källa: Nämnden beslutar i december.',
    'arendet[' + (arendet.blocks.length - 1) + ']: sammanträde utan källa: Nämnden beslutar i december.',
    'arendet[' + (arendet.blocks.length - 1) + ']: bilaga utan källa: Bilaga 1–8 redovisar allt.',
  ]);
});

test('a case with only its required fields drafts, and every sentence still has a source that holds a value', () => {
  for (const name of EXAMPLES) {
    const c = load(name);
    const bare: Case = {
      ...c,
      texter: {},
      summor: {},
      mulBeviljadeAntal: undefined,
      bilagor: [],
      lum: c.lum.map((p) => ({
        ...p,
        medsokande: [],
        syfte: '',
        resultat: '',
        forskningspartner: undefined,
        belopp: undefined,
        bilaga: undefined,
      })),
      mul: c.mul.map((m) => ({ ...m, syfte: '', belopp: undefined })),
      fum: c.fum.map((f) => ({ ...f, klart: undefined, kostnad: undefined, kortnamn: undefined, beskrivning: '', bilagor: [] })),
    };
    const v: Variant = { name: `${name} bara det som krävs`, c: bare, criteria: resolveCriteria(bare) ?? null };
    expect(problemsOf(v, draftCase(bare, v.criteria))).toEqual([]);
  }
});
