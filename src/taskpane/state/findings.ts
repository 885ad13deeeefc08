/** The "Granska" tab: findings grouped by rule, stepping through them, the text export, and the completeness checklist. */
import type { DocText, Finding, Severity } from '../../check/types';
import { SECTION_IDS, SECTION_TITLES, sectionTag, type StandardSectionId } from '../../model/sections';

import { SEVERITY_LABEL, SEVERITY_RANK, countBySeverity, countsSentence, worse } from '../../model/severity';

export { SEVERITY_LABEL };

/** Swedish names of the rules (issue 4); unknown rule ids are shown as they are. */
export const RULE_LABELS: Record<string, string> = {
  'section-missing': 'Avsnitt saknas',
  'section-order': 'Avsnitt i fel ordning',
  'section-empty': 'Tomt avsnitt',
  'heading-style': 'Rubrik utan rubrikformat',
  'year-mismatch': 'Åren stämmer inte överens',
  'decision-mismatch': 'Förslag och synpunkter skiljer sig',
  'count-mismatch': 'Antal stämmer inte',
  'attachment-mismatch': 'Bilagor stämmer inte med projekten',
  'amount-cap': 'Belopp över taket',
  'sdf-limit': 'För många ansökningar per stadsdelsförvaltning',
  'total-mismatch': 'Summa stämmer inte',
  'sdf-name': 'Stadsdelsnamn som inte gäller',
  'date-order': 'Datum i fel ordning',
  'abbreviation-undefined': 'Förkortning som inte förklaras',
  leftover: 'Kvarglömd text eller fältfel',
  personnummer: 'Personnummer i texten',
  readability: 'Läsbarhet',
};

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule;
}

export interface RuleGroup {
  rule: string;
  label: string;
  /** The most severe finding's severity. */
  severity: Severity;
  findings: Finding[];
}

/** Findings in document order (paragraph, then position; whole-document findings first). */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      a.start - b.start ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
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

const SECTION_MATCH: Record<StandardSectionId, RegExp> = {
  forslag: /förslag till beslut/i,
  sammanfattning: /^sammanfattning\b/i,
  bakgrund: /^bakgrund\b/i,
  beredning: /beredning/i,
  arendet: /^ärendet[\s.:]*$/i,
  synpunkter: /synpunkter/i,
  bilagor: /^bilag(a|or)\b/i,
};

export interface ChecklistItem {
  id: StandardSectionId;
  title: string;
  present: boolean;
  /** Present, with no text under the heading. */
  empty: boolean;
  /** Index of the heading paragraph, when present. */
  paragraph: number;
}

/** The standard sections: found (by content-control tag or heading text) and with text under them? */
export function completeness(doc: DocText): ChecklistItem[] {
  const body = doc.paragraphs.filter((p) => p.part === 'body');
  return SECTION_IDS.map((id) => {
    const tag = sectionTag(id);
    let at = body.findIndex(
      (p) => p.headingLevel !== null && p.text.trim() !== '' && (p.tag === tag || SECTION_MATCH[id].test(p.text.trim())),
    );
    if (at < 0) at = body.findIndex((p) => p.tag === tag);
    if (at < 0) return { id, title: SECTION_TITLES[id], present: false, empty: false, paragraph: -1 };
    const head = body[at];
    const level = head.headingLevel ?? 99;
    let hasText = head.headingLevel === null && head.text.trim() !== '';
    for (let i = at + 1; i < body.length; i++) {
      const p = body[i];
      if (p.headingLevel !== null && p.headingLevel <= level) break;
      if (p.text.trim() !== '') {
        hasText = true;
        break;
      }
    }
    return { id, title: SECTION_TITLES[id], present: true, empty: !hasText, paragraph: head.index };
  });
}
