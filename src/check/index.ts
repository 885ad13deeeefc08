/**
 * The checker: a rule engine over the host-free DocText. Each rule is one file in rules/;
 * RULES is the registry. checkDocument runs them and returns the findings sorted by paragraph
 * and position. Host-free: used by the task pane, the CLI and the tests.
 */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { builtInCriteria, resolveCriteria } from '../model/criteria/index';
import type { DocParagraph, DocText, Finding, Severity } from './types';
import { SEVERITIES, SEVERITY_RANK, SEVERITY_WORD, countBySeverity, severityCount } from '../model/severity';
import type { Rule, RuleContext, ReportInput } from './rule';
import { formatMessage } from './rule';
import { buildStructure, type Structure } from './structure';
import { chooseProfile, type ProfileChoice } from './profile';
import type { ResolvedProfile } from '../model/profiles/index';
import { yearMentions } from './facts';
import { compareIds, plainData, plainText, withTextMemo } from './text';
import { joinedTexts } from './scan';

import { rule as sectionMissing } from './rules/section-missing';
import { rule as sectionOrder } from './rules/section-order';
import { rule as sectionEmpty } from './rules/section-empty';
import { rule as headingStyle } from './rules/heading-style';
import { rule as yearMismatch } from './rules/year-mismatch';
import { rule as decisionMismatch } from './rules/decision-mismatch';
import { rule as countMismatch } from './rules/count-mismatch';
import { rule as attachmentMismatch } from './rules/attachment-mismatch';
import { rule as amountCap } from './rules/amount-cap';
import { rule as sdfLimit } from './rules/sdf-limit';
import { rule as totalMismatch } from './rules/total-mismatch';
import { rule as sdfName } from './rules/sdf-name';
import { rule as dateOrder } from './rules/date-order';
import { rule as abbreviationUndefined } from './rules/abbreviation-undefined';
import { rule as leftover } from './rules/leftover';
import { rule as nameMismatch } from './rules/name-mismatch';
import { rule as placeholderLeft } from './rules/placeholder-left';
import { rule as caseCoverage } from './rules/case-coverage';
import { rule as personnummer } from './rules/personnummer';
import { rule as readability } from './rules/readability';

export type { Rule, RuleContext, RuleMeta, ReportInput } from './rule';
export { formatMessage } from './rule';
export type { DocText, DocParagraph, Finding, FindingData, Severity } from './types';
export { buildStructure } from './structure';
export { chooseProfile, detectDocumentProfile, type ProfileChoice } from './profile';
export { sectionChecklist, type ChecklistEntry } from './checklist';

/** Every rule, in the order a reviewer reads them. */
export const RULES: readonly Rule[] = [
  sectionMissing,
  sectionOrder,
  sectionEmpty,
  headingStyle,
  yearMismatch,
  decisionMismatch,
  countMismatch,
  attachmentMismatch,
  amountCap,
  sdfLimit,
  totalMismatch,
  sdfName,
  dateOrder,
  abbreviationUndefined,
  nameMismatch,
  leftover,
  placeholderLeft,
  caseCoverage,
  personnummer,
  readability,
];

/** A rule's Swedish title by id (for the pane and lists); an unknown id is returned as it is. */
export function ruleTitle(id: string): string {
  return RULES.find((r) => r.meta.id === id)?.meta.title ?? id;
}

/** Every rule's id and Swedish title, in registry order. */
export function ruleTitles(): { id: string; title: string }[] {
  return RULES.map((r) => ({ id: r.meta.id, title: r.meta.title }));
}

export interface CheckOptions {
  /** Run only these rule ids. */
  rules?: string[];
  /** Use these rules instead of the registry (tests). */
  ruleSet?: readonly Rule[];
  /**
   * The house-style profile: a resolved profile, or a built-in profile's id. Without one, the case's
   * `profil` is used, else the profile is chosen from the document (see chooseProfile).
   */
  profile?: ResolvedProfile | string;
}

export interface CheckResult {
  findings: Finding[];
  /** The profile used, and why it was chosen. */
  profile: ProfileChoice;
}

/** The criteria for a check: the case's, else the built-in year the document's title speaks of. */
function criteriaFor(structure: Structure, c: Case | undefined): { criteria?: Criteria; fromCase: boolean } {
  if (c) {
    try {
      const cr = resolveCriteria(c);
      if (cr) return { criteria: cr, fromCase: true };
    } catch {
      // A case naming a year we do not have: the rules that need criteria stay silent.
    }
  }
  if (structure.title) {
    const ms = yearMentions(structure.title);
    const y = ms.find((m) => m.kind === 'inriktning')?.year ?? ms.find((m) => m.kind === 'rapport')?.year;
    if (y !== undefined) {
      const cr = builtInCriteria(y);
      if (cr) return { criteria: cr, fromCase: false };
    }
  }
  return { fromCase: false };
}

function excerptOf(text: string, start: number, end: number): string {
  const s = (end > start ? text.slice(start, end) : text).replace(/\s+/g, ' ').trim();
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/** Runs the rules over a document. The case, when given (or stored in the document), enables the case rules. */
export function checkDocument(doc: DocText, c?: Case, opts: CheckOptions = {}): Finding[] {
  return checkDocumentWithProfile(doc, c, opts).findings;
}

/** checkDocument, and which profile was used and why. */
export function checkDocumentWithProfile(doc: DocText, c?: Case, opts: CheckOptions = {}): CheckResult {
  // Sentences, normalized texts and the like are computed once per check and shared by the rules.
  // Whether every text is plain (the paragraphs joined once, for this and for the rules' searches).
  const plain = () =>
    plainData(doc.deletedText) && plainData(c ?? doc.storedCase) && plainData(opts.profile) && plainText(joinedTexts(doc.paragraphs).text);
  return withTextMemo(() => runRules(doc, c, opts), plain);
}

/** A finding's severity under the profile's level for its rule: the level is the most severe it may be. */
function capped(sev: Severity, level: Severity | undefined): Severity {
  return level && SEVERITY_RANK[level] > SEVERITY_RANK[sev] ? level : sev;
}

/** The structure the last check of a document built, for formatFindingsText (the same document and profile give the same structure). */
const checkedStructures = new WeakMap<DocText, { paragraphs: DocParagraph[]; profile: ResolvedProfile; structure: Structure }>();

function runRules(doc: DocText, c: Case | undefined, opts: CheckOptions): CheckResult {
  const kase = c ?? doc.storedCase;
  const choice = chooseProfile(doc, kase, opts.profile);
  const profile = choice.profile;
  const structure = buildStructure(doc, profile);
  checkedStructures.set(doc, { paragraphs: doc.paragraphs, profile, structure });
  const { criteria, fromCase } = profile.fouKriterier ? criteriaFor(structure, kase) : { criteria: undefined, fromCase: false };
  const rules = (opts.ruleSet ?? RULES).filter((r) => !opts.rules || opts.rules.includes(r.meta.id));
  const findings: Finding[] = [];
  for (const r of rules) {
    if (r.meta.needsCase && !kase) continue;
    const level = profile.regler[r.meta.id];
    if (level === 'off') continue;
    const report = (x: ReportInput): void => {
      const para = x.paragraph >= 0 ? doc.paragraphs[x.paragraph] : undefined;
      const text = para?.text ?? '';
      const start = Math.max(0, Math.min(x.start ?? 0, text.length));
      const end = Math.max(start, Math.min(x.end ?? text.length, text.length));
      const template = r.meta.messages[x.messageId];
      if (template === undefined) throw new Error(`regeln ${r.meta.id} har inget meddelande ${x.messageId}`);
      findings.push({
        rule: r.meta.id,
        severity: capped(x.severity ?? r.meta.severity, level),
        message: formatMessage(template, x.data),
        messageId: x.messageId,
        data: x.data ?? {},
        paragraph: para ? x.paragraph : -1,
        start: para ? start : 0,
        end: para ? end : 0,
        excerpt: x.excerpt ?? (para ? excerptOf(text, start, end) : ''),
      });
    };
    const ctx: RuleContext = { doc, structure, profile, case: kase, criteria, criteriaFromCase: fromCase, report };
    try {
      r.check(ctx);
    } catch (e) {
      findings.push({
        rule: r.meta.id,
        severity: 'info',
        message: `Regeln ${r.meta.id} kunde inte granska dokumentet (${e instanceof Error ? e.message : String(e)}). Övriga regler har körts.`,
        messageId: 'rule-failed',
        data: { rule: r.meta.id },
        paragraph: -1,
        start: 0,
        end: 0,
        excerpt: '',
      });
    }
  }
  return { findings: sortFindings(findings), profile: choice };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.paragraph - b.paragraph || a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareIds(a.rule, b.rule),
  );
}

/** A finding as JSON: rule, messageId, data, severity, message, paragraph, start, end, excerpt. */
function findingJson(f: Finding): Record<string, unknown> {
  return {
    rule: f.rule,
    messageId: f.messageId,
    data: f.data ?? {},
    severity: f.severity,
    message: f.message,
    paragraph: f.paragraph,
    start: f.start,
    end: f.end,
    excerpt: f.excerpt,
  };
}

/** The profile choice as JSON: {id, name, how, reason}. */
export function profileChoiceJson(c: ProfileChoice): { id: string; name: string; how: ProfileChoice['how']; reason: string } {
  return { id: c.profile.id, name: c.profile.namn, how: c.how, reason: c.reason };
}

/**
 * Findings as the JSON the CLI prints: with the profile choice, an object
 * {profile: {id, name, how, reason}, findings: [...]}; without it, the array of findings.
 */
export function findingsToJson(findings: readonly Finding[], choice?: ProfileChoice): string {
  const list = findings.map(findingJson);
  return JSON.stringify(choice ? { profile: profileChoiceJson(choice), findings: list } : list, null, 2);
}

/** "Profil: Tjänsteskrivelse (allmän svensk) [tjansteskrivelse], vald därför att …" */
export function profileChoiceText(c: ProfileChoice): string {
  const why =
    c.how === 'named' ? 'vald för granskningen' : c.how === 'case' ? 'angiven i ärendet (fältet profil)' : `vald därför att ${c.reason}`;
  return `Profil: ${c.profile.namn} [${c.profile.id}], ${why}.`;
}

/** Findings as text for people: one line each with where (paragraph and section, when the document is given), severity, message and rule, then a summary. */
const PART_TEXT: Record<string, string> = {
  header: 'sidhuvudet',
  footer: 'sidfoten',
  footnote: 'en fotnot',
  endnote: 'en slutkommentar',
  comment: 'en kommentar',
  textbox: 'en textruta',
};

/** Where a paragraph is, for people: "stycke 12 (Ärendet)", "sidhuvudet". */
function whereText(f: Finding, doc: DocText | undefined, structure: Structure | undefined): string {
  if (f.paragraph < 0) return 'hela dokumentet';
  const p = doc?.paragraphs[f.paragraph];
  if (p && p.part !== 'body') return PART_TEXT[p.part] ?? p.part;
  const sec = structure?.sectionOf(f.paragraph);
  return `stycke ${f.paragraph + 1}${sec ? ` (${sec.heading.text.trim()})` : ''}`;
}

export function formatFindingsText(findings: readonly Finding[], source: string, doc?: DocText, choice?: ProfileChoice): string {
  const head = choice ? `${profileChoiceText(choice)}\n` : '';
  if (findings.length === 0) return `${head}${source}: inga anmärkningar.\n`;
  const checked = doc && choice ? checkedStructures.get(doc) : undefined;
  const structure = doc
    ? checked && checked.paragraphs === doc.paragraphs && checked.profile === choice?.profile
      ? checked.structure
      : buildStructure(doc, choice?.profile)
    : undefined;
  const lines = findings.map((f) => {
    const where = whereText(f, doc, structure);
    const ex = f.excerpt ? ` ”${f.excerpt}”` : '';
    return `${source}, ${where}: ${SEVERITY_WORD[f.severity].one}: ${f.message}${ex} [${f.rule}]`;
  });
  const counts = countBySeverity(findings);
  const total = `${findings.length} ${findings.length === 1 ? 'anmärkning' : 'anmärkningar'}`;
  lines.push(`${total}: ${SEVERITIES.map((s) => severityCount(s, counts[s])).join(', ')}.`);
  return `${head}${lines.join('\n')}\n`;
}
