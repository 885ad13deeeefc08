import type { Rule } from '../rule';
import { bilagaItems, listAfter, projectLists } from '../facts';
import { COUNT_WORD, findYears, matchAt, parseCount, sentences, twin, WB, WE } from '../text';
import { fundOf } from '../amounts';
import { blocks } from '../tables';
import { findDistrict } from '../../model/districts';
import type { RuleContext } from '../rule';
import { fieldLabel } from '../../model/fields';
import type { DocParagraph, FindingData } from '../types';
import { mayMatch, mayMatchAt, mayMatchIn } from '../scan';

/** A count that is not a year ("Under 2020 har …"). */
const N = COUNT_WORD.replace('\\d{1,4}', '\\d{1,3}');
/** "Totalt beviljades tolv projekt", "har beviljats till elva projekt". */
const GRANTED_PROJECTS = twin(
  new RegExp(
    `${WB}(?:beviljades|beviljats|beviljade|fick)\\s+(?:(?:medel|till|för|totalt|sammanlagt)\\s+){0,2}${N}\\s+(?:\\p{L}+\\s+)?projekt${WE}`,
    'iu',
  ),
);
/** "Sju ansökningar … studieresor (MUL)". */
const MUL_COUNT = twin(new RegExp(`${WB}${N}\\s+(?:ansökningar|ansökan|studieresor|studiebesök|resor)${WE}`, 'iu'));
/** "två stadsövergripande studier … avslutats och fyra pågår". */
const STUDIES = twin(
  new RegExp(
    `${WB}${N}\\s+(?:\\p{L}+\\s+){0,2}?(?:studier|forskningsstudier|utvärderingar|forskningsprojekt)${WE}([^.]*?)${WB}(?:avslutats|avslutades)${WE}(?:\\s+och\\s+${N}\\s+pågår)?`,
    'iu',
  ),
);
/** "inom sex stadsdelsförvaltningar". */
const SDF_COUNT = twin(new RegExp(`${WB}(?:inom|till)\\s+${N}\\s+stadsdelsförvaltningar${WE}`, 'iu'));
/** A word each count in grantCounts stands beside (the same case folding as the patterns): a paragraph without one has none. */
const GRANT_HINT = twin(/bevilja|fick|avslut/iu);
const LIMIT_WORDS = twin(/(?<![\p{L}])(högst|maximalt|max|minst|upp till)(?![\p{L}])/iu);

/** Counts stated in sentences about the year's grants, against the case (or the document's own tables). */
function grantCounts(ctx: RuleContext, total: { n: number; source: string } | undefined): void {
  const { structure } = ctx;
  const c = ctx.case;
  const mulN = c ? c.mul.length || c.mulBeviljadeAntal : undefined;
  const fumDone = c && c.fum.length > 0 ? c.fum.filter((f) => f.status === 'avslutad').length : undefined;
  const fumOngoing = c && c.fum.length > 0 ? c.fum.filter((f) => f.status === 'pagar').length : undefined;
  // Districts that got LUM: the case's owners, else the districts in the document's LUM table.
  let sdfs: { n: number; source: string } | undefined;
  if (c && c.lum.length > 0) {
    const ds = new Set(c.lum.map((p) => findDistrict(p.sdf)?.namn).filter((x): x is string => !!x));
    sdfs = { n: ds.size, source: `ärendets ${fieldLabel(['lum'])} har` };
  } else {
    const table = blocks(structure).find((b) => b.kind === 'table' && b.fund === 'lum' && b.districts.length > 0);
    if (table)
      sdfs = {
        n: new Set(table.districts.map((d) => d.district.namn)).size,
        source: 'tabellen över beviljade lokala utvecklingsmedel har',
      };
  }
  for (const p of mayMatch(structure.body, GRANT_HINT)) {
    if (p.inTable || !GRANT_HINT.for(p.text).test(p.text) || !/bevilja|fick|avslut|stadsdelsförvaltningar/i.test(p.text)) continue;
    for (const s of sentences(p.text)) {
      const t = s.text;
      if (LIMIT_WORDS.for(p.text).test(t)) continue;
      const report = (m: RegExpExecArray, word: string, messageId: string, data: FindingData): void => {
        const at = s.start + m.index + m[0].toLowerCase().indexOf(word.toLowerCase());
        ctx.report({ paragraph: p.index, start: at, end: at + word.length, messageId, data });
      };
      let m: RegExpExecArray | null;
      // A sentence about another year's grants ("Under 2019 beviljades åtta projekt") is not about these.
      const otherYear = c !== undefined && findYears(t).some((y) => y.year !== c.ar.redovisning);
      if (total && !otherYear && !/varav/i.test(t) && (m = GRANTED_PROJECTS.for(p.text).exec(t))) {
        const n = parseCount(m[1]);
        if (n !== undefined && n !== total.n && fundOf(t) !== 'mul') {
          report(m, m[1], 'granted', { count: m[1], source: total.source, want: total.n });
        }
      }
      if (mulN && /bevilja/i.test(t) && fundOf(t) === 'mul' && (m = MUL_COUNT.for(p.text).exec(t))) {
        const n = parseCount(m[1]);
        if (n !== undefined && n !== mulN) {
          const field = fieldLabel([c!.mul.length ? 'mul' : 'mulBeviljadeAntal']);
          report(m, m[1], 'mul', { count: m[1].toLocaleLowerCase('sv-SE'), want: mulN, field });
        }
      }
      if (fumDone !== undefined && (m = STUDIES.for(p.text).exec(t))) {
        const n = parseCount(m[1]);
        // A plural count only: "ett forskningsprojekt … avslutats" may be one of several.
        if (n !== undefined && n >= 2 && n !== fumDone) {
          report(m, m[1], 'studiesDone', { count: m[1], want: fumDone, field: fieldLabel(['fum']) });
        }
        const k = m[3] !== undefined ? parseCount(m[3]) : undefined;
        if (k !== undefined && fumOngoing !== undefined && k !== fumOngoing) {
          const at = s.start + m.index + m[0].lastIndexOf(m[3]);
          ctx.report({
            paragraph: p.index,
            start: at,
            end: at + m[3].length,
            messageId: 'studiesOngoing',
            data: { count: m[3], want: fumOngoing, field: fieldLabel(['fum']) },
          });
        }
      }
      if (sdfs && !otherYear && /bevilja/i.test(t) && fundOf(t) === 'lum' && (m = SDF_COUNT.for(p.text).exec(t))) {
        const n = parseCount(m[1]);
        if (n !== undefined && n !== sdfs.n) {
          report(m, m[1], 'districts', { count: m[1], source: sdfs.source, want: sdfs.n });
        }
      }
    }
  }
}

/** A count in words (two to twenty) and the noun it counts: "tre system", "fyra rekommendationer". */
const WORD_COUNT = twin(
  new RegExp(
    `${WB}(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo)\\s+(\\p{L}{4,}(?:-\\s?\\p{L}+)?)${WE}`,
    'giu',
  ),
);
/** A cheap, wider test than WORD_COUNT (no lookbehind): a paragraph that fails it has no count in words. */
const WORD_COUNT_HINT = /(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo)\s/i;

/** The items of "A, B och C" right after a count ("tre system, A (x), B (y) och C (z)"); undefined when it is not such a list. */
function enumeration(rest: string): string[] | undefined {
  const flat = rest.replace(/\([^()]*\)/g, '');
  const och = flat.search(/\s(?:och|samt)\s/);
  if (och <= 0) return undefined;
  const head = flat.slice(0, och).split(/,\s+/);
  const tail = flat
    .slice(och)
    .replace(/^\s(?:och|samt)\s/, '')
    .split(/[,;:.]/)[0];
  const items = [...head, tail].map((x) => x.trim());
  // Each item is a name or a short phrase, not a clause.
  if (items.some((x) => x === '' || x.split(/\s+/).length > 4)) return undefined;
  return items;
}

/**
 * Counts in words against the items the text names or lists: "två nämnder, A och B"; "… kring
 * fyra rekommendationer." followed by a bulleted list.
 */
function countsAgainstItems(ctx: RuleContext): void {
  const { structure } = ctx;
  const body = structure.body;
  for (const i of mayMatchAt(body, WORD_COUNT_HINT)) {
    const p = body[i];
    if (p.inTable || p.headingLevel !== null || !WORD_COUNT_HINT.test(p.text)) continue;
    const sents = sentences(p.text);
    const wordCount = WORD_COUNT.for(p.text);
    sents.forEach((sent, k) => {
      wordCount.lastIndex = 0;
      for (let m = wordCount.exec(sent.text); m !== null; m = wordCount.exec(sent.text)) {
        const n = parseCount(m[1]);
        if (n === undefined || LIMIT_WORDS.for(p.text).test(sent.text.slice(Math.max(0, m.index - 20), m.index))) continue;
        const at = matchAt(p, m, sent.start);
        const after = sent.text.slice(m.index + m[0].length);
        const sep = /^\s*[,:]\s+/.exec(after);
        const items = sep ? enumeration(after.slice(sep[0].length)) : undefined;
        if (items && items.length !== n) {
          ctx.report({ ...at, messageId: 'enumeration', data: { count: m[1], noun: m[2], items: items.length, list: items.join(', ') } });
          continue;
        }
        // The last sentence of a paragraph that a bulleted list follows.
        if (k !== sents.length - 1 || !/^[.:]?\s*$/.test(after)) continue;
        let j = i + 1;
        while (j < body.length && body[j].text.trim() === '') j++;
        let count = 0;
        while (j < body.length && body[j].isListItem && !body[j].inTable) {
          count++;
          j++;
        }
        if (count >= 2 && count !== n) ctx.report({ ...at, messageId: 'listAfter', data: { count: m[1], noun: m[2], items: count } });
      }
    });
  }
}

/** "N noun" pairs in some paragraphs, by noun. */
interface NounCount {
  n: number;
  word: string;
  p: DocParagraph;
  start: number;
  end: number;
  /** The longer words just before the count: what is counted ("förskola med sex avdelningar"). */
  context: Set<string>;
}

const NOT_LETTERS = twin(/[^\p{L}]+/u);

function countsByNoun(paras: DocParagraph[], body: readonly DocParagraph[]): Map<string, NounCount[]> {
  const out = new Map<string, NounCount[]>();
  // The paragraphs (all in the body) with a count in words, from one search through the body.
  for (const p of mayMatchIn(paras, body, WORD_COUNT_HINT)) {
    if (!WORD_COUNT_HINT.test(p.text)) continue;
    const wordCount = WORD_COUNT.for(p.text);
    wordCount.lastIndex = 0;
    for (let m = wordCount.exec(p.text); m !== null; m = wordCount.exec(p.text)) {
      const n = parseCount(m[1]);
      if (n === undefined || LIMIT_WORDS.for(p.text).test(p.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const noun = m[2].toLocaleLowerCase('sv-SE');
      const list = out.get(noun) ?? [];
      const context = new Set(
        p.text
          .slice(Math.max(0, m.index - 60), m.index)
          .toLocaleLowerCase('sv-SE')
          .split(NOT_LETTERS.for(p.text))
          .slice(-5)
          .filter((w) => w.length >= 5),
      );
      list.push({ n, word: m[1], p, start: m.index, end: m.index + m[0].length, context });
      out.set(noun, list);
    }
  }
  return out;
}

/** A count the decision part states ("förskola med sex avdelningar") against the one the summary or Ärendet states ("fem avdelningar"). */
function decisionCountsAgainstText(ctx: RuleContext): void {
  const { structure } = ctx;
  const decision = structure.byId.forslag;
  if (!decision) return;
  const inDecision = countsByNoun(decision.content, structure.body);
  if (inDecision.size === 0) return;
  const others: [string, DocParagraph[]][] = [
    ['sammanfattningen', [...(structure.byId.sammanfattning?.content ?? []), ...structure.introText]],
    ['ärendet', structure.byId.arendet?.content ?? []],
  ];
  const counted = others.map(([part, paras]) => [part, countsByNoun(paras, structure.body)] as const);
  for (const [noun, list] of inDecision) {
    if (new Set(list.map((x) => x.n)).size !== 1) continue;
    for (const [part, byNoun] of counted) {
      const d = list[0];
      const all = byNoun.get(noun);
      // The same thing counted ("förskola … avdelningar"), when the text counts several things of the noun.
      const same = all?.filter((x) => [...x.context].some((w) => d.context.has(w)));
      const there = same && same.length > 0 ? same : all;
      if (!there || new Set(there.map((x) => x.n)).size !== 1 || there[0].n === d.n) continue;
      ctx.report({
        paragraph: d.p.index,
        start: d.start,
        end: d.end,
        severity: 'warning',
        messageId: 'decisionCount',
        data: { count: d.word, noun, part, otherCount: there[0].word },
      });
      break;
    }
  }
}

const VARAV = twin(new RegExp(`${WB}${COUNT_WORD}\\s+(?:\\p{L}+\\s+){0,2}?projekt${WE}[^.]*?${WB}varav\\s+${COUNT_WORD}${WE}`, 'giu'));
const FOLJANDE = twin(new RegExp(`${WB}följande\\s+${COUNT_WORD}\\s+(\\p{L}+)`, 'giu'));
const VARAV_HINT = twin(/varav/iu);
const FOLJANDE_HINT = twin(/följande/iu);

export const rule: Rule = {
  meta: {
    id: 'count-mismatch',
    title: 'Antal stämmer inte',
    severity: 'error',
    docs: { description: 'Ett antal i ord eller siffror stämmer inte med det som räknas upp (eller med ärendet).' },
    messages: {
      enumeration: 'Texten säger ”{count} {noun}”, men räknar upp {items}: {list}. Rätta antalet eller uppräkningen.',
      listAfter: 'Texten säger ”{count} {noun}”, men listan som följer har {items} punkter. Rätta antalet eller listan.',
      decisionCount:
        'Förslaget till beslut säger ”{count} {noun}”, men {part} säger ”{otherCount} {noun}”. Skriv samma antal på båda ställena.',
      granted: 'Texten säger att {count} projekt beviljades, men {source} {want} projekt. Rätta antalet.',
      mul: 'Texten säger att {count} ansökningar om studieresor beviljades, men ärendet har {want} ({field}). Rätta antalet i texten eller i ärendet.',
      studiesDone: 'Texten säger att {count} studier har avslutats, men ärendets {field} har {want} som är avslutade. Rätta antalet.',
      studiesOngoing: 'Texten säger att {count} studier pågår, men ärendets {field} har {want} som pågår. Rätta antalet.',
      districts:
        'Texten säger att lokala utvecklingsmedel gick till {count} stadsdelsförvaltningar, men {source} {want} olika stadsdelsförvaltningar. Rätta antalet.',
      varavPart:
        'Texten säger att {count} projekt avslutas (”varav {count}”), men {source} har {want} projekt som slutredovisas. Rätta antalet.',
      varavTotal:
        'Texten säger {count} projekt totalt, men {source} har {reported} som slutredovisas och {ongoing} som fortgår, alltså {want}. Rätta antalet.',
      listCount: 'Texten säger ”{count} {noun}”, men listan som följer har {items} punkter. Rätta antalet eller listan.',
      bilagaRangeList:
        'Texten hänvisar till {count} bilagor ({range}), men listan som följer har {items} projekt. Rätta bilagenumren eller listan.',
      bilagaRangeMissing:
        'Texten hänvisar till bilaga {number}, men avsnittet Bilagor har bara {bilagor} bilagor. Rätta hänvisningen eller lägg till bilagan.',
    },
  },
  check(ctx) {
    countsAgainstItems(ctx);
    decisionCountsAgainstText(ctx);
    const { structure } = ctx;
    const lists = projectLists(structure);
    let reported: number | undefined = lists.reportedIntro ? lists.reported.length : undefined;
    let ongoing: number | undefined = lists.ongoingIntro ? lists.ongoing.length : undefined;
    let source = 'listan i Ärendet';
    const c = ctx.case;
    if (c && c.dokumenttyp === 'inriktning-redovisning' && c.lum.length > 0) {
      reported = c.lum.filter((p) => p.status === 'slutredovisas').length;
      ongoing = c.lum.filter((p) => p.status === 'fortgar').length;
      source = 'ärendets projekt';
    }
    // The number of projects granted: the case's, else the lists of reported and ongoing projects.
    let total: { n: number; source: string } | undefined;
    if (c && c.lum.length > 0) total = { n: c.lum.length, source: `ärendet (${fieldLabel(['lum'])}) har` };
    else if (lists.reportedIntro)
      total = {
        n: lists.reported.length + lists.ongoing.length,
        source: lists.ongoingIntro ? 'listorna i Ärendet har tillsammans' : 'listan i Ärendet har',
      };
    grantCounts(ctx, total);

    const bilagor = bilagaItems(structure).length;
    // Only a list headed Bilagor counts bilagor (a Beslutsunderlag also lists the tjänsteskrivelse itself and other papers).
    const reportedPrefix =
      structure.byId.bilagor && /^\s*(?:\d+\.?\s*)?bilag/i.test(structure.byId.bilagor.heading.text) ? bilagor : undefined;

    // A paragraph with nothing to report lacks all of "varav", "följande" and "bilaga(orna) " (one search through the body).
    for (const p of mayMatch(structure.body, /varav|följande|bilag(?:a|orna)\s/i)) {
      const t = p.text;
      if (!/projekt|följande|bilag/i.test(t)) continue;
      // "tio projekt … varav sju"
      const varav = VARAV.for(t);
      varav.lastIndex = 0;
      // VARAV and FOLJANDE are costly; a paragraph without their key word cannot match them.
      for (let m = VARAV_HINT.for(t).test(t) ? varav.exec(t) : null; m !== null; m = varav.exec(t)) {
        const total = parseCount(m[1]);
        const part = parseCount(m[2]);
        if (total === undefined || part === undefined) continue;
        const partAt = m.index + m[0].length - m[2].length;
        if (reported !== undefined && part !== reported) {
          ctx.report({
            paragraph: p.index,
            start: partAt,
            end: partAt + m[2].length,
            messageId: 'varavPart',
            data: { count: m[2], source, want: reported },
          });
        }
        if (reported !== undefined && ongoing !== undefined && total !== reported + ongoing) {
          ctx.report({
            paragraph: p.index,
            start: m.index,
            end: m.index + m[1].length,
            messageId: 'varavTotal',
            data: { count: m[1], source, reported, ongoing, want: reported + ongoing },
          });
        }
      }
      // "Följande tre projekt …:" followed by a list
      const foljande = FOLJANDE.for(t);
      foljande.lastIndex = 0;
      for (let m = FOLJANDE_HINT.for(t).test(t) ? foljande.exec(t) : null; m !== null; m = foljande.exec(t)) {
        const n = parseCount(m[1]);
        if (n === undefined) continue;
        const items = listAfter(structure, p);
        if (items.length === 0 || items.length === n) continue;
        const at = m.index + m[0].indexOf(m[1]);
        ctx.report({
          paragraph: p.index,
          start: at,
          end: at + m[1].length,
          messageId: 'listCount',
          data: { count: m[1], noun: m[2], items: items.length },
        });
      }
      // "I bilaga 1-7 redovisas …"
      const range = /\bbilag(?:a|orna)\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\b/gi;
      for (let m = range.exec(t); m !== null; m = range.exec(t)) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (b < a) continue;
        const k = b - a + 1;
        const items = /:\s*$/.test(t) ? listAfter(structure, p) : [];
        if (items.length > 0 && items.length !== k) {
          ctx.report({
            ...matchAt(p, m),
            messageId: 'bilagaRangeList',
            data: { count: k, range: m[0], items: items.length },
          });
        } else if (reportedPrefix !== undefined && b > reportedPrefix) {
          ctx.report({
            ...matchAt(p, m),
            messageId: 'bilagaRangeMissing',
            data: { number: b, bilagor: reportedPrefix },
          });
        }
      }
    }
  },
};
