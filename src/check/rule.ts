/**
 * The rule API: one file per rule in rules/, each exporting a Rule. ESLint's rules are the model:
 * a `meta` block (id, title, docs, the messages keyed by messageId with {placeholders}) and a
 * small `check` function that reports a messageId with its data, never prose.
 */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import type { ResolvedProfile } from '../model/profiles/index';
import type { DocText, FindingData, Severity } from './types';
import type { Structure } from './structure';

export interface RuleMeta {
  /** Stable id, kebab-case: "section-missing". */
  id: string;
  /** Short Swedish name for lists and the pane: "Avsnitt saknas". */
  title: string;
  /** Default severity of the rule's findings (a profile may lower it, or turn the rule off). */
  severity: Severity;
  docs: {
    /** What the rule finds, in Swedish. */
    description: string;
  };
  /** The messages by messageId: plain Swedish, with {placeholders} filled from the report's data. */
  messages: Record<string, string>;
  /** True when the rule only runs with a case (loaded, or stored in the document). */
  needsCase?: boolean;
}

export interface ReportInput {
  /** Index into DocText.paragraphs; -1 for the whole document. */
  paragraph: number;
  start?: number;
  end?: number;
  /** A key of meta.messages. */
  messageId: string;
  /** The values of the message's {placeholders}. */
  data?: FindingData;
  severity?: Severity;
  /** Overrides the excerpt (for example to hide the digits of a personnummer). */
  excerpt?: string;
}

export interface RuleContext {
  doc: DocText;
  structure: Structure;
  /** The house-style profile the document is checked against. */
  profile: ResolvedProfile;
  /** The case given to the check, or the one stored in the document. */
  case?: Case;
  /** The year's criteria: from the case, or the built-in year the document speaks of (only when the profile's FoU criteria apply). */
  criteria?: Criteria;
  /** True when the criteria come from the case, false when inferred from the document's year. */
  criteriaFromCase: boolean;
  report(r: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** A message with its {placeholders} filled in; a placeholder without data is left as it is (the tests catch it). */
export function formatMessage(template: string, data: FindingData = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in data ? String(data[k]) : all));
}
