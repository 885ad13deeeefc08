import type { Rule, RuleContext } from '../rule';
import { findIsoDates, findLongDates, findYears, matchAt, q, sentences, twin, type Span } from '../text';
import type { DocParagraph } from '../types';
import { mayMatch, mayMatchAt } from '../scan';
import type { DateAt } from '../structure';
import type { Case } from '../../model/case';
import { longDate, MONTHS } from '../../swedish/dates';
import { fieldLabel } from '../../model/fields';

interface Dated {
  iso: string;
  label: string;
  paragraph: number;
  start: number;
  end: number;
}

/** The date the document states, or else the case's field (named in the label, with no place in the document). */
function statedOrCase(
  stated: DateAt | undefined,
  label: string,
  c: Case | undefined,
  field: 'datum' | 'sammantradesdatum',
): Dated | undefined {
  if (stated) return { ...stated, label };
  if (!c) return undefined;
  return {
    iso: c.metadata[field],
    label: `${label} (ärendets fält ${q(fieldLabel(['metadata', field]))})`,
    paragraph: -1,
    start: 0,
    end: 0,
  };
}

export const rule: Rule = {
  meta: {
    id: 'date-order',
    title: 'Datum i fel ordning',
    severity: 'error',
    docs: {
      description:
        'Datum i fel ordning: beredningen efter dokumentets datum, dokumentets datum efter nämndens sammanträde, ett underlag eller en bilaga daterad efter dokumentet, något som redan har hänt daterat efter dokumentet, eller två olika datum för dokumentet i sidhuvudet och på första sidan.',
    },
    messages: {
      headerDate:
        'Sidhuvudet daterar dokumentet {header}, men första sidan {pageOne}. Skriv samma datum på båda ställena (ofta ett fält som inte har uppdaterats).',
      referencedAfterDoc:
        'Underlaget är daterat {date}, efter dokumentets datum {docDate}. Ett underlag kan inte vara skrivet efter dokumentet som hänvisar till det: kontrollera datumen.',
      statuteAfterDoc:
        'Författningen {statute} är från ett senare år än dokumentet ({docYear}). En författning som dokumentet hänvisar till finns redan: kontrollera numret.',
      pastAfterDoc:
        'Texten beskriver något som redan har hänt {when}, men dokumentet är från {docWhen}. Kontrollera årtalet eller datumet.',
      docAfterMeeting: 'Tjänsteutlåtandets datum {date} är efter nämndens sammanträde {meeting}. Rätta något av datumen.',
      beredningAfterMeeting:
        'Datumet för {what}, {date}, är efter nämndens sammanträde {meeting}. Ärendet ska vara berett före sammanträdet: rätta datumet.',
      beredningAfterDoc:
        'Datumet för {what}, {date}, är efter tjänsteutlåtandets datum {docDate}. Beredningen ska vara klar när utlåtandet dateras: kontrollera datumen.',
    },
  },
  check(ctx) {
    headerAgainstPageOne(ctx);
    referencedAfterDocument(ctx);
    pastAfterDocument(ctx);
    statutesAfterDocument(ctx);
    const { structure } = ctx;
    const c = ctx.case;
    const beredningSec = structure.byId.beredning;
    const headAt = { paragraph: beredningSec?.heading.index ?? -1, start: 0, end: 0 };
    const doc = statedOrCase(structure.documentDate, 'tjänsteutlåtandets datum', c, 'datum');
    const meeting = statedOrCase(structure.meetingDate, 'nämndens sammanträde', c, 'sammantradesdatum');
    const defaultYear = Number((doc ?? meeting)?.iso.slice(0, 4)) || undefined;
    const beredning: Dated[] = [];
    for (const p of beredningSec?.content ?? []) {
      for (const d of findLongDates(p.text, defaultYear))
        beredning.push({ iso: d.iso, label: 'beredningen', paragraph: p.index, start: d.start, end: d.end });
      for (const d of findIsoDates(p.text))
        beredning.push({ iso: d.iso, label: 'beredningen', paragraph: p.index, start: d.start, end: d.end });
    }
    if (c) {
      const b = c.metadata.beredning;
      for (const [iso, label] of [
        [
          b.forvaltningsgrupp,
          `förvaltningsgruppens behandling (ärendets fält ${q(fieldLabel(['metadata', 'beredning', 'forvaltningsgrupp']))})`,
        ],
        [
          b.funktionshinderradet,
          `funktionshinderrådets behandling (ärendets fält ${q(fieldLabel(['metadata', 'beredning', 'funktionshinderradet']))})`,
        ],
      ] as const) {
        if (iso && !beredning.some((x) => x.iso === iso)) beredning.push({ iso, label, ...headAt });
      }
    }
    if (doc && meeting && doc.iso > meeting.iso) {
      ctx.report({
        paragraph: doc.paragraph,
        start: doc.start,
        end: doc.end,
        messageId: 'docAfterMeeting',
        data: { date: longDate(doc.iso), meeting: longDate(meeting.iso) },
      });
    }
    for (const b of beredning) {
      if (meeting && b.iso > meeting.iso) {
        ctx.report({
          paragraph: b.paragraph,
          start: b.start,
          end: b.end,
          messageId: 'beredningAfterMeeting',
          data: { what: b.label, date: longDate(b.iso), meeting: longDate(meeting.iso) },
        });
      } else if (doc && b.iso > doc.iso) {
        ctx.report({
          paragraph: b.paragraph,
          start: b.start,
          end: b.end,
          severity: 'warning',
          messageId: 'beredningAfterDoc',
          data: { what: b.label, date: longDate(b.iso), docDate: longDate(doc.iso) },
        });
      }
    }
  },
};

/** The page header's date against page 1's. */
function headerAgainstPageOne(ctx: RuleContext): void {
  const { pageHeader, pageOne } = ctx.structure.dateSources;
  if (!pageHeader || !pageOne || pageHeader.iso === pageOne.iso) return;
  ctx.report({
    ...pageHeader,
    severity: 'warning',
    messageId: 'headerDate',
    data: { header: longDate(pageHeader.iso), pageOne: longDate(pageOne.iso) },
  });
}

/** A document the text lists or names with its date ("Tjänsteskrivelse daterad 2018-08-28", "revisionsskrivelse … daterad 2014-04-22", "protokoll den 24 mars 2010"). */
const DATED_DOCUMENT = twin(
  /(?<![\p{L}])(?:tjänsteskrivelse|tjänsteutlåtande|protokoll|protokollsutdrag|skrivelse|revisionsskrivelse|rapport|yttrande|begäran|föreläggande|remiss|beslut|underlag|bilaga)(?:n|en|et|t|na|er|ar|erna|arna|s)?(?![\p{L}])(?:[^.;]{0,60}?\s(?:daterad|daterat|daterade|från|den)|,)\s+$/iu,
);

const DATED = twin(/(?:daterad|daterat|daterade)\s*$/iu);

/**
 * What every ISO date findIsoDates finds has: two digits, a hyphen, two digits, a hyphen, two digits
 * (a search for this is five times faster than for the whole ÅÅÅÅ-MM-DD: the hyphens stand at fixed places).
 */
export const ISO_DATE_HINT = /\d\d-\d\d-\d\d/;
/**
 * What every written-out date with a year (findLongDates, "17 april 2024") and every point in time
 * of WHEN ("i april 2012", "redan 2009", "hösten 2015") has: white space and then a year 1900–2099.
 * Far fewer texts have it than have a month's name, and it is searched for faster.
 */
export const YEAR_AFTER_SPACE = /\s(?:19|20)\d\d/;

function referencedAfterDocument(ctx: RuleContext): void {
  const { structure } = ctx;
  const doc = structure.documentDate;
  if (!doc) return;
  // Every line of a Bilagor or Beslutsunderlag list is a document ("Skolpliktsuppföljning, 2025-09-23").
  const listed = new Set((structure.byId.bilagor?.content ?? []).map((p) => p.index));
  const seen = new Set<string>();
  // A date is an ISO date or has a month's name and a year (a search through the body for each).
  const at = [...new Set([...mayMatchAt(structure.body, ISO_DATE_HINT), ...mayMatchAt(structure.body, YEAR_AFTER_SPACE)])].sort(
    (a, b) => a - b,
  );
  for (const p of at.map((i) => structure.body[i])) {
    if (p.index === doc.paragraph || !/\d{4}/.test(p.text)) continue;
    // Written-out dates need a month's name; most paragraphs have none (a cheap test before the costly one).
    const long = MONTH_HINT.test(p.text) ? findLongDates(p.text).filter((d) => d.hasYear) : [];
    const ds = [...findIsoDates(p.text), ...long];
    for (const d of ds) {
      if (d.iso <= doc.iso || seen.has(d.iso)) continue;
      const before = p.text.slice(Math.max(0, d.start - 90), d.start);
      // "… 2023-01-10, § 15": a decision already taken, with its paragraph in the minutes.
      const minuted = /^,?\s*§\s*\d/.test(p.text.slice(d.end, d.end + 8));
      const dated = DATED.for(p.text).test(before);
      if (!listed.has(p.index) && !minuted && !dated && !DATED_DOCUMENT.for(p.text).test(before)) continue;
      // Once per date, where it is first named (the decision, before the list of underlag).
      seen.add(d.iso);
      ctx.report({
        paragraph: p.index,
        start: d.start,
        end: d.end,
        severity: 'warning',
        messageId: 'referencedAfterDoc',
        data: { date: longDate(d.iso), docDate: longDate(doc.iso) },
      });
    }
  }
}

/** A statute cited by its number ("SOSFS 2009:23", "SFS 2001:453"): it exists, so it is not from a later year than the document. */
const STATUTE = twin(/(?<![\p{L}])(\p{Lu}{1,6}FS|SFS)(?:-\p{Lu}{1,4})?\s*((?:19|20)\d\d):\d{1,4}/gu);

function statutesAfterDocument(ctx: RuleContext): void {
  const year = ctx.structure.documentYear;
  if (year === undefined) return;
  for (const p of mayMatch(ctx.structure.body, /FS/)) {
    if (!p.text.includes('FS')) continue;
    const statute = STATUTE.for(p.text);
    statute.lastIndex = 0;
    for (let m = statute.exec(p.text); m !== null; m = statute.exec(p.text)) {
      if (Number(m[2]) <= year) continue;
      ctx.report({
        ...matchAt(p, m),
        severity: 'warning',
        messageId: 'statuteAfterDoc',
        data: { statute: m[0], docYear: year },
      });
    }
  }
}

/** The first day of a season or a month: when "hösten 2015" or "i april 2012" began. */
const SEASON_START: Record<string, string> = { våren: '03-01', sommaren: '06-01', hösten: '09-01', vintern: '12-01' };

const MONTH_HINT = new RegExp(MONTHS.join('|'), 'i');

/** A verb that says something has already happened. */
const PAST = twin(
  /(?<![\p{L}])(?:beslutade|beslöt|beslutades|fattade|antog|antogs|fastställde|fastställdes|genomfördes|genomförde|hölls|hade|var|startade|startades|utgavs|inkom|lämnade|överlämnade|redovisade|återremitterades|godkände|godkändes)(?![\p{L}])/iu,
);
/** Cheap, wider tests than PAST and WHEN (no lookbehind): a paragraph that fails either has nothing to report. */
const PAST_HINT =
  /beslut|beslöt|fattade|antog|fastställ|genomför|hölls|hade|var|startade|utgavs|inkom|lämnade|redovisade|återremitt|godkän/i;
const WHEN_HINT = /den |i [a-zåäö]|redan|våren|hösten|sommaren|vintern/i;
/** A year as findYears finds them (1990–2099): a paragraph without one has no sentence to report. */
const YEAR_HINT = /199\d|20\d\d/;

/** A future or a plan in the same sentence makes a later year right ("ska", "planeras"). */
const FUTURE = twin(/(?<![\p{L}])(?:ska|skall|kommer att|planeras|beräknas|förväntas|föreslås|avses|prognos\p{L}*)(?![\p{L}])/iu);
/** A point in time: "den 31 mars 2017", "i april 2012", "redan 2009", "hösten 2015". */
export const WHEN = twin(
  new RegExp(
    `(?<![\\p{L}])(?:den\\s+\\d{1,2}\\s+(?:${MONTHS.join('|')})\\s+|i\\s+(?:${MONTHS.join('|')})\\s+|redan\\s+(?:år\\s+)?|(?:våren|hösten|sommaren|vintern)\\s+)((?:19|20)\\d\\d)(?!\\d)`,
    'giu',
  ),
);

const MONTH_AT_START = twin(new RegExp(`^\\s*i\\s+(${MONTHS.join('|')})`, 'iu'));
const SEASON_AT_START = twin(/^\s*(?:under\s+)?(våren|sommaren|hösten|vintern)/iu);

/**
 * When a point in time began, as an ISO date: a full date ("den 31 mars 2017"), the first day of a
 * month ("i april 2012") or a season ("hösten 2015" began 1 September); undefined for a bare year.
 */
function pointInTime(text: string, year: number): { iso?: string; exact: boolean } {
  const full = findLongDates(text).find((d) => d.hasYear);
  if (full) return { iso: full.iso, exact: true };
  const season = SEASON_AT_START.for(text).exec(text)?.[1]?.toLocaleLowerCase('sv-SE');
  if (season) return { iso: `${year}-${SEASON_START[season]}`, exact: false };
  const month = MONTH_AT_START.for(text).exec(text)?.[1]?.toLocaleLowerCase('sv-SE');
  if (month) return { iso: `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-01`, exact: false };
  return { exact: false };
}

/** The sentences of the body that may tell of something already done at a point in time. */
function pastSentences(ctx: RuleContext): { p: DocParagraph; s: Span }[] {
  const out: { p: DocParagraph; s: Span }[] = [];
  // WHEN needs a year after white space (the same search as for referencedAfterDocument's dates).
  for (const p of mayMatch(ctx.structure.body, YEAR_AFTER_SPACE)) {
    if (!YEAR_HINT.test(p.text) || !PAST_HINT.test(p.text) || !WHEN_HINT.test(p.text) || p.index === ctx.structure.title?.index) continue;
    const past = PAST.for(p.text);
    const future = FUTURE.for(p.text);
    for (const s of sentences(p.text)) if (past.test(s.text) && !future.test(s.text) && findYears(s.text).length > 0) out.push({ p, s });
  }
  return out;
}

/** Something the text says has already happened, dated after the document. */
function pastAfterDocument(ctx: RuleContext): void {
  const docIso = ctx.structure.documentDate?.iso;
  const docYear = ctx.structure.documentYear;
  if (docYear === undefined) return;
  for (const { p, s } of pastSentences(ctx)) {
    const whenRe = WHEN.for(p.text);
    whenRe.lastIndex = 0;
    for (let m = whenRe.exec(s.text); m !== null; m = whenRe.exec(s.text)) {
      const year = Number(m[1]);
      const when = pointInTime(m[0], year);
      const after = when.iso && docIso ? when.iso > docIso : year > docYear;
      if (!after) continue;
      ctx.report({
        paragraph: p.index,
        start: s.start + m.index + m[0].search(/\S/),
        end: s.start + m.index + m[0].length,
        severity: 'warning',
        messageId: 'pastAfterDoc',
        data: {
          when: when.exact && when.iso ? longDate(when.iso) : m[0].trim(),
          docWhen: when.iso && docIso ? longDate(docIso) : String(docYear),
        },
      });
    }
  }
}
