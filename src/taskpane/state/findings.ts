/** The "Granska" tab: findings grouped by rule (titles from the rules' meta), stepping through them, the text export, and the section checklist. */
import type { DocText, Finding, Severity } from '../../check/types';
import { ruleTitle, sortFindings } from '../../check/index';
import { sectionChecklist, type ChecklistEntry } from '../../check/checklist';
import type { ResolvedProfile } from '../../model/profiles/index';

import { SEVERITY_LABEL, SEVERITY_RANK, countBySeverity, countsSentence, worse } from '../../model/severity';

export { SEVERITY_LABEL };

/** A rule's Swedish title, from the rule's own meta (src/check); an unknown id is shown as it is. */
export function ruleLabel(rule: string): string {
  return ruleTitle(rule);
}

export interface RuleGroup {
  rule: string;
  label: string;
  /** The most severe finding's severity. */
  severity: Severity;
  findings: Finding[];
}

/** Findings in document order (paragraph, then position; whole-document findings first), as the checker sorts them. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return sortFindings([...findings]);
}

/** Groups by rule: errors first, then warnings, then tips; within a group in document order. */
export function groupFindings(findings: readonly Finding[]): RuleGroup[] {
  const by = new Map<string, Finding[]>();
  for (const f of orderFindings(findings)) {
    const list = by.get(f.rule) ?? [];
    list.push(f);
    by.set(f.rule, list);
  }
  const groups = [...by].map(([rule, list]) => ({
    rule,
    label: ruleLabel(rule),
    severity: list.reduce<Severity>((w, f) => worse(w, f.severity), 'info'),
    findings: list,
  }));
  return groups.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.findings.length - a.findings.length ||
      a.label.localeCompare(b.label, 'sv'),
  );
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  return countBySeverity(findings);
}

/** "2 fel, 1 varning och 3 tips" or "Inga anmärkningar". */
export function countsText(findings: readonly Finding[]): string {
  return countsSentence(countBySeverity(findings));
}

/** The next (dir 1) or previous (dir -1) position among `total`, wrapping around; -1 when there is nothing. */
export function step(current: number, total: number, dir: 1 | -1): number {
  if (total <= 0) return -1;
  if (current < 0 || current >= total) return dir === 1 ? 0 : total - 1;
  return (current + dir + total) % total;
}

/** Where a finding is, for people: "stycke 12" or "hela dokumentet". */
export function whereText(f: Finding): string {
  return f.paragraph < 0 ? 'hela dokumentet' : `stycke ${f.paragraph + 1}`;
}

/** The findings as plain text, for the clipboard or a .txt file. */
export function findingsAsText(findings: readonly Finding[], source: string, when: Date = new Date()): string {
  const lines = [`Granskning av ${source}`, `${when.toISOString().slice(0, 10)} · ${countsText(findings)}`, ''];
  for (const g of groupFindings(findings)) {
    lines.push(`${g.label} (${g.rule}) – ${g.findings.length} st`);
    for (const f of g.findings) {
      lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${whereText(f)}: ${f.message}${f.excerpt ? ` ”${f.excerpt}”` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}

export type ChecklistItem = ChecklistEntry;

/**
 * The section checklist: the profile's sections, found or not, empty or not, required or not —
 * from the same structure the section rules read (src/check/checklist.ts), so the two agree.
 */
export function completeness(doc: DocText, profile?: ResolvedProfile): ChecklistItem[] {
  return sectionChecklist(doc, profile);
}

/** What the checklist says of one section: "finns", "saknas", "finns men är tomt", with how much it is required. */
export function checklistText(item: ChecklistItem): string {
  if (item.present) return item.empty ? 'finns men är tomt' : 'finns';
  switch (item.required) {
    case 'obligatoriskt':
      return 'saknas';
    case 'vid-hanvisning':
      return 'saknas (behövs när texten hänvisar till en bilaga)';
    case 'ett-av':
      return 'saknas (ett av flera avsnitt som kan stå här)';
    default:
      return 'saknas (valfritt)';
  }
}
