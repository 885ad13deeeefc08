/** The case's projects (LUM, MUL, FUM) as rows with a validation state. */
import type { Criteria } from '../../model/criteria';
import type { Problem } from '../../model/errors';
import { kronor } from '../../swedish/numbers';
import { fieldLabelOf, problemPath, problemsUnder } from './caseEdit';
import { getAt, type RawCase } from './raw';

export type Fund = 'lum' | 'mul' | 'fum';
export type RowState = 'ok' | 'warning' | 'error';

export interface ProjectRow {
  key: string;
  fund: Fund;
  index: number;
  title: string;
  details: string;
  state: RowState;
  /** Swedish messages from the schema validation. */
  errors: string[];
  /** Swedish warnings against the year's criteria (caps). */
  warnings: string[];
}

export const FUND_LABEL: Record<Fund, string> = { lum: 'LUM', mul: 'MUL', fum: 'FUM' };
export const FUND_NAME: Record<Fund, string> = { lum: 'lokala utvecklingsprojekt', mul: 'studieresor', fum: 'studier' };

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

export function projectRows(raw: RawCase, problems: readonly Problem[], criteria?: Criteria): ProjectRow[] {
  const rows: ProjectRow[] = [];
  for (const fund of ['lum', 'mul', 'fum'] as const) {
    const list = getAt(raw, [fund]);
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      const p = (item ?? {}) as Record<string, unknown>;
      const errs = problemsUnder(problems, [fund, index]).map((pr) => {
        const path = problemPath(pr);
        return `${path.length > 2 ? fieldLabelOf(path) : 'Projektet'}: ${pr.what}`;
      });
      const warnings: string[] = [];
      const belopp = typeof p.belopp === 'number' ? p.belopp : typeof p.kostnad === 'number' ? p.kostnad : undefined;
      if (criteria && fund === 'lum' && belopp !== undefined && belopp > criteria.lum.maxBelopp) {
        warnings.push(`Beloppet ${kronor(belopp)} är över taket ${kronor(criteria.lum.maxBelopp)} för ${criteria.ar}.`);
      }
      if (criteria && fund === 'mul' && belopp !== undefined && criteria.mul.maxBelopp !== undefined && belopp > criteria.mul.maxBelopp) {
        warnings.push(`Beloppet ${kronor(belopp)} är över taket ${kronor(criteria.mul.maxBelopp)} för en studieresa.`);
      }
      let title: string;
      let details: string;
      if (fund === 'mul') {
        title = str(p.destination) || '(resmål saknas)';
        details = [str(p.sdf), belopp !== undefined ? kronor(belopp) : ''].filter(Boolean).join(' · ');
      } else if (fund === 'fum') {
        title = str(p.namn) || '(namn saknas)';
        details = [str(p.utforare), str(p.klart) && `klar ${str(p.klart)}`, belopp !== undefined ? kronor(belopp) : '']
          .filter(Boolean)
          .join(' · ');
      } else {
        title = str(p.namn) || '(namn saknas)';
        const ar = (p.ar ?? {}) as Record<string, unknown>;
        const years =
          ar.fran !== undefined ? (ar.till !== undefined && ar.till !== ar.fran ? `${str(ar.fran)}–${str(ar.till)}` : str(ar.fran)) : '';
        const status = p.status === 'slutredovisas' ? 'slutredovisas' : p.status === 'fortgar' ? 'fortgår' : '';
        details = [str(p.sdf), years, status].filter(Boolean).join(' · ');
      }
      rows.push({
        key: `${fund}-${index}`,
        fund,
        index,
        title,
        details,
        state: errs.length ? 'error' : warnings.length ? 'warning' : 'ok',
        errors: errs,
        warnings,
      });
    });
  }
  return rows;
}

export function stateLabel(row: ProjectRow): string {
  if (row.state === 'error') return `${row.errors.length} fel`;
  if (row.state === 'warning') return row.warnings.length === 1 ? '1 varning' : `${row.warnings.length} varningar`;
  return 'Giltigt';
}
