import type { Rule, RuleContext } from '../rule';
import type { DocParagraph } from '../types';
import { clauseWordsBefore, matchAt, norm, sentences, twin } from '../text';
import { findAmounts } from '../amounts';
import { joinList } from '../../swedish/text';
import { fieldLabel } from '../../model/fields';

interface Hit {
  paragraph: number;
  start: number;
  end: number;
  values: string[];
}

const RECIPIENTS_HINT = twin(/delges|överlämna|skickas/iu);
const RECIPIENTS = twin(/(?<!\p{L})(?:delges|överlämnar\s+(?:\p{L}+\s+){0,2}?till|(?:överlämnas|skickas)\s+till)\s+(.+?)[.]?$/iu);

/** "Ärendet delges samtliga stadsdelsnämnder och kommunstyrelsen." → recipients. */
function recipients(paras: DocParagraph[]): Hit | undefined {
  for (const p of paras) {
    // A sentence that names recipients has one of these words (a cheaper, wider test on the paragraph).
    if (!RECIPIENTS_HINT.for(p.text).test(p.text)) continue;
    for (const s of sentences(p.text)) {
      // "delges X", "överlämnar rapporten till X", "Rapporten överlämnas till X", "skickas till X".
      const m = RECIPIENTS.for(p.text).exec(s.text);
      if (!m) continue;
      const list = m[1]
        .split(/,\s*|\s+och\s+|\s+samt\s+/)
        .map((x) =>
          norm(x)
            .replace(/^(alla|samtliga) /, 'samtliga ')
            .replace(/[.;]$/, ''),
        )
        .filter((x) => x.length > 0);
      const start = s.start + (m.index ?? 0);
      return { paragraph: p.index, start, end: s.start + s.text.length, values: [...new Set(list)].sort() };
    }
  }
  return undefined;
}

const KINDS: [string, RegExp][] = [
  ['inriktning', /inriktning/i],
  ['redovisning', /redovisning|redovisas/i],
  ['årsrapport', /rapport/i],
  ['forskningsstudie', /forskningsstudie/i],
];

function proposalKinds(paras: DocParagraph[], trigger: RegExp): Hit | undefined {
  const found = new Set<string>();
  let first: Hit | undefined;
  for (const p of paras) {
    for (const s of sentences(p.text)) {
      if (!trigger.test(s.text)) continue;
      const kinds = KINDS.filter(([, re]) => re.test(s.text)).map(([k]) => k);
      if (kinds.length === 0) continue;
      kinds.forEach((k) => found.add(k));
      if (!first) first = { paragraph: p.index, start: s.start, end: s.end, values: [] };
    }
  }
  if (!first) return undefined;
  first.values = [...found].sort();
  return first;
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

const DEPARTMENT = twin(/(?<![\p{L}])(\p{Lu}\p{Ll}+departement)(?:et|ets|en)?(?![\p{L}])/gu);

/** The ministries a part names ("Justitiedepartementets betänkande"), with where the first one stands. */
function ministries(paras: DocParagraph[]): { names: Set<string>; at?: { paragraph: number; start: number; end: number } } {
  const names = new Set<string>();
  let at: { paragraph: number; start: number; end: number } | undefined;
  for (const p of paras) {
    if (!p.text.includes('departement')) continue;
    const department = DEPARTMENT.for(p.text);
    department.lastIndex = 0;
    for (let m = department.exec(p.text); m !== null; m = department.exec(p.text)) {
      names.add(`${m[1]}et`);
      at ??= matchAt(p, m);
    }
  }
  return { names, at };
}

/** The decision answers one ministry, the summary speaks of another. */
function departments(ctx: RuleContext): void {
  const { structure } = ctx;
  const d = ministries(structure.byId.forslag?.content ?? []);
  const s = ministries([...(structure.byId.sammanfattning?.content ?? []), ...structure.introText]);
  if (d.names.size !== 1 || s.names.size !== 1 || !s.at) return;
  const [decision] = d.names;
  const [here] = s.names;
  if (decision === here) return;
  ctx.report({ ...s.at, severity: 'warning', messageId: 'department', data: { here, decision } });
}

/** "Landstingsstyrelsen föreslår landstingsstyrelsen besluta": a body proposing a decision to itself. */
const PROPOSES = twin(/(?<![\p{L}])(\p{L}{5,})\s+föreslår\s+(\p{L}{5,})\s+(?:att\s+)?besluta/iu);

function selfProposal(ctx: RuleContext): void {
  for (const p of [...(ctx.structure.byId.forslag?.content ?? []), ...ctx.structure.introText]) {
    const m = PROPOSES.for(p.text).exec(p.text);
    if (!m || m[1].toLocaleLowerCase('sv-SE') !== m[2].toLocaleLowerCase('sv-SE')) continue;
    ctx.report({
      ...matchAt(p, m),
      severity: 'warning',
      messageId: 'selfProposal',
      data: { body: m[1] },
    });
  }
}

/** The words before an amount that say what it is ("tillkommande hyreskostnad om"), without "cirka". */
function costPhrase(text: string, at: number): string | undefined {
  const words = clauseWordsBefore(text, at)
    .filter((w) => !/^(cirka|ca|om|på|till|högst|totalt)$/.test(w))
    .slice(-2);
  return words.length === 2 && words.join(' ').length >= 12 ? words.join(' ') : undefined;
}

/** One cost stated twice in the decision part with two amounts ("hyreskostnad om cirka 3,9 mnkr" in point 1, "4,9 mnkr" in point 2). */
function sameCostTwice(ctx: RuleContext): void {
  const seen = new Map<string, { value: number; text: string }>();
  for (const p of ctx.structure.byId.forslag?.content ?? []) {
    for (const a of findAmounts(p.text)) {
      const phrase = costPhrase(p.text, a.start);
      if (!phrase) continue;
      const first = seen.get(phrase);
      if (!first) {
        seen.set(phrase, { value: a.value, text: a.text });
        continue;
      }
      if (first.value === a.value) continue;
      ctx.report({
        paragraph: p.index,
        start: a.start,
        end: a.end,
        severity: 'warning',
        messageId: 'sameCostTwice',
        data: { phrase, amount: a.text, other: first.text },
      });
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'decision-mismatch',
    title: 'Förslag och synpunkter skiljer sig',
    severity: 'error',
    docs: { description: 'Förslaget till beslut och förvaltningens synpunkter föreslår olika saker eller delger ärendet olika mottagare.' },
    messages: {
      selfProposal:
        '{body} föreslår sig själv att besluta. Ett organ föreslår ett annat organ (till exempel styrelsen fullmäktige): kontrollera vem som beslutar.',
      sameCostTwice:
        'Förslaget till beslut anger {phrase} till {amount} här men {other} i en annan punkt. Skriv samma belopp i båda punkterna.',
      department: 'Här står {here}, men förslaget till beslut gäller {decision}. Skriv samma departement på båda ställena.',
      recipients:
        'Synpunkterna delger ärendet {synpunkter}, men förslaget till beslut delger det {forslag}. Skriv samma mottagare på båda ställena.',
      recipientsCase:
        'Förslaget till beslut delger ärendet {forslag}, men ärendets uppgifter ({field}) säger {kase}. Rätta texten eller ärendets uppgifter.',
      kinds:
        'Synpunkterna föreslår att nämnden godkänner {synpunkter}, men förslaget till beslut gäller {forslag}. Skriv samma förslag i båda avsnitten.',
    },
  },
  check(ctx) {
    departments(ctx);
    selfProposal(ctx);
    sameCostTwice(ctx);
    const forslag = ctx.structure.byId.forslag?.content ?? [];
    const synpunkter = ctx.structure.byId.synpunkter?.content ?? [];
    const rF = recipients(forslag);
    const rS = recipients(synpunkter);
    if (rF && rS && !same(rF.values, rS.values)) {
      ctx.report({
        paragraph: rS.paragraph,
        start: rS.start,
        end: rS.end,
        messageId: 'recipients',
        data: { synpunkter: joinList(rS.values), forslag: joinList(rF.values) },
      });
    }
    const c = ctx.case;
    if (c && rF) {
      const want = [...new Set(c.metadata.delges.map((x) => norm(x).replace(/^(alla|samtliga) /, 'samtliga ')))].sort();
      if (!same(want, rF.values)) {
        ctx.report({
          paragraph: rF.paragraph,
          start: rF.start,
          end: rF.end,
          messageId: 'recipientsCase',
          data: { forslag: joinList(rF.values), kase: joinList(want), field: fieldLabel(['metadata', 'delges']) },
        });
      }
    }
    const kF = proposalKinds(forslag, /godkänner|beslutar|antar|fastställer|lägger .* till handlingarna/i);
    // "Förvaltningen föreslår att nämnden …", or the decisions repeated as a list ("Socialnämnden godkänner …").
    const kS = proposalKinds(synpunkter, /föreslår\s+(?:att\s+)?(?:social)?nämnden|nämnden\s+godkänner/i);
    if (kF && kS && !same(kF.values, kS.values)) {
      ctx.report({
        paragraph: kS.paragraph,
        start: kS.start,
        end: kS.end,
        messageId: 'kinds',
        data: { synpunkter: joinList(kS.values), forslag: joinList(kF.values) },
      });
    }
  },
};
