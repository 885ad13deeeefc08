import type { Rule } from '../rule';
import { bilagaItems, listAfter, projectLists } from '../facts';
import { COUNT_WORD, WB, WE, parseCount } from '../text';

const VARAV = new RegExp(`${WB}${COUNT_WORD}\\s+(?:\\p{L}+\\s+){0,2}?projekt${WE}[^.]*?${WB}varav\\s+${COUNT_WORD}${WE}`, 'giu');
const FOLJANDE = new RegExp(`${WB}följande\\s+${COUNT_WORD}\\s+(\\p{L}+)`, 'giu');
const VARAV_HINT = /varav/iu;
const FOLJANDE_HINT = /följande/iu;

export const rule: Rule = {
  meta: { id: 'count-mismatch', severity: 'error', description: 'Ett antal i ord eller siffror stämmer inte med det som räknas upp (eller med ärendet).' },
  check(ctx) {
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
    const bilagor = bilagaItems(structure).length;
    const reportedPrefix = structure.byId.bilagor ? bilagor : undefined;

    for (const p of structure.body) {
      const t = p.text;
      if (!/projekt|följande|bilag/i.test(t)) continue;
      // "tio projekt … varav sju"
      VARAV.lastIndex = 0;
      const varav = VARAV;
      // VARAV and FOLJANDE are costly; a paragraph without their key word cannot match them.
      for (let m = VARAV_HINT.test(t) ? varav.exec(t) : null; m !== null; m = varav.exec(t)) {
        const total = parseCount(m[1]);
        const part = parseCount(m[2]);
        if (total === undefined || part === undefined) continue;
        const partAt = m.index + m[0].length - m[2].length;
        if (reported !== undefined && part !== reported) {
          ctx.report({
            paragraph: p.index,
            start: partAt,
            end: partAt + m[2].length,
            message: `Texten säger att ${m[2]} projekt avslutas (”varav ${m[2]}”), men ${source} har ${reported} projekt som slutredovisas. Rätta antalet.`,
          });
        }
        if (reported !== undefined && ongoing !== undefined && total !== reported + ongoing) {
          ctx.report({
            paragraph: p.index,
            start: m.index,
            end: m.index + m[1].length,
            message: `Texten säger ${m[1]} projekt totalt, men ${source} har ${reported} som slutredovisas och ${ongoing} som fortgår, alltså ${reported + ongoing}. Rätta antalet.`,
          });
        }
      }
      // "Följande tre projekt …:" followed by a list
      FOLJANDE.lastIndex = 0;
      const foljande = FOLJANDE;
      for (let m = FOLJANDE_HINT.test(t) ? foljande.exec(t) : null; m !== null; m = foljande.exec(t)) {
        const n = parseCount(m[1]);
        if (n === undefined) continue;
        const items = listAfter(structure, p);
        if (items.length === 0 || items.length === n) continue;
        const at = m.index + m[0].indexOf(m[1]);
        ctx.report({
          paragraph: p.index,
          start: at,
          end: at + m[1].length,
          message: `Texten säger ”${m[1]} ${m[2]}”, men listan som följer har ${items.length} punkter. Rätta antalet eller listan.`,
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
            paragraph: p.index,
            start: m.index,
            end: m.index + m[0].length,
            message: `Texten hänvisar till ${k} bilagor (${m[0]}), men listan som följer har ${items.length} projekt. Rätta bilagenumren eller listan.`,
          });
        } else if (reportedPrefix !== undefined && b > reportedPrefix) {
          ctx.report({
            paragraph: p.index,
            start: m.index,
            end: m.index + m[0].length,
            message: `Texten hänvisar till bilaga ${b}, men avsnittet Bilagor har bara ${reportedPrefix} bilagor. Rätta hänvisningen eller lägg till bilagan.`,
          });
        }
      }
    }
  },
};
