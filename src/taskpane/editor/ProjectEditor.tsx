/**
 * The project editor: add, edit, remove (with undo) and reorder the case's LUM projects, MUL study
 * trips and FUM studies, each field with its label and help from the field registry and its
 * problem under it as the user types. Keyboard first: every action is a button with its visible
 * text as its name, focus follows a moved or removed item, nothing scrolls sideways at 320 px.
 *
 * Mounted by the pane (lazily: `import('./editor/ProjectEditor')`, default export) with the case
 * and a setter; `focus` opens one item (for "rätta dem" next to a project's errors).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import {
  Add20Regular,
  ArrowDown20Regular,
  ArrowUp20Regular,
  ChevronDown20Regular,
  ChevronRight20Regular,
  Delete20Regular,
} from '@fluentui/react-icons';
import {
  addItem,
  allItemProblems,
  editorFields,
  fieldProblem,
  fieldText,
  FUNDS,
  itemNoun,
  items,
  itemTitle,
  listLabel,
  moveItem,
  removeItem,
  restoreItem,
  setField,
  type EditorField,
  type Fund,
  type Item,
  type ItemProblem,
  type RawCase,
  type Removed,
} from './state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  toggle: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    whiteSpace: 'normal',
    height: 'auto',
  },
  badge: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  itemProblem: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  empty: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  input: { minWidth: 0, width: '100%' },
});

const FUND_NAME: Record<Fund, string> = {
  lum: 'LUM – lokala utvecklingsprojekt',
  mul: 'MUL – studieresor',
  fum: 'FUM – forskningsstudier',
};

export interface ProjectEditorProps {
  /** The case being edited (the JSON value the pane holds). */
  raw: RawCase;
  /** Called with the whole new case after every change. */
  onChange: (next: RawCase) => void;
  /** Open this item when the editor appears (for example the project whose errors the user wants to fix). */
  focus?: { fund: Fund; index: number };
  /** Which lists to show (default all three). */
  funds?: readonly Fund[];
}

export function ProjectEditor({ raw, onChange, focus, funds = FUNDS }: ProjectEditorProps) {
  const styles = useStyles();
  const base = useId();
  const [open, setOpen] = useState<Set<string>>(() => new Set(focus ? [`${focus.fund}:${focus.index}`] : []));
  const [removed, setRemoved] = useState<Removed | null>(null);
  // The element to focus after the next render (the item the user acted on).
  const pendingFocus = useRef<string | null>(focus ? `${base}-${focus.fund}-${focus.index}-toggle` : null);
  const setPendingFocus = (p: { id: string }) => {
    pendingFocus.current = p.id;
  };
  const problems = useMemo(() => allItemProblems(raw), [raw]);
  const undoRef = useRef<HTMLButtonElement>(null);

  // Focus follows the item the user acted on (after a move, a removal, an addition).
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    // "…-form": the first field of an item's form (Fluent's Field links label and input by its own ids).
    const target = document.getElementById(id);
    const el = id.endsWith('-form') ? target?.querySelector<HTMLElement>('input, textarea') : target;
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
    }
  });

  const idOf = (fund: Fund, index: number, part: string) => `${base}-${fund}-${index}-${part}`;

  /** Keeps the open items open when their positions change. */
  const remapOpen = (fund: Fund, map: (i: number) => number | null) =>
    setOpen((s) => {
      const next = new Set<string>();
      for (const k of s) {
        const [f, i] = k.split(':');
        if (f !== fund) {
          next.add(k);
          continue;
        }
        const j = map(Number(i));
        if (j !== null) next.add(`${f}:${j}`);
      }
      return next;
    });

  const toggle = (fund: Fund, index: number) =>
    setOpen((s) => {
      const k = `${fund}:${index}`;
      const next = new Set(s);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });

  const add = (fund: Fund) => {
    const r = addItem(raw, fund);
    onChange(r.raw);
    setOpen((s) => new Set(s).add(`${fund}:${r.index}`));
    setPendingFocus({ id: idOf(fund, r.index, 'form') });
  };

  const move = (fund: Fund, from: number, to: number, part: 'up' | 'down') => {
    const next = moveItem(raw, fund, from, to);
    if (next === raw) return;
    onChange(next);
    remapOpen(fund, (i) => (i === from ? to : i === to ? from : i));
    // Stay on the same button of the moved item; at the list's end, on the other one.
    const count = items(raw, fund).length;
    const stay = (part === 'up' && to > 0) || (part === 'down' && to < count - 1);
    setPendingFocus({ id: idOf(fund, to, stay ? part : part === 'up' ? 'down' : 'up') });
  };

  const remove = (fund: Fund, index: number) => {
    const r = removeItem(raw, fund, index);
    onChange(r.raw);
    setRemoved(r.removed);
    remapOpen(fund, (i) => (i === index ? null : i > index ? i - 1 : i));
    const left = items(r.raw, fund).length;
    setPendingFocus({ id: left > 0 ? idOf(fund, Math.min(index, left - 1), 'toggle') : `${base}-${fund}-add` });
  };

  const undo = () => {
    if (!removed) return;
    onChange(restoreItem(raw, removed));
    remapOpen(removed.fund, (i) => (i >= removed.index ? i + 1 : i));
    setPendingFocus({ id: idOf(removed.fund, removed.index, 'toggle') });
    setRemoved(null);
  };

  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  return (
    <div className={styles.root}>
      {removed && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {itemNoun(removed.fund)} ”{removed.title}” är borttaget.
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={undoRef} size="small" onClick={undo}>
              Ångra
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setRemoved(null)}>
              Stäng
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {funds.map((fund) => {
        const list = items(raw, fund);
        const headingId = `${base}-${fund}-h`;
        return (
          <section key={fund} className={styles.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.h3}>
              {FUND_NAME[fund]} ({list.length})
            </h3>
            {list.length === 0 && <p className={styles.empty}>Inga {listLabel(fund).toLowerCase()} i ärendet.</p>}
            <ol className={styles.list}>
              {list.map((item, index) => (
                <ItemRow
                  key={index}
                  fund={fund}
                  index={index}
                  count={list.length}
                  item={item}
                  problems={problems.get(`${fund}:${index}`)}
                  open={open.has(`${fund}:${index}`)}
                  idOf={idOf}
                  onToggle={() => toggle(fund, index)}
                  onEdit={(f, v) => onChange(setField(raw, fund, index, f, v))}
                  onMove={(to, part) => move(fund, index, to, part)}
                  onRemove={() => remove(fund, index)}
                />
              ))}
            </ol>
            <div>
              <Button id={`${base}-${fund}-add`} icon={<Add20Regular />} appearance="subtle" onClick={() => add(fund)}>
                Lägg till {itemNoun(fund).replace(/^[A-ZÅÄÖ][a-zåäö]/, (m) => m.toLowerCase())}
              </Button>
            </div>
          </section>
        );
      })}
    </div>
  );
}

function ItemRow({
  fund,
  index,
  count,
  item,
  problems,
  open,
  idOf,
  onToggle,
  onEdit,
  onMove,
  onRemove,
}: {
  fund: Fund;
  index: number;
  count: number;
  item: Item;
  problems: readonly ItemProblem[] | undefined;
  open: boolean;
  idOf: (fund: Fund, index: number, part: string) => string;
  onToggle: () => void;
  onEdit: (field: EditorField, value: string | boolean) => void;
  onMove: (to: number, part: 'up' | 'down') => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const title = itemTitle(fund, item);
  const formId = idOf(fund, index, 'form');
  const n = problems?.length ?? 0;
  const itemLevel = (problems ?? []).filter((p) => p.key === '');
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Button
          id={idOf(fund, index, 'toggle')}
          className={styles.toggle}
          appearance="subtle"
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={onToggle}
        >
          {index + 1}. {title}
        </Button>
        {n > 0 && (
          <Badge className={styles.badge} appearance="tint" color="danger" shape="rounded">
            {n} fel
          </Badge>
        )}
      </div>
      {open && (
        <div id={formId} role="group" aria-label={`${itemNoun(fund)} ${index + 1}: ${title}`} className={styles.form}>
          {itemLevel.map((p, i) => (
            <p key={i} className={styles.itemProblem}>
              {p.message}
            </p>
          ))}
          {editorFields(fund).map((f) => (
            <FieldEditor key={f.key} field={f} item={item} problem={fieldProblem(problems, f)} onEdit={(v) => onEdit(f, v)} />
          ))}
          <div className={styles.tools}>
            <Button
              id={idOf(fund, index, 'up')}
              size="small"
              icon={<ArrowUp20Regular />}
              disabled={index === 0}
              onClick={() => onMove(index - 1, 'up')}
            >
              Flytta upp
            </Button>
            <Button
              id={idOf(fund, index, 'down')}
              size="small"
              icon={<ArrowDown20Regular />}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1, 'down')}
            >
              Flytta ner
            </Button>
            <Button size="small" icon={<Delete20Regular />} onClick={onRemove}>
              Ta bort
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

function FieldEditor({
  field,
  item,
  problem,
  onEdit,
}: {
  field: EditorField;
  item: Item;
  problem: string | undefined;
  onEdit: (value: string | boolean) => void;
}) {
  const styles = useStyles();
  // While the user types, the input shows what was typed ("500 000", "Farsta, "); the stored value
  // may read differently (500000, ["Farsta"]) and is shown again when the input is left.
  const [draft, setDraft] = useState<string | null>(null);
  const stored = fieldText(item, field);
  const text = draft ?? stored;
  const validation = { validationState: problem ? ('error' as const) : ('none' as const), validationMessage: problem };

  if (field.kind === 'boolean') {
    return (
      <Field hint={field.help} {...validation}>
        <Checkbox label={field.label} checked={stored === 'true'} onChange={(_, d) => onEdit(d.checked === true)} />
      </Field>
    );
  }
  if (field.kind === 'choice') {
    return (
      <Field label={field.label} hint={field.help} required={field.required} {...validation}>
        <RadioGroup value={stored} onChange={(_, d) => onEdit(d.value)}>
          {(field.options ?? []).map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  const common = {
    value: text,
    onFocus: () => setDraft(stored),
    onBlur: () => setDraft(null),
    onChange: (_: unknown, d: { value: string }) => {
      setDraft(d.value);
      onEdit(d.value);
    },
  };
  const how = field.separator === 'line' ? 'En per rad.' : 'Skilj dem åt med kommatecken.';
  const hint = field.kind === 'list' ? `${field.help}${/[.!?]$/.test(field.help) ? '' : '.'} ${how}` : field.help;
  return (
    <Field label={field.label} hint={hint} required={field.required} {...validation}>
      {field.kind === 'longtext' || (field.kind === 'list' && field.separator === 'line') ? (
        <Textarea {...common} className={styles.input} resize="vertical" rows={3} />
      ) : (
        <Input
          {...common}
          className={styles.input}
          inputMode={field.kind === 'year' || field.kind === 'amount' ? 'numeric' : undefined}
          contentAfter={field.kind === 'amount' ? 'kr' : undefined}
        />
      )}
    </Field>
  );
}

export default ProjectEditor;
