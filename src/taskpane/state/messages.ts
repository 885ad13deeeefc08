/** Errors as the user reads them: a title and the lines under it, plain Swedish. */
import { InputError, whereText } from '../../model/errors';

export interface UserMessage {
  intent: 'success' | 'info' | 'warning' | 'error';
  title: string;
  lines: string[];
}

export function errorMessage(e: unknown, doing: string): UserMessage {
  if (e instanceof InputError || (e instanceof Error && e.name === 'InputError' && Array.isArray((e as InputError).problems))) {
    const ie = e as InputError;
    const wheres = ie.problems.map((p) => whereText(p, ie.source));
    const lines = ie.problems.slice(0, 20).map((p, i) => (wheres[i] ? `${wheres[i]}: ${p.what}` : p.what));
    if (ie.problems.length > 20) lines.push(`… och ${ie.problems.length - 20} fel till.`);
    const title = ie.problems.length === 1 ? `${ie.source} har ett fel.` : `${ie.source} har ${ie.problems.length} fel.`;
    return { intent: 'error', title: ie.problems.length === 1 && !wheres[0] ? `${ie.source}:` : title, lines };
  }
  const office = e as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  if (office && typeof office === 'object' && typeof office.code === 'string' && office.code !== '') {
    return {
      intent: 'error',
      title: `Word kunde inte ${doing}.`,
      lines: [
        `Word svarade: ${office.message ?? office.code} (${office.code}). Dokumentet har inte ändrats. Försök igen; stäng och öppna fönstret om felet står kvar.`,
      ],
    };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return { intent: 'error', title: `Det gick inte att ${doing}.`, lines: [msg] };
}
