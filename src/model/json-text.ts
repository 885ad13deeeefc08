/** JSON text → a value, with the line and column of a syntax error in plain Swedish. */
import { InputError } from './errors';

/** Parses JSON text, with the line and column of a syntax error. */
export function parseJsonText(text: string, source: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new InputError(source, 'filen är tom. Välj en annan fil.');
  try {
    return JSON.parse(clean);
  } catch {
    const pos = jsonErrorPosition(clean);
    let where = '';
    if (pos !== undefined) {
      const before = clean.slice(0, pos);
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` på rad ${line}, tecken ${col}`;
    }
    throw new InputError(source, `är inte giltig JSON${where}. Kontrollera kommatecken, citattecken och klamrar.`);
  }
}

/**
 * The index of the first character where JSON text goes wrong (Node's own messages do not
 * always give a position). Iterative, so deeply nested input cannot overflow the stack.
 */
export function jsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const str = (): boolean => {
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch === '\\') i += text[i + 1] === 'u' ? 6 : 2;
      else if (ch < ' ') return false;
      else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  /** A member's name and its colon ("name" :); false where they go wrong, i at the fault. */
  const memberName = (): boolean => {
    if (text[i] !== '"' || !str()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const stack: string[] = [];
  ws();
  for (;;) {
    // Expect a value.
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      ws();
      if (text[i] === (ch === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else {
        if (ch === '{' && !memberName()) return i;
        continue;
      }
    } else if (ch === '"') {
      if (!str()) return i;
    } else if (!scalar()) return i;
    // After a value: a comma, a closing bracket, or the end.
    for (;;) {
      ws();
      if (!stack.length) return i < text.length ? i : undefined;
      const top = stack[stack.length - 1];
      if (text[i] === ',') {
        i++;
        ws();
        if (top === '{' && !memberName()) return i;
        break;
      }
      if (text[i] === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}
