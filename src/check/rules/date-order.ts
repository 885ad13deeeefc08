import type { Rule } from '../rule';
import { findIsoDates, findLongDates } from '../text';
import { longDate } from '../../swedish/dates';

interface Dated {
  iso: string;
  label: string;
  paragraph: number;
  start: number;
  end: number;
}

export const rule: Rule = {
  meta: {
    id: 'date-order',
    title: 'Datum i fel ordning',
    severity: 'error',
    docs: {
      description: 'Datum i fel ordning: beredningen efter dokumentets datum, eller dokumentets datum efter nämndens sammanträde.',
    },
    messages: {
      docAfterMeeting: 'Tjänsteutlåtandets datum {date} är efter nämndens sammanträde {meeting}. Rätta något av datumen.',
      beredningAfterMeeting:
        'Datumet för {what}, {date}, är efter nämndens sammanträde {meeting}. Ärendet ska vara berett före sammanträdet: rätta datumet.',
      beredningAfterDoc:
        'Datumet för {what}, {date}, är efter tjänsteutlåtandets datum {docDate}. Beredningen ska vara klar när utlåtandet dateras: kontrollera datumen.',
    },
  },
  check(ctx) {
    const { structure } = ctx;
    const c = ctx.case;
    const beredningSec = structure.byId.beredning;
    const headAt = { paragraph: beredningSec?.heading.index ?? -1, start: 0, end: 0 };
    const doc: Dated | undefined = structure.documentDate
      ? { ...structure.documentDate, label: 'tjänsteutlåtandets datum' }
      : c
        ? { iso: c.metadata.datum, label: 'tjänsteutlåtandets datum (ärendets metadata.datum)', paragraph: -1, start: 0, end: 0 }
        : undefined;
    const meeting: Dated | undefined = structure.meetingDate
      ? { ...structure.meetingDate, label: 'nämndens sammanträde' }
      : c
        ? {
            iso: c.metadata.sammantradesdatum,
            label: 'nämndens sammanträde (ärendets metadata.sammantradesdatum)',
            paragraph: -1,
            start: 0,
            end: 0,
          }
        : undefined;
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
        [b.forvaltningsgrupp, 'förvaltningsgruppens behandling (metadata.beredning.forvaltningsgrupp)'],
        [b.funktionshinderradet, 'funktionshinderrådets behandling (metadata.beredning.funktionshinderradet)'],
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
