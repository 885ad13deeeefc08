/** One field of the case form, with its problem (in the form's words) under it. */
import { Field, Input } from '@fluentui/react-components';
import type { Problem } from '../../model/errors';
import { fieldError, fieldText, fieldValue, type FieldSpec } from '../state/caseEdit';
import type { Path, RawCase } from '../state/raw';

export function FieldInput({
  spec,
  raw,
  problems,
  onEdit,
}: {
  spec: FieldSpec;
  raw: RawCase;
  problems: readonly Problem[];
  onEdit: (path: Path, value: unknown) => void;
}) {
  const error = fieldError(problems, spec.path);
  return (
    <Field
      label={spec.label}
      hint={spec.hint}
      required={!spec.optional}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Input
        type={spec.kind === 'year' ? 'number' : spec.kind === 'tel' ? 'tel' : spec.kind === 'date' ? 'date' : 'text'}
        value={fieldText(raw, spec)}
        name={spec.path.join('.')}
        onChange={(_, d) => onEdit(spec.path, fieldValue(spec, d.value))}
      />
    </Field>
  );
}
