/** The rule API: one file per rule in rules/, each exporting a Rule (ESLint's rules are the model). */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import type { DocText, Severity } from './types';
import type { Structure } from './structure';

export interface RuleMeta {
  /** Stable id, kebab-case: "section-missing". */
  id: string;
  /** Default severity of the rule's findings. */
  severity: Severity;
  /** What the rule finds, in Swedish. */
  description: string;
  /** True when the rule only runs with a case (loaded, or stored in the document). */
  needsCase?: boolean;
}

export interface ReportInput {
  /** Index into DocText.paragraphs; -1 for the whole document. */
  paragraph: number;
  start?: number;
  end?: number;
  message: string;
  severity?: Severity;
  /** Overrides the excerpt (for example to hide the digits of a personnummer). */
  excerpt?: string;
}

export interface RuleContext {
  doc: DocText;
  structure: Structure;
  /** The case given to the check, or the one stored in the document. */
  case?: Case;
  /** The year's criteria: from the case, or the built-in year the document speaks of. */
  criteria?: Criteria;
  /** True when the criteria come from the case, false when inferred from the document's year. */
  criteriaFromCase: boolean;
  report(r: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
