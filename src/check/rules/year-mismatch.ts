import type { Rule } from '../rule';
import { yearMentions, type YearKind, type YearMention } from '../facts';
import type { DocParagraph } from '../types';

const KIND_TEXT: Record<YearKind, string> = { inriktning: 'inriktningen', redovisning: 'redovisningen', rapport: 'årsrapporten' };
const PART_TEXT = {
  title: 'rubriken',
  forslag: 'förslaget till beslut',
  sammanfattning: 'sammanfattningen',
  synpunkter: 'förvaltningens synpunkter',
  case: 'ärendets uppgifter (år)',
} as const;
type Part = keyof typeof PART_TEXT;

export const rule: Rule = {
  meta: {
    id: 'year-mismatch',
    title: 'Åren stämmer inte överens',
    severity: 'error',
    docs: { description: 'Åren i rubrik, förslag till beslut, sammanfattning och synpunkter stämmer inte med varandra.' },
    messages: {
      year: 'Året för {kind} är {year} i {part}, men {refYear} i {refPart}. Rätta året så att rubrik, förslag till beslut, sammanfattning och synpunkter säger samma sak.',
    },
  },
  check(ctx) {
    const { structure } = ctx;
    const parts: { part: Part; paras: DocParagraph[] }[] = [
      { part: 'title', paras: structure.title ? [structure.title] : [] },
      { part: 'forslag', paras: structure.byId.forslag?.content ?? [] },
      { part: 'sammanfattning', paras: structure.byId.sammanfattning?.content ?? [] },
      { part: 'synpunkter', paras: structure.byId.synpunkter?.content ?? [] },
    ];
    const mentions: { part: Part; m: YearMention }[] = [];
    for (const { part, paras } of parts) for (const p of paras) for (const m of yearMentions(p)) mentions.push({ part, m });

    const kinds: YearKind[] = ['inriktning', 'redovisning', 'rapport'];
    for (const kind of kinds) {
      const ofKind = mentions.filter((x) => x.m.kind === kind);
      let ref: { part: Part; year: number } | undefined;
      const c = ctx.case;
      if (c) {
        const y = kind === 'inriktning' ? c.ar.inriktning : c.ar.redovisning;
        if (y !== undefined && (kind !== 'rapport' || c.dokumenttyp === 'arsrapport')) ref = { part: 'case', year: y };
      }
      if (!ref) {
        const first = ofKind.find((x) => x.part === 'title') ?? ofKind.find((x) => x.part === 'forslag');
        if (first) ref = { part: first.part, year: first.m.year };
      }
      if (!ref) continue;
      for (const { part, m } of ofKind) {
        if (m.year === ref.year) continue;
        ctx.report({
          paragraph: m.paragraph,
          start: m.start,
          end: m.end,
          messageId: 'year',
          data: { kind: KIND_TEXT[kind], year: m.year, part: PART_TEXT[part], refYear: ref.year, refPart: PART_TEXT[ref.part] },
        });
      }
    }
  },
};
