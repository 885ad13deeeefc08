import type { Rule } from '../rule';
import { findPersonnummer, maskId } from '../../swedish/personnummer';
import { mayMatch } from '../scan';

export const rule: Rule = {
  meta: {
    id: 'personnummer',
    title: 'Personnummer i texten',
    severity: 'error',
    docs: { description: 'Ett personnummer eller samordningsnummer i texten (giltigt datum och kontrollsiffra).' },
    messages: {
      found:
        'Texten innehåller ett {kind} ({masked}). Ett tjänsteutlåtande är en allmän handling: ta bort numret och allt annat som kan identifiera en enskild person innan dokumentet blir färdigt.',
      foundDeleted:
        'Borttagen text med spårade ändringar innehåller ett {kind} ({masked}). Den syns inte men finns kvar i filen: godkänn ändringarna (Granska > Godkänn) så att numret verkligen försvinner innan dokumentet lämnas ut.',
    },
  },
  check(ctx) {
    const today = new Date().toISOString().slice(0, 10);
    // Every number has six digits in a row (one search through the paragraphs).
    for (const p of mayMatch(ctx.doc.paragraphs, /\d{6}/)) {
      for (const m of findPersonnummer(p.text, today)) {
        ctx.report({
          paragraph: p.index,
          start: m.start,
          end: m.end,
          excerpt: maskId(m.text),
          messageId: 'found',
          data: { kind: m.kind, masked: maskId(m.text) },
        });
      }
    }
    for (const d of ctx.doc.deletedText ?? []) {
      for (const m of findPersonnummer(d.text, today)) {
        ctx.report({
          paragraph: d.paragraph,
          start: 0,
          end: 0,
          excerpt: maskId(m.text),
          messageId: 'foundDeleted',
          data: { kind: m.kind, masked: maskId(m.text) },
        });
      }
    }
  },
};
