import type { Rule, RuleContext } from '../rule';
import { bilagaItems, nameKey, ownerKey, parseProjectLine, projectLists, type ProjectLine } from '../facts';
import { q, twin, wholeParagraph } from '../text';
import type { DocParagraph } from '../types';
import { ownerName } from '../../model/districts';
import { describePath } from '../../model/fields';
import { mayMatch } from '../scan';

interface Reported {
  name: string;
  owner: string;
  /** Where the owner comes from: the project's line in Ärendet, or the case's field. */
  ownerFrom: string;
  /** Where the name comes from: the project's line in Ärendet, or the case's field. */
  nameFrom: string;
  paragraph?: DocParagraph;
}

/** Where a name or owner comes from when the document's section Ärendet gives it. */
const IN_TEXT = 'avsnittet Ärendet';

const BILAGA_PREFIX = /(?:slutredovisning|slutrapport|rapport|redovisning)\s*[.:–-]\s*/i;

function similar(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  if (ka.length >= 12 && kb.length >= 12 && (ka.includes(kb) || kb.includes(ka))) return true;
  return false;
}

/** Words of a title for matching: diacritics folded, digits kept, short words dropped. */
function words(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 || /^\d+$/.test(w));
}

/** At most one edit apart (text extracted from PDF often has one wrong letter in a word: "6ver" for "över"). */
function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

/** Whether a Bilagor line names a report title: every word of the title is there (one letter may differ). */
function namesTitle(line: string, title: string): boolean {
  const want = words(title);
  const have = words(line);
  return want.length > 0 && want.every((w) => have.some((h) => nearWord(w, h)));
}

/**
 * A Bilagor line that starts with a reported project's name, then ", " and an owner, whatever the
 * owner is ("Slutredovisning. Tryggare hemma, Farstta."): the name the text and Bilagor spell alike
 * is matched even when the owner is no district that parseProjectLine recognises.
 */
function lineNaming(p: DocParagraph, reported: readonly Reported[]): ProjectLine | undefined {
  const num = /^\s*(?:bilaga\s+)?\d{1,2}\s*[.):–-]?\s*(?:[–-]\s*)?/i.exec(p.text);
  let offset = num ? num[0].length : 0;
  const m = BILAGA_PREFIX.exec(p.text.slice(offset));
  if (m && m.index === 0) offset += m[0].length;
  while (p.text[offset] === '*' || p.text[offset] === ' ') offset++;
  const rest = p.text.slice(offset);
  for (const r of reported) {
    if (!rest.toLocaleLowerCase('sv-SE').startsWith(`${r.name.toLocaleLowerCase('sv-SE')}, `)) continue;
    const ownerStart = offset + r.name.length + 2;
    const owner = p.text
      .slice(ownerStart)
      .replace(/[.*\s]+$/, '')
      .trim();
    if (owner) return { paragraph: p, name: p.text.slice(offset, offset + r.name.length), owner, nameStart: offset, ownerStart };
  }
  return undefined;
}

/** A document cited by its number: "rapport nr 8/2016", "revisionsrapport 9/2016", "motion 2013:14". */
const NUMBERED = twin(
  /(?<![\p{L}])((?:revisions)?rapport|skrivelse|revisionsskrivelse|motion|promemoria|betänkande|utredning)(?:en|et|s|ens|ets)?\s+(?:nr\.?\s*|nummer\s+)?(\d{1,4}[/:](?:19|20)?\d\d)(?![\d/:])/giu,
);

function numberedIn(text: string): { noun: string; number: string; start: number; end: number }[] {
  const out: { noun: string; number: string; start: number; end: number }[] = [];
  const numbered = NUMBERED.for(text);
  numbered.lastIndex = 0;
  for (let m = numbered.exec(text); m !== null; m = numbered.exec(text)) {
    const at = m.index + m[0].lastIndexOf(m[2]);
    out.push({ noun: m[1].toLocaleLowerCase('sv-SE'), number: m[2], start: at, end: at + m[2].length });
  }
  return out;
}

/** A numbered report the list of bilagor or beslutsunderlag names, against the number the text gives it. */
function numberedReferences(ctx: RuleContext): void {
  const { structure } = ctx;
  const list = structure.byId.bilagor!;
  const listed = new Set(list.content.map((p) => p.index));
  const inList = list.content.flatMap((p) => numberedIn(p.text));
  if (inList.length === 0) return;
  for (const p of mayMatch(structure.body, /\d[/:]\d/)) {
    if (listed.has(p.index) || p === list.heading || !/\d[/:]\d/.test(p.text)) continue;
    for (const r of numberedIn(p.text)) {
      const sameNoun = inList.filter((x) => x.noun === r.noun);
      if (sameNoun.length !== 1 || sameNoun[0].number === r.number) continue;
      ctx.report({
        paragraph: p.index,
        start: r.start,
        end: r.end,
        messageId: 'numberedReference',
        data: { noun: r.noun, number: r.number, list: `under ”${list.heading.text.trim()}”`, listNumber: sameNoun[0].number },
      });
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'attachment-mismatch',
    title: 'Bilagor stämmer inte med projekten',
    severity: 'error',
    docs: { description: 'De redovisade projekten och Bilagor stämmer inte överens (saknas, namn, förvaltning, ordning).' },
    messages: {
      numberedReference: 'Texten hänvisar till {noun} {number}, men listan {list} anger {listNumber}. Skriv samma nummer på båda ställena.',
      caseBilaga:
        'Ärendet anger bilagan {title} ({field}), men den står inte under Bilagor. Lägg till bilagan eller ta bort den ur ärendet.',
      ongoing:
        'Bilagan är en slutredovisning av {name}, men enligt {source} fortgår projektet och slutredovisas inte i år. Ta bort bilagan eller ändra projektets status.',
      name: 'Bilaga {number} heter {bilagaName}, men projektet heter {name} i {source}. Skriv samma namn på båda ställena.',
      missing:
        'Projektet {name} redovisas enligt {source} men har ingen bilaga. Lägg till dess slutredovisning i Bilagor, i samma ordning som projekten redovisas.',
      owner: 'Bilagan för {name} anger {bilagaOwner}, men {source} anger {owner}. Skriv samma förvaltning på båda ställena.',
      order:
        'Bilagan för {name} står som nummer {number}, men projektet redovisas som nummer {position}. Numrera bilagorna i den ordning projekten redovisas.',
    },
  },
  check(ctx) {
    const { structure } = ctx;
    if (!structure.byId.bilagor) return;
    numberedReferences(ctx);
    const items = bilagaItems(structure);
    const c = ctx.case;
    // Reports a case names as bilagor (a FUM study's slutrapport, the extra bilagor) must be listed.
    if (c) {
      const wanted = [
        ...c.fum.flatMap((f, i) => f.bilagor.map((b, k) => ({ title: b, field: describePath(['fum', i, 'bilagor', k], c) }))),
        ...c.bilagor.map((b, k) => ({ title: b, field: describePath(['bilagor', k], c) })),
      ];
      for (const w of wanted) {
        if (items.some((p) => namesTitle(p.text, w.title))) continue;
        ctx.report({
          ...wholeParagraph(structure.byId.bilagor.heading),
          messageId: 'caseBilaga',
          data: { title: q(w.title), field: w.field },
        });
      }
    }
    let reported: Reported[] = [];
    const lists = projectLists(structure);
    for (const p of lists.reported) {
      const line = parseProjectLine(p);
      if (line) reported.push({ name: line.name, owner: line.owner, ownerFrom: IN_TEXT, nameFrom: IN_TEXT, paragraph: p });
    }
    if (c && c.dokumenttyp === 'inriktning-redovisning' && c.lum.some((p) => p.status === 'slutredovisas')) {
      const fromText = reported;
      reported = c.lum.flatMap((p, i) => {
        if (p.status !== 'slutredovisas') return [];
        const inText = fromText.find((r) => nameKey(r.name) === nameKey(p.namn)) ?? fromText.find((r) => similar(r.name, p.namn));
        // The owner as the text says it (the case may be older than edits made in Word), else the case's.
        const fromCase = (field: string) => `ärendets uppgifter (${describePath(['lum', i, field])})`;
        if (inText) {
          const nameFrom = nameKey(inText.name) === nameKey(p.namn) ? IN_TEXT : fromCase('namn');
          return [{ name: p.namn, owner: inText.owner, ownerFrom: IN_TEXT, nameFrom, paragraph: inText.paragraph }];
        }
        return [
          {
            name: p.namn,
            owner: [p.sdf, ...p.medsokande].map(ownerName).join(' tillsammans med '),
            ownerFrom: fromCase('sdf'),
            nameFrom: fromCase('namn'),
          },
        ];
      });
    }
    // A project that continues (fortgår) has no slutredovisning yet.
    const ongoing =
      c && c.dokumenttyp === 'inriktning-redovisning' && c.lum.length > 0
        ? c.lum.filter((p) => p.status === 'fortgar').map((p) => ({ name: p.namn, from: 'ärendets uppgifter' }))
        : lists.ongoing
            .map((p) => parseProjectLine(p))
            .filter((l): l is NonNullable<typeof l> => !!l)
            .map((l) => ({ name: l.name, from: IN_TEXT }));
    for (const p of items) {
      if (!/^\s*(?:bilaga\s+\d{1,2}\s*[.):–-]?\s*)?slutredovisning/i.test(p.text) && !/^\s*\d{1,2}[.)]\s+slutredovisning/i.test(p.text))
        continue;
      const line = parseProjectLine(p, BILAGA_PREFIX);
      if (!line) continue;
      const o = ongoing.find((x) => similar(x.name, line.name));
      if (!o || reported.some((r) => similar(r.name, line.name))) continue;
      ctx.report({
        paragraph: p.index,
        start: line.nameStart,
        end: line.nameStart + line.name.length,
        messageId: 'ongoing',
        data: { name: q(line.name), source: o.from },
      });
    }
    if (reported.length === 0) return;
    const bil = items.map((p) => ({ p, line: parseProjectLine(p, BILAGA_PREFIX) ?? lineNaming(p, reported) }));
    const used = new Set<number>();
    const matchedAt: (number | undefined)[] = reported.map((r) => {
      const j = bil.findIndex((b, k) => !used.has(k) && b.line && similar(b.line.name, r.name));
      if (j >= 0) used.add(j);
      return j >= 0 ? j : undefined;
    });
    let maxJ = -1;
    reported.forEach((r, i) => {
      const j = matchedAt[i];
      const where = r.paragraph
        ? { paragraph: r.paragraph.index, start: 0, end: r.paragraph.text.length }
        : { paragraph: structure.byId.bilagor!.heading.index, start: 0, end: 0 };
      if (j === undefined) {
        // Same place in Bilagor, not claimed by another project: the name differs.
        const same = bil[i];
        if (same && !used.has(i) && same.line && ownerKey(same.line.owner) === ownerKey(r.owner)) {
          used.add(i);
          ctx.report({
            paragraph: same.p.index,
            start: same.line.nameStart,
            end: same.line.nameStart + same.line.name.length,
            messageId: 'name',
            data: { number: i + 1, bilagaName: q(same.line.name), name: q(r.name), source: r.nameFrom },
          });
          return;
        }
        ctx.report({
          ...where,
          messageId: 'missing',
          data: { name: q(r.name), source: r.nameFrom },
        });
        return;
      }
      const b = bil[j];
      if (b.line && ownerKey(b.line.owner) !== ownerKey(r.owner)) {
        ctx.report({
          paragraph: b.p.index,
          start: b.line.ownerStart,
          end: b.line.ownerStart + b.line.owner.length,
          messageId: 'owner',
          data: { name: q(r.name), bilagaOwner: q(b.line.owner), source: r.ownerFrom, owner: q(r.owner) },
        });
      }
      const outOfOrder = j < maxJ;
      maxJ = Math.max(maxJ, j);
      if (outOfOrder) {
        ctx.report({
          paragraph: b.p.index,
          start: 0,
          end: b.p.text.length,
          severity: 'warning',
          messageId: 'order',
          data: { name: q(r.name), number: j + 1, position: i + 1 },
        });
      }
    });
  },
};
