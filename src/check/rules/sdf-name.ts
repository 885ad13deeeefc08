import type { Rule } from '../rule';
import { DISTRICTS, districtExistsIn, type District } from '../../model/districts';
import { findYears, escapeRe, sentences, twin } from '../text';
import { yearMentions } from '../facts';
import { longDate } from '../../swedish/dates';
import { joinList } from '../../swedish/text';
import { mayMatch } from '../scan';

const NAMES = [...DISTRICTS].sort((a, b) => b.namn.length - a.namn.length);
const PATTERN = twin(
  new RegExp(
    `(?<![\\p{L}\\-/])(${NAMES.map((d) => escapeRe(d.namn).replace(/-/g, '[-‐‑–]')).join('|')})(s)?(?![\\p{L}]|[-‐‑–]\\p{L})`,
    'gu',
  ),
);
const SINCE = twin(/(?<![\p{L}])(sedan|från|fr\.o\.m\.|från och med)\s+(år\s+)?$/iu);
const FOLD = (s: string) => s.replace(/[‐‑–]/g, '-');

function byName(name: string): District | undefined {
  const n = FOLD(name);
  return DISTRICTS.find((d) => d.namn === n);
}

export const rule: Rule = {
  meta: {
    id: 'sdf-name',
    title: 'Stadsdelsnamn som inte gäller',
    severity: 'error',
    docs: { description: 'Ett stadsdelsförvaltningsnamn som inte fanns det år texten gäller (sammanslagningar 2020 och 2023).' },
    messages: {
      beforeInSentence:
        '{name} finns som stadsdelsförvaltning först från {from}, men meningen talar om {years}. Använd namnet som gällde då{before}.',
      beforeDocYear:
        '{name} finns som stadsdelsförvaltning först från {from}, men texten gäller {docYear}. Använd namnet som gällde då{before}.',
      oldNameFits:
        '{name} heter sedan {since} {newName}. Namnet stämmer för året texten talar om; lägg gärna till det nya namnet om läsaren behöver det.',
      oldName:
        '{name} upphörde {until} och heter nu {newName}, men texten gäller {docYear}. Kontrollera namnet och använd {newName} om det gäller tiden efter sammanslagningen.',
    },
  },
  check(ctx) {
    const { structure } = ctx;
    const c = ctx.case;
    const docIso = c?.metadata.datum ?? structure.documentDate?.iso ?? c?.metadata.sammantradesdatum ?? structure.meetingDate?.iso;
    let docYear = docIso ? Number(docIso.slice(0, 4)) : undefined;
    if (docYear === undefined && structure.title) {
      const ys = findYears(structure.title.text).map((y) => y.year);
      if (ys.length) docYear = Math.max(...ys);
    }
    if (docYear === undefined) return;
    // The year the document reports on: from the case, or the title's redovisning/årsrapport year.
    let reportYear = c?.ar.redovisning;
    if (reportYear === undefined && structure.title) {
      const m = yearMentions(structure.title).find((x) => x.kind !== 'inriktning');
      reportYear = m?.year;
    }
    // Only the paragraphs that name a district (one search through the body).
    for (const p of mayMatch(structure.body, PATTERN)) {
      const pattern = PATTERN.for(p.text);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(p.text); m !== null; m = pattern.exec(p.text)) {
        const d = byName(m[1]);
        if (!d) continue;
        const loc = { paragraph: p.index, start: m.index, end: m.index + m[1].length };
        if (districtExistsIn(d, docYear)) {
          // The name fits the document's year, but the sentence may speak only of years before the district existed.
          const from = Number(d.fran.slice(0, 4));
          const sent = sentences(p.text).find((x) => x.start <= m.index && m.index < x.end);
          // "sedan 2021", "från 2022": a start that runs into the district's time is fine.
          const ys = sent
            ? findYears(sent.text)
                .filter((y) => !SINCE.for(p.text).test(sent.text.slice(0, y.start)))
                .map((y) => y.year)
            : [];
          const before = DISTRICTS.filter((x) => x.ersattAv === d.namn).map((x) => x.namn);
          // A sentence that also names the old district ("som då hette Norrmalm") explains itself.
          const namesOld = sent !== undefined && before.some((b) => sent.text.includes(b));
          if (ys.length > 0 && ys.every((y) => y < from) && !namesOld) {
            ctx.report({
              ...loc,
              severity: 'warning',
              messageId: 'beforeInSentence',
              data: {
                name: d.namn,
                from: longDate(d.fran),
                years: joinList([...new Set(ys)].map(String)),
                before: before.length ? `: ${joinList(before, 'eller')}` : '',
              },
            });
          }
          continue;
        }
        if (d.fran > `${docYear}-12-31`) {
          const before = DISTRICTS.filter((x) => x.ersattAv === d.namn).map((x) => x.namn);
          ctx.report({
            ...loc,
            messageId: 'beforeDocYear',
            data: { name: d.namn, from: longDate(d.fran), docYear, before: before.length ? `: ${joinList(before, 'eller')}` : '' },
          });
          continue;
        }
        // An old name in a later document: right when the text speaks of a year the district existed.
        const spoken = findYears(p.text).map((y) => y.year);
        if (spoken.length === 0 && reportYear !== undefined) spoken.push(reportYear);
        const fits = spoken.some((y) => districtExistsIn(d, y));
        ctx.report({
          ...loc,
          severity: fits ? 'info' : 'warning',
          ...(fits
            ? {
                messageId: 'oldNameFits',
                data: {
                  name: d.namn,
                  since: longDate(DISTRICTS.find((x) => x.namn === d.ersattAv)?.fran ?? d.till ?? ''),
                  newName: d.ersattAv ?? '',
                },
              }
            : { messageId: 'oldName', data: { name: d.namn, until: longDate(d.till ?? ''), newName: d.ersattAv ?? '', docYear } }),
        });
      }
    }
  },
};
