import type { Rule } from '../rule';
import { SECTION_IDS, SECTION_TITLES } from '../../model/sections';

/** A standard section that is absent. Bilagor only when the text refers to a bilaga. */
export const rule: Rule = {
  meta: {
    id: 'section-missing',
    severity: 'error',
    description: 'Ett standardavsnitt saknas (till exempel Sammanfattning eller Ärendets beredning).',
  },
  check(ctx) {
    const { structure } = ctx;
    if (structure.sections.length === 0) {
      ctx.report({
        paragraph: -1,
        message:
          'Dokumentet har inga av tjänsteutlåtandets standardrubriker (Förvaltningens förslag till beslut, Sammanfattning, Bakgrund, Ärendets beredning, Ärendet, Förvaltningens synpunkter och förslag). Kontrollera att det är ett tjänsteutlåtande och att rubrikerna finns.',
      });
      return;
    }
    const refersToBilaga = structure.body.some((p) => /\bbilag(a|or|orna)\s+\d/i.test(p.text));
    SECTION_IDS.forEach((id, k) => {
      if (structure.byId[id]) return;
      if (id === 'bilagor' && !refersToBilaga) return;
      const nextId = SECTION_IDS.slice(k + 1).find((n) => structure.byId[n]);
      const prevId = SECTION_IDS.slice(0, k)
        .reverse()
        .find((n) => structure.byId[n]);
      const where = nextId ? `före ”${SECTION_TITLES[nextId]}”` : prevId ? `efter ”${SECTION_TITLES[prevId]}”` : 'på sin plats';
      const at = nextId ? structure.byId[nextId]!.heading : undefined;
      ctx.report({
        paragraph: at ? at.index : -1,
        start: 0,
        end: 0,
        severity: id === 'bilagor' ? 'warning' : 'error',
        message:
          id === 'bilagor'
            ? `Avsnittet ”Bilagor” saknas, fast texten hänvisar till bilagor. Lägg till rubriken ”Bilagor” sist med en numrerad lista över bilagorna.`
            : `Avsnittet ”${SECTION_TITLES[id]}” saknas. Lägg till rubriken ”${SECTION_TITLES[id]}” (Rubrik 2) med text ${where}.`,
      });
    });
  },
};
