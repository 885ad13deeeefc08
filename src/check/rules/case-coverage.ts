import type { Rule } from '../rule';
import { findAmounts } from '../amounts';
import { nameKey, nameKeyOfNorm, parseProjectLine, projectLists } from '../facts';
import { norm } from '../text';
import { findDistrict } from '../../model/districts';
import { describePath } from '../../model/fields';

/**
 * Compares a document with its case (`tu check --case`, or the case stored in the document):
 * every project, trip and study of the case is in the text, with its amount and its districts, the
 * years are there, and the document lists no project the case does not have.
 */
/** At most one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

export const rule: Rule = {
  meta: {
    id: 'case-coverage',
    title: 'Dokument och ärende stämmer inte',
    severity: 'error',
    needsCase: true,
    docs: {
      description:
        'Jämför dokumentet med ärendet: varje projekt, belopp, stadsdel och år i ärendet ska finnas i texten, och texten ska inte ha projekt som ärendet saknar.',
    },
    messages: {
      projectMissing: '{field} finns i ärendet men inte i dokumentet. Skriv in projektet, eller ta bort det ur ärendet.',
      studyMissing: '{field} finns i ärendet men inte i dokumentet. Skriv in studien, eller ta bort den ur ärendet.',
      tripMissing: '{field} finns i ärendet men inte i dokumentet. Skriv in resan, eller ta bort den ur ärendet.',
      amountMissing:
        'Ärendet anger {amount} för {name} ({field}), men beloppet står inte i dokumentet. Skriv in beloppet, eller rätta det i ärendet.',
      districtMissing:
        '{district} äger projektet {name} enligt ärendet ({field}), men dokumentet nämner inte stadsdelen. Skriv in den, eller rätta ärendet.',
      yearMissing: 'Året {year} ({field}) i ärendet står inte i dokumentet. Kontrollera åren i rubriken och i förslaget till beslut.',
      extraProject:
        'Projektet {name} står i dokumentet men finns inte i ärendet. Lägg till det i ärendet, eller ta bort det ur dokumentet.',
    },
  },
  check(ctx) {
    const c = ctx.case;
    if (!c) return;
    const body = ctx.doc.paragraphs.filter((p) => p.part === 'body');
    const text = norm(body.map((p) => p.text).join('\n'));
    // The same as nameKey(body texts joined by ' \n '): norm makes '\n' and ' \n ' one space alike.
    const key = nameKeyOfNorm(text);
    // The document's words, made when a name is not found as it stands.
    let words: Set<string> | undefined;
    const docWords = (): Set<string> => (words ??= new Set(key.split(' ')));
    // The document's words by length, made once: a word one letter apart is one letter longer, shorter or as long.
    let byLength: Map<number, string[]> | undefined;
    const nearWord = (w: string): boolean => {
      if (!byLength) {
        byLength = new Map();
        for (const d of docWords()) {
          const list = byLength.get(d.length);
          if (list) list.push(d);
          else byLength.set(d.length, [d]);
        }
      }
      for (let n = w.length - 1; n <= w.length + 1; n++) if (byLength.get(n)?.some((d) => oneEditApart(w, d))) return true;
      return false;
    };
    // A name is there when it stands in the text, or when nearly all its words do (real documents
    // write "Stavanger i Norge" for "Stavanger, Norge", and text from a PDF may have a wrong letter).
    const has = (name: string) => {
      const k = nameKey(name);
      if (key.includes(k)) return true;
      const nameWords = k.split(' ').filter((w) => w.length >= 3);
      if (nameWords.length < 2) return false;
      const hits = nameWords.filter((w) => docWords().has(w) || (w.length >= 5 && nearWord(w))).length;
      return hits >= Math.ceil(nameWords.length * 0.85);
    };
    const amounts = new Set(body.flatMap((p) => findAmounts(p.text).map((a) => a.value)));
    const whole = { paragraph: -1 };
    // The field for people ("LUM-projekt 2 («Våga anmäla»), Belopp") and as a path for tools.
    const where = (path: string) => ({ field: describePath(path, c), path });
    const kr = (n: number) => `${n.toLocaleString('sv-SE')} kronor`;

    for (const y of [c.ar.redovisning, c.ar.inriktning]) {
      if (y !== undefined && !new RegExp(`(?<!\\d)${y}(?!\\d)`).test(text))
        ctx.report({
          ...whole,
          messageId: 'yearMissing',
          data: { year: y, ...where(y === c.ar.redovisning ? 'ar.redovisning' : 'ar.inriktning') },
        });
    }
    c.lum.forEach((p, i) => {
      const name = `”${p.namn}”`;
      if (!has(p.namn)) {
        ctx.report({ ...whole, messageId: 'projectMissing', data: { name, ...where(`lum[${i}]`) } });
        return;
      }
      if (p.belopp !== undefined && !amounts.has(p.belopp))
        ctx.report({ ...whole, messageId: 'amountMissing', data: { amount: kr(p.belopp), name, ...where(`lum[${i}].belopp`) } });
      [p.sdf, ...p.medsokande].forEach((owner, k) => {
        const d = findDistrict(owner);
        const short = norm(d?.namn ?? owner.trim());
        if (!text.includes(short))
          ctx.report({
            ...whole,
            messageId: 'districtMissing',
            data: { district: d?.forvaltning ?? owner, name, ...where(k === 0 ? `lum[${i}].sdf` : `lum[${i}].medsokande[${k - 1}]`) },
          });
      });
    });
    c.fum.forEach((f, i) => {
      if (!has(f.namn) && !(f.kortnamn && has(f.kortnamn)))
        ctx.report({ ...whole, messageId: 'studyMissing', data: { name: `”${f.namn}”`, ...where(`fum[${i}]`) } });
    });
    c.mul.forEach((m, i) => {
      if (!has(m.destination)) ctx.report({ ...whole, messageId: 'tripMissing', data: { name: m.destination, ...where(`mul[${i}]`) } });
    });
    // Projects the document lists that the case does not have.
    const known = c.lum.map((p) => nameKey(p.namn));
    const lists = projectLists(ctx.structure);
    for (const para of [...lists.reported, ...lists.ongoing]) {
      const line = parseProjectLine(para);
      if (!line) continue;
      const k = nameKey(line.name);
      if (known.some((n) => n === k || (n.length >= 12 && k.length >= 12 && (n.includes(k) || k.includes(n))))) continue;
      ctx.report({
        paragraph: para.index,
        start: line.nameStart,
        end: line.nameStart + line.name.length,
        messageId: 'extraProject',
        data: { name: `”${line.name}”` },
      });
    }
  },
};
