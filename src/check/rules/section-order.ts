import type { Rule } from '../rule';
import { sectionTitle } from '../checklist';
import type { StandardSectionId } from '../../model/sections';
import type { ResolvedProfile } from '../../model/profiles/index';
import { wholeParagraph } from '../text';

/** Rank of each section in the profile's order; sections in one group share a rank (any order among them). */
function ranks(profile: ResolvedProfile): Map<StandardSectionId, number> {
  const out = new Map<StandardSectionId, number>();
  profile.ordning.forEach((x, i) => {
    for (const id of Array.isArray(x) ? x : [x]) out.set(id, i);
  });
  return out;
}

/** "förslag till beslut, sammanfattning, bakgrund, ärendets beredning och ärendet, …" */
function orderText(profile: ResolvedProfile): string {
  const t = (id: StandardSectionId) => sectionTitle(profile, id).toLocaleLowerCase('sv-SE');
  return profile.ordning.map((x) => (Array.isArray(x) ? x.map(t).join(' och ') : t(x))).join(', ');
}

export const rule: Rule = {
  meta: {
    id: 'section-order',
    title: 'Avsnitt i fel ordning',
    severity: 'warning',
    docs: {
      description:
        'Avsnitten står inte i profilens ordning, eller ett avsnitt finns två gånger. Bara avsnittsrubrikerna räknas, inte underrubriker med samma namn.',
    },
    messages: {
      duplicate:
        'Avsnittet ”{section}” finns två gånger (första gången i stycke {first}). Ta bort det ena eller slå ihop dem, till exempel efter en sammanslagning av två utkast.',
      order: 'Avsnittet ”{section}” står efter ”{after}” men ska stå före. Flytta avsnittet så att ordningen blir: {order}.',
    },
  },
  check(ctx) {
    const { profile } = ctx;
    for (const d of ctx.structure.duplicates) {
      ctx.report({
        ...wholeParagraph(d.heading),
        messageId: 'duplicate',
        data: { section: sectionTitle(profile, d.id), first: d.first.index + 1 },
      });
    }
    const rank = ranks(profile);
    let maxSoFar = -1;
    let maxId: StandardSectionId | undefined;
    for (const s of ctx.structure.sections) {
      const r = rank.get(s.id);
      if (r === undefined) continue;
      if (r < maxSoFar && maxId) {
        ctx.report({
          ...wholeParagraph(s.heading),
          messageId: 'order',
          data: { section: sectionTitle(profile, s.id), after: sectionTitle(profile, maxId), order: orderText(profile) },
        });
      }
      if (r > maxSoFar) {
        maxSoFar = r;
        maxId = s.id;
      }
    }
  },
};
