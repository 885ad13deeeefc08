/**
 * The year's criteria written in the pane, for a year without built-in criteria (or criteria from
 * a file): the criteria and the priorities one per line, the caps, and the call's dates. They are
 * stored in the case (its field "kriterier"), validated with the case, each problem under its field.
 */
import { useState } from 'react';
import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { Criteria } from '../../model/criteria';
import type { Problem } from '../../model/errors';
import { fieldError } from '../state/caseEdit';
import { getAt, setAt, type RawCase } from '../state/raw';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h3: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

type Path = readonly (string | number)[];

/** Criteria to start from for `year`: the latest built-in year's, with the year and the source changed. */
export function criteriaTemplate(latest: Criteria, year: number): Criteria {
  const copy = JSON.parse(JSON.stringify(latest)) as Criteria;
  return { ...copy, ar: year, kalla: 'Ifyllda i tillägget (utgår från ett tidigare års kriterier; kontrollera varje uppgift)' };
}

/** The list written one item per line: empty lines are dropped. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

interface Props {
  /** The case, with its criteria inline (its field "kriterier", as the user has them, valid or not). */
  raw: RawCase;
  problems: readonly Problem[];
  setRaw: (r: RawCase) => void;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function CriteriaEditor({ raw, problems, setRaw }: Props) {
  const styles = useStyles();
  const at = (path: Path) => getAt(raw, ['kriterier', ...path]);
  const set = (path: Path, value: unknown) => setRaw(setAt(raw, ['kriterier', ...path], value));
  const teman = strings(at(['teman']));
  const areas: Path = teman.length ? ['teman'] : ['prioriteradeOmraden'];
  const main = at(['kriterier', 'typ']) === 'huvudkriterier';
  const num = (path: Path, label: string, hint?: string, optional = false) => (
    <NumberField
      label={label}
      hint={hint}
      optional={optional}
      value={at(path)}
      error={fieldError(problems, ['kriterier', ...path])}
      onChange={(v) => set(path, v)}
    />
  );
  const text = (path: Path) => {
    const v = at(path);
    return typeof v === 'string' ? v : '';
  };
  const date = (path: Path, label: string) => (
    <Field
      label={label}
      validationState={fieldError(problems, ['kriterier', ...path]) ? 'error' : 'none'}
      validationMessage={fieldError(problems, ['kriterier', ...path])}
    >
      <Input type="date" value={text(path)} onChange={(_, d) => set(path, d.value === '' ? undefined : d.value)} />
    </Field>
  );
  return (
    <div className={styles.form} data-testid="criteria-editor">
      <LinesField
        label={main ? 'Huvudkriterier, ett per rad' : 'Kriterier, ett per rad'}
        hint="Kriterierna som varje projekt ska uppfylla, som de står i utlysningen."
        required
        list={strings(at(['kriterier', 'lista']))}
        error={fieldError(problems, ['kriterier', 'kriterier'])}
        onChange={(l) => set(['kriterier', 'lista'], l)}
      />
      <LinesField
        label={teman.length ? 'Teman, ett per rad' : 'Prioriterade områden, ett per rad'}
        hint="Lämna tomt om utlysningen inte har några."
        list={teman.length ? teman : strings(at(['prioriteradeOmraden']))}
        error={fieldError(problems, ['kriterier', ...areas])}
        onChange={(l) => set(areas, l)}
      />
      <h3 className={styles.h3}>Tak</h3>
      {num(
        ['lum', 'maxBelopp'],
        'Högsta belopp per LUM-projekt (kronor)',
        at(['lum', 'beloppPer']) === 'ar' ? 'Per projekt och år' : 'Per projekt',
      )}
      {num(['lum', 'maxAr'], 'Högsta antal år för ett LUM-projekt')}
      {num(['mul', 'maxBelopp'], 'Högsta belopp per studieresa (kronor)', 'Lämna tomt om det inte finns något tak', true)}
      {num(['perSdf', 'maxLumPerAr'], 'Högsta antal LUM-projekt per stadsdelsförvaltning och år', undefined, true)}
      {num(['perSdf', 'maxMulPerAr'], 'Högsta antal studieresor per stadsdelsförvaltning och år', undefined, true)}
      <h3 className={styles.h3}>Utlysningen</h3>
      {date(['utlysning', 'oppnar'], 'Utlysningen öppnar')}
      {date(['utlysning', 'stanger'], 'Utlysningen stänger')}
    </div>
  );
}

/** A list typed one item per line; what the user types stays as typed while the field has focus. */
function LinesField({
  label,
  hint,
  required,
  list,
  error,
  onChange,
}: {
  label: string;
  hint?: string;
  required?: boolean;
  list: readonly string[];
  error: string | undefined;
  onChange: (list: string[]) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field label={label} hint={hint} required={required} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Textarea
        resize="vertical"
        rows={Math.min(8, Math.max(3, list.length + 1))}
        value={draft ?? list.join('\n')}
        onFocus={() => setDraft(list.join('\n'))}
        onBlur={() => setDraft(null)}
        onChange={(_, d) => {
          setDraft(d.value);
          onChange(linesToList(d.value));
        }}
      />
    </Field>
  );
}

function NumberField({
  label,
  hint,
  optional,
  value,
  error,
  onChange,
}: {
  label: string;
  hint?: string;
  optional: boolean;
  value: unknown;
  error: string | undefined;
  onChange: (v: number | string | undefined) => void;
}) {
  return (
    <Field label={label} hint={hint} required={!optional} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Input
        type="number"
        inputMode="numeric"
        value={typeof value === 'number' || typeof value === 'string' ? String(value) : ''}
        onChange={(_, d) => {
          const t = d.value.trim();
          onChange(t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : t);
        }}
      />
    </Field>
  );
}
