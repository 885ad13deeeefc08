/**
 * How serious a finding is, and the one Swedish vocabulary for it that the CLI, the pane and the
 * docs all use: Fel, Varning, Tips.
 */

/** Most serious first. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Sort key: 0 for the most serious. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The word as a label, capitalised: "Fel", "Varning", "Tips". */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Fel', warning: 'Varning', info: 'Tips' };

/** The word in running text, singular and plural: "fel"/"fel", "varning"/"varningar", "tips"/"tips". */
export const SEVERITY_WORD: Record<Severity, { one: string; many: string }> = {
  error: { one: 'fel', many: 'fel' },
  warning: { one: 'varning', many: 'varningar' },
  info: { one: 'tips', many: 'tips' },
};

/** "1 fel", "2 varningar", "0 tips". */
export function severityCount(severity: Severity, n: number): string {
  const w = SEVERITY_WORD[severity];
  return `${n} ${n === 1 ? w.one : w.many}`;
}

/** The more serious of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;
}

/** How many findings there are of each severity. */
export function countBySeverity(items: readonly { severity: Severity }[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const it of items) out[it.severity]++;
  return out;
}

/** "2 fel, 1 varning och 3 tips" (only the severities that occur), or "Inga anmärkningar". */
export function countsSentence(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => severityCount(s, counts[s]));
  if (!parts.length) return 'Inga anmärkningar';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}
