/**
 * "Uppgifter om tjänsteutlåtandet": a short summary with "Ändra"; the whole form (document type,
 * metadata, years, signatories, beredning) opens under it. Open from the start when the form's
 * fields have problems.
 */
import { useId, useState } from 'react';
import { Button, Checkbox, Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import type { Problem } from '../../model/errors';
import { fieldLabel } from '../../model/fields';
import {
  BEREDNING_FIELDS,
  fieldError,
  FORM_PATHS,
  KIND_LABEL,
  METADATA_FIELDS,
  metadataSummary,
  problemsUnder,
  YEAR_FIELDS,
} from '../state/caseEdit';
import { addSignatory, getAt, removeSignatory, signatories, type Path, type RawCase } from '../state/raw';
import { Card } from '../ui';
import { FieldInput } from './FieldInput';

const useStyles = makeStyles({
  summary: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  errors: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h3: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  signer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
});

type Kind = 'inriktning-redovisning' | 'arsrapport';

interface Props {
  raw: RawCase;
  problems: readonly Problem[];
  onEdit: (path: Path, value: unknown) => void;
  setRaw: (r: RawCase) => void;
}

export function MetadataCard({ raw, problems, onEdit, setRaw }: Props) {
  const styles = useStyles();
  const formProblems = FORM_PATHS.flatMap((p) => problemsUnder(problems, p)).filter((p, i, all) => all.indexOf(p) === i);
  const [open, setOpen] = useState(() => formProblems.length > 0);
  const formId = useId();
  const summary = metadataSummary(raw);
  return (
    <Card
      title="Uppgifter om tjänsteutlåtandet"
      actions={
        <div>
          <Button
            icon={open ? undefined : <Edit20Regular />}
            aria-expanded={open}
            aria-controls={formId}
            aria-label={open ? 'Dölj formuläret' : 'Ändra uppgifterna'}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Dölj formuläret' : 'Ändra'}
          </Button>
        </div>
      }
    >
      {!open && (
        <>
          <dl className={styles.summary} data-testid="metadata-summary">
            {summary.map((r) => (
              <Row key={r.label} label={r.label} value={r.value} />
            ))}
          </dl>
          {formProblems.length > 0 && (
            <p className={styles.errors}>
              {formProblems.length === 1 ? '1 uppgift behöver rättas' : `${formProblems.length} uppgifter behöver rättas`}: tryck på Ändra.
            </p>
          )}
        </>
      )}
      {open && <Form id={formId} raw={raw} problems={problems} onEdit={onEdit} setRaw={setRaw} />}
    </Card>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );
}

function Form({ id, raw, problems, onEdit, setRaw }: Props & { id: string }) {
  const styles = useStyles();
  const kind = (getAt(raw, ['dokumenttyp']) as Kind | undefined) ?? 'inriktning-redovisning';
  const signersError = fieldError(problems, ['metadata', 'underskrifter']);
  return (
    <div id={id} className={styles.form}>
      <Field label={fieldLabel(['dokumenttyp'])}>
        <RadioGroup value={kind} onChange={(_, d) => onEdit(['dokumenttyp'], d.value)}>
          {Object.entries(KIND_LABEL).map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      {[...METADATA_FIELDS, ...YEAR_FIELDS]
        .filter((f) => !(kind === 'arsrapport' && f.path[1] === 'inriktning'))
        .map((f) => (
          <FieldInput key={f.path.join('.')} spec={f} raw={raw} problems={problems} onEdit={onEdit} />
        ))}
      <h3 className={styles.h3}>{fieldLabel(['metadata', 'underskrifter'])}</h3>
      {signatories(raw).map((_, i) => (
        <fieldset key={i} className={styles.signer}>
          <legend className={styles.legend}>Underskrift {i + 1}</legend>
          <FieldInput
            spec={{
              path: ['metadata', 'underskrifter', i, 'namn'],
              label: fieldLabel(['metadata', 'underskrifter', i, 'namn']),
              kind: 'text',
            }}
            raw={raw}
            problems={problems}
            onEdit={onEdit}
          />
          <FieldInput
            spec={{
              path: ['metadata', 'underskrifter', i, 'titel'],
              label: fieldLabel(['metadata', 'underskrifter', i, 'titel']),
              kind: 'text',
              hint: i === 0 ? 'Till exempel Socialdirektör' : undefined,
            }}
            raw={raw}
            problems={problems}
            onEdit={onEdit}
          />
          <div>
            <Button size="small" appearance="subtle" icon={<Delete20Regular />} onClick={() => setRaw(removeSignatory(raw, i))}>
              Ta bort underskrift {i + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      {signersError && signatories(raw).length === 0 && (
        <p className={styles.problem} role="alert">
          Underskrifter: {signersError}
        </p>
      )}
      <div>
        <Button icon={<Add20Regular />} appearance="subtle" onClick={() => setRaw(addSignatory(raw))}>
          Lägg till underskrift
        </Button>
      </div>
      <h3 className={styles.h3}>Beredning</h3>
      {BEREDNING_FIELDS.map((f) => (
        <FieldInput key={f.path.join('.')} spec={f} raw={raw} problems={problems} onEdit={onEdit} />
      ))}
      <Checkbox
        label={fieldLabel(['metadata', 'beredning', 'fouRadet'])}
        checked={getAt(raw, ['metadata', 'beredning', 'fouRadet']) === true}
        onChange={(_, d) => onEdit(['metadata', 'beredning', 'fouRadet'], d.checked === true)}
      />
    </div>
  );
}
