/**
 * Selecting a character range of a body paragraph (a finding's place): the paragraph by its index
 * (load with top/skip), then the text by Word's search — the k-th match when the same text occurs
 * earlier in the paragraph (one more sync). Whole paragraph when search cannot take the text.
 */
import { WordActionError } from './errors';
import { occurrenceIndex } from './read';

/** True when the text holds a C0 control character (Word's search cannot find those). */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

export async function selectText(context: Word.RequestContext, paragraph: number, start: number, end: number): Promise<void> {
  const paras = context.document.body.paragraphs;
  paras.load({ select: 'text', top: 1, skip: paragraph });
  await context.sync();
  if (paras.items.length === 0) {
    throw new WordActionError(`Stycke ${paragraph + 1} finns inte längre i dokumentet. Granska dokumentet igen.`);
  }
  const p = paras.items[0];
  const text = p.text;
  const s = Math.max(0, Math.min(Number.isFinite(start) ? Math.floor(start) : 0, text.length));
  const e = Math.max(s, Math.min(Number.isFinite(end) ? Math.floor(end) : text.length, text.length));
  const sub = text.slice(s, e);
  const whole = sub.length === 0 || (s === 0 && e === text.length) || sub.length > 255 || hasControlCharacter(sub) || sub.trim() === '';
  const k = whole ? -1 : occurrenceIndex(text, sub, s);
  if (k < 0) {
    p.getRange('Content').select();
    await context.sync();
    return;
  }
  const found = p.search(sub.replace(/\^/g, '^^'), { matchCase: true });
  if (k === 0) {
    found.getFirst().select();
    await context.sync();
    return;
  }
  found.load('items/text');
  await context.sync();
  if (found.items.length > k) found.items[k].select();
  else p.getRange('Content').select();
  await context.sync();
}
