import type { Rule } from '../rule';
import { sectionTitle } from '../checklist';
import { refersToBilaga } from '../section-facts';
import { joinList } from '../../swedish/text';
import type { StandardSectionId } from '../../model/sections';

/** A section the profile requires that is absent. Bilagor only when the text refers to a bilaga. */
export const rule: Rule = {
  meta: {
    id: 'section-missing',
    title: 'Avsnitt saknas',
    severity: 'error',
    docs: {
      description:
        'Ett avsnitt som profilen kräver saknas (till exempel Sammanfattning eller Ärendets beredning). En numrerad beslutslista direkt under rubriken räknas som förslag till beslut.',
    },
    messages: {
      noSections:
        'Dokumentet har ingen av rubrikerna som profilen ”{profile}” väntar sig ({titles}). Kontrollera att rubrikerna finns, eller välj en annan profil.',
      missing: 'Avsnittet ”{section}” saknas. Lägg till rubriken ”{section}” med text {where}.',
      missingBilagor:
        'Avsnittet ”Bilagor” saknas, fast texten hänvisar till bilagor. Lägg till rubriken ”Bilagor” sist med en numrerad lista över bilagorna.',
      missingOneOf: 'Dokumentet har inget av avsnitten {sections}. Lägg till minst ett av dem.',
    },
  },
  check(ctx) {
    const { structure, profile } = ctx;
    const title = (id: StandardSectionId) => sectionTitle(profile, id);
    if (structure.sections.length === 0) {
      const titles = profile.avsnitt.filter((a) => a.krav === 'obligatoriskt').map((a) => title(a.id));
      ctx.report({ paragraph: -1, messageId: 'noSections', data: { profile: profile.namn, titles: joinList(titles) } });
      return;
    }
    const order = profile.avsnitt.map((a) => a.id);
    const bilagaRef = refersToBilaga(structure);
    profile.avsnitt.forEach((a, k) => {
      if (structure.byId[a.id] || a.krav === 'valfritt') return;
      if (a.krav === 'vid-hanvisning') {
        if (bilagaRef) ctx.report({ paragraph: -1, severity: 'warning', messageId: 'missingBilagor' });
        return;
      }
      const nextId = order.slice(k + 1).find((n) => structure.byId[n]);
      const prevId = order
        .slice(0, k)
        .reverse()
        .find((n) => structure.byId[n]);
      const where = nextId ? `före ”${title(nextId)}”` : prevId ? `efter ”${title(prevId)}”` : 'på sin plats';
      const at = nextId ? structure.byId[nextId]!.heading : undefined;
      ctx.report({ paragraph: at ? at.index : -1, start: 0, end: 0, messageId: 'missing', data: { section: title(a.id), where } });
    });
    for (const group of profile.minstEttAv) {
      // Prose right under the title tells the matter without a heading (a missiv): it counts for a summary or ärendebeskrivning.
      const told = structure.introText.length > 0 && group.some((id) => id === 'sammanfattning' || id === 'arendet');
      if (told || group.some((id) => structure.byId[id])) continue;
      ctx.report({
        paragraph: -1,
        messageId: 'missingOneOf',
        data: {
          sections: joinList(
            group.map((id) => `”${title(id)}”`),
            'eller',
          ),
        },
      });
    }
  },
};
