import type { Rule } from '../rule';
import { bilagaItems, nameKey, ownerKey, parseProjectLine, projectLists } from '../facts';
import { q } from '../text';
import type { DocParagraph } from '../types';
import { ownerName } from '../../model/districts';

interface Reported {
  name: string;
  owner: string;
  paragraph?: DocParagraph;
}

const BILAGA_PREFIX = /(?:slutredovisning|slutrapport|rapport|redovisning)\s*[.:–-]\s*/i;

function similar(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  if (ka.length >= 12 && kb.length >= 12 && (ka.includes(kb) || kb.includes(ka))) return true;
  return false;
}

export const rule: Rule = {
  meta: { id: 'attachment-mismatch', severity: 'error', description: 'De redovisade projekten och Bilagor stämmer inte överens (saknas, namn, förvaltning, ordning).' },
  check(ctx) {
    const { structure } = ctx;
    if (!structure.byId.bilagor) return;
    let reported: Reported[] = [];
    const lists = projectLists(structure);
    for (const p of lists.reported) {
      const line = parseProjectLine(p);
      if (line) reported.push({ name: line.name, owner: line.owner, paragraph: p });
    }
    const c = ctx.case;
    if (c && c.dokumenttyp === 'inriktning-redovisning' && c.lum.some((p) => p.status === 'slutredovisas')) {
      const fromCase = c.lum.filter((p) => p.status === 'slutredovisas');
      reported = fromCase.map((p) => ({ name: p.namn, owner: [p.sdf, ...p.medsokande].map(ownerName).join(' tillsammans med '), paragraph: reported.find((r) => similar(r.name, p.namn))?.paragraph }));
    }
    if (reported.length === 0) return;
    const items = bilagaItems(structure);
    const bil = items.map((p) => ({ p, line: parseProjectLine(p, BILAGA_PREFIX) }));
    const used = new Set<number>();
    const matchedAt: (number | undefined)[] = reported.map((r) => {
      const j = bil.findIndex((b, k) => !used.has(k) && b.line && similar(b.line.name, r.name));
      if (j >= 0) used.add(j);
      return j >= 0 ? j : undefined;
    });
    let maxJ = -1;
    reported.forEach((r, i) => {
      const j = matchedAt[i];
      const where = r.paragraph ? { paragraph: r.paragraph.index, start: 0, end: r.paragraph.text.length } : { paragraph: structure.byId.bilagor!.heading.index, start: 0, end: 0 };
      if (j === undefined) {
        // Same place in Bilagor, not claimed by another project: the name differs.
        const same = bil[i];
        if (same && !used.has(i) && same.line && ownerKey(same.line.owner) === ownerKey(r.owner)) {
          used.add(i);
          ctx.report({
            paragraph: same.p.index,
            start: same.line.nameStart,
            end: same.line.nameStart + same.line.name.length,
            message: `Bilaga ${i + 1} heter ${q(same.line.name)}, men projektet i Ärendet heter ${q(r.name)}. Skriv samma namn i Ärendet och i Bilagor.`,
          });
          return;
        }
        ctx.report({
          ...where,
          message: `Projektet ${q(r.name)} redovisas men har ingen bilaga. Lägg till dess slutredovisning i Bilagor, i samma ordning som projekten redovisas.`,
        });
        return;
      }
      const b = bil[j];
      if (b.line && ownerKey(b.line.owner) !== ownerKey(r.owner)) {
        ctx.report({
          paragraph: b.p.index,
          start: b.line.ownerStart,
          end: b.line.ownerStart + b.line.owner.length,
          message: `Bilagan för ${q(r.name)} anger ${q(b.line.owner)}, men Ärendet anger ${q(r.owner)}. Skriv samma förvaltning på båda ställena.`,
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
          message: `Bilagan för ${q(r.name)} står som nummer ${j + 1}, men projektet redovisas som nummer ${i + 1}. Numrera bilagorna i den ordning projekten redovisas.`,
        });
      }
    });
  },
};
