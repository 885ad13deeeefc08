/** "Skriv": load a case, edit its metadata, pick the criteria, see the projects, insert sections or download a .docx. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from '@fluentui/react-components';
import {
  Add20Regular,
  ArrowDownload20Regular,
  Delete20Regular,
  DocumentText20Regular,
  FolderOpen20Regular,
  TextBulletListAdd20Regular,
} from '@fluentui/react-icons';
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { validateCriteria } from '../model/validate';
import { draftCase } from '../draft/index';
import { personalIdWarning, personalIdsInDraft } from '../draft/personal-data';
import { type DraftDocument } from '../draft/types';
import { ALL_SECTION_IDS, type SectionId } from '../model/sections';
import type { UpdatePlan } from '../word/types';
import type { HostMode } from './state/host';
import {
  addSignatory,
  BEREDNING_FIELDS,
  docxFileName,
  emptyCase,
  fieldError,
  fieldText,
  fieldValue,
  getAt,
  mergeImported,
  METADATA_FIELDS,
  removeSignatory,
  setAt,
  signatories,
  unplacedProblems,
  validateRaw,
  YEAR_FIELDS,
  asRawCase,
  type FieldSpec,
  type RawCase,
} from './state/caseEdit';
import { builtInYears, currentCriteria, summarizeCriteria, withBuiltInCriteria, withInlineCriteria } from './state/criteria';
import { FUND_LABEL, projectRows, stateLabel, type ProjectRow } from './state/projects';
import {
  actionLabel,
  applySummary,
  orderedSelection,
  planAfterApply,
  SECTION_LABELS,
  statusFromPlan,
  statusText,
  toggle,
} from './state/sections';
import { projectBlocks } from './state/projectBlock';
import { errorMessage } from './state/messages';
import { buildDocx, DOCX_MIME, loadCaseFile, loadCriteriaFile, loadExampleCase, saveFile, wordAdapter } from './services';
import { Card, FileButton } from './ui';
import { ConflictDialog } from './ConflictDialog';
import type { Notify } from './App';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  source: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
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
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  projects: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  project: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  projectHead: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', justifyContent: 'space-between' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  projectName: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere' },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  problem: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  warn: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  sections: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  sectionRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  status: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    display: 'block',
    marginLeft: '32px',
    marginTop: '-6px',
    paddingBottom: tokens.spacingVerticalXS,
  },
});

type Kind = 'inriktning-redovisning' | 'arsrapport';

interface Pending {
  plan: UpdatePlan;
  ids: SectionId[];
  doc: DraftDocument;
  c: Case;
}

export interface WriteTabProps {
  mode: HostMode;
  raw: RawCase | null;
  setRaw: (r: RawCase | null) => void;
  source: string;
  setSource: (s: string) => void;
  notify: Notify;
  busy: boolean;
}

export function WriteTab({ mode, raw, setRaw, source, setSource, notify, busy }: WriteTabProps) {
  const styles = useStyles();
  const inWord = mode === 'word';
  const [kindPref, setKindPref] = useState<Kind>('inriktning-redovisning');
  const [selected, setSelected] = useState<Set<SectionId>>(() => new Set(ALL_SECTION_IDS));
  const [plan, setPlan] = useState<UpdatePlan | undefined>();
  const [pending, setPending] = useState<Pending | null>(null);
  const [loadCount, setLoadCount] = useState(0);

  const validation = useMemo(() => (raw ? validateRaw(raw) : null), [raw]);
  const problems = validation && !validation.ok ? validation.problems : [];
  const choice = useMemo(() => (raw ? currentCriteria(raw) : ({ kind: 'none' } as const)), [raw]);
  const criteria = choice.kind === 'none' ? undefined : choice.criteria;
  const drafted = useMemo(() => {
    if (!validation?.ok) return { doc: null, error: null };
    try {
      return { doc: draftCase(validation.value), error: null };
    } catch (e) {
      return { doc: null, error: errorMessage(e, 'skriva utkastet') };
    }
  }, [validation]);
  const rows = useMemo(() => (raw ? projectRows(raw, problems, criteria) : []), [raw, problems, criteria]);
  // A personnummer in a public document: warn, and let nothing leave the pane until the user has
  // looked (removed it, or confirmed that it is not one). The confirmation holds for these numbers only.
  const idWarning = useMemo(() => (drafted.doc ? personalIdWarning(personalIdsInDraft(drafted.doc)) : undefined), [drafted.doc]);
  const [idsConfirmed, setIdsConfirmed] = useState<string | null>(null);
  const status = statusFromPlan(plan);
  const kind: Kind = (raw && (getAt(raw, ['dokumenttyp']) as Kind)) || kindPref;

  const run = useCallback(
    async (what: string, doing: string, fn: () => Promise<void>) => {
      notify.busy(what);
      try {
        await fn();
      } catch (e) {
        notify.show(errorMessage(e, doing));
      } finally {
        notify.busy(null);
      }
    },
    [notify],
  );

  const loaded = useCallback(
    (next: RawCase, from: string, note?: string) => {
      setRaw(next);
      setSource(from);
      setPlan(undefined);
      setLoadCount((n) => n + 1);
      notify.clear();
      const v = validateRaw(next);
      if (v.ok) notify.toast(note ?? `Ärendet är inläst från ${from}.`);
      else
        notify.show({
          intent: 'warning',
          title: `Ärendet från ${from} har ${v.problems.length} fel.`,
          lines: ['Felen står vid fälten nedan. Rätta dem innan du infogar eller laddar ner.'],
        });
    },
    [notify, setRaw, setSource],
  );

  // In Word: which sections the document already has, after each load and each insert.
  useEffect(() => {
    if (!inWord || !drafted.doc || loadCount === 0) return;
    let cancelled = false;
    wordAdapter()
      .then((a) => a.plan(drafted.doc, ALL_SECTION_IDS))
      .then((p) => !cancelled && setPlan(p))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inWord, loadCount]);

  const onCaseFile = (file: File) =>
    run(`Läser ${file.name} …`, `läsa ${file.name}`, async () => {
      const r = await loadCaseFile(file);
      if (r.projectsOnly && raw) loaded(mergeImported(raw, r.raw), file.name, `Projekten från ${file.name} ersatte ärendets projekt.`);
      else loaded(r.raw, file.name);
    });

  const onExample = () =>
    run('Läser exemplet …', 'läsa exemplet', async () => loaded(await loadExampleCase(), 'exemplet (inriktning 2025, redovisning 2023)'));

  const onStored = () =>
    run('Läser ärendet i dokumentet …', 'läsa ärendet i dokumentet', async () => {
      const value = await (await wordAdapter()).loadStoredCase();
      if (value === undefined) {
        notify.show({
          intent: 'info',
          title: 'Dokumentet har inget sparat ärende.',
          lines: ['Läs in ett ärende från en fil eller börja med exemplet. Ärendet sparas i dokumentet när du infogar avsnitt.'],
        });
        return;
      }
      loaded(asRawCase(value, 'Ärendet i dokumentet'), 'dokumentet');
    });

  const onNew = () => loaded(emptyCase(kind), 'ett nytt, tomt ärende', 'Ett nytt ärende är skapat. Fyll i fälten nedan.');

  const edit = (path: readonly (string | number)[], value: unknown) => raw && setRaw(setAt(raw, path, value));

  const needValid = (): { doc: DraftDocument; c: Case } | null => {
    if (validation?.ok && drafted.doc && idWarning && idsConfirmed !== idWarning) {
      notify.show({
        intent: 'error',
        title: 'Utkastet innehåller ett personnummer.',
        lines: [idWarning, 'Ta bort det, eller bekräfta i rutan under fälten att uppgiften får stå kvar.'],
      });
      return null;
    }
    if (validation?.ok && drafted.doc) return { doc: drafted.doc, c: validation.value };
    if (drafted.error) notify.show(drafted.error);
    else
      notify.show({
        intent: 'error',
        title: 'Ärendet har fel som måste rättas först.',
        lines: problems.slice(0, 8).map((p) => `${p.where}: ${p.what}`),
      });
    return null;
  };

  // One click is one Word action: apply inserts and updates what it may and leaves edited sections
  // alone, reporting them with both texts; only then is the user asked (and apply runs again for
  // the sections they agree to replace). No separate read before or after.
  const insert = (ids: SectionId[]) => {
    const ok = needValid();
    if (!ok || ids.length === 0) return;
    void run(ids.length === 1 ? `Infogar ${SECTION_LABELS[ids[0]]} …` : `Infogar ${ids.length} avsnitt …`, 'infoga avsnitten', async () => {
      const res = await applyNow({ ids, doc: ok.doc, c: ok.c }, []);
      if (res.conflicts?.length) {
        setPending({
          plan: { toInsert: [], toUpdate: [], conflicts: res.conflicts },
          ids: res.conflicts.map((x) => x.id),
          doc: ok.doc,
          c: ok.c,
        });
      }
    });
  };

  const applyNow = async (p: Omit<Pending, 'plan'>, replace: SectionId[]) => {
    const adapter = await wordAdapter();
    const res = await adapter.apply(p.doc, p.c, p.ids, replace);
    setPlan((before) => planAfterApply(before, res));
    const summary = applySummary(res);
    if (res.conflicts?.length) notify.toast(`${summary} Välj vad som ska hända med dina ändringar.`, 'info');
    else notify.toast(summary);
    return res;
  };

  /** After the dialog: replace only the sections the user agreed to; the others were already left alone. */
  const apply = async (p: Pending, replace: SectionId[]) => {
    if (replace.length === 0) {
      notify.toast('Dina ändringar är kvar. Inget mer ändrades i dokumentet.', 'info');
      return;
    }
    notify.busy(replace.length === 1 ? `Ersätter ${SECTION_LABELS[replace[0]]} …` : `Ersätter ${replace.length} avsnitt …`);
    await applyNow({ ids: replace, doc: p.doc, c: p.c }, replace);
  };

  const onConflictDecision = (replace: SectionId[] | null) => {
    const p = pending;
    setPending(null);
    if (!p || replace === null) {
      notify.toast('Inget ändrades i dokumentet.', 'info');
      return;
    }
    void run('Infogar …', 'infoga avsnitten', () => apply(p, replace));
  };

  const insertProject = (row: ProjectRow) => {
    const ok = needValid();
    if (!ok) return;
    const blocks = projectBlocks(ok.doc, row.title);
    if (!blocks) {
      notify.show({
        intent: 'warning',
        title: `Hittade inte texten om ”${row.title}” i utkastet.`,
        lines: ['Kontrollera att projektet har ett namn och att det redovisas i ärendet.'],
      });
      return;
    }
    void run('Infogar projektet vid markören …', 'infoga projektet', async () => {
      await (await wordAdapter()).insertAtCursor(blocks);
      notify.toast(`Infogade ”${row.title}” vid markören.`);
    });
  };

  const download = () => {
    const ok = needValid();
    if (!ok || !raw) return;
    void run('Skapar .docx …', 'skapa .docx-filen', async () => {
      const bytes = await buildDocx(ok.doc, ok.c);
      const name = docxFileName(raw);
      saveFile(bytes, name, DOCX_MIME);
      notify.toast(`${name} är nedladdad.`);
    });
  };

  const onCriteriaFile = (file: File) =>
    run(`Läser ${file.name} …`, `läsa ${file.name}`, async () => {
      const value = await loadCriteriaFile(file);
      const c = validateCriteria(value, file.name);
      if (raw) setRaw(withInlineCriteria(raw, c));
      notify.toast(`Kriterierna för ${c.ar} är inlästa från ${file.name}.`);
    });

  const shownPaths = [...METADATA_FIELDS, ...BEREDNING_FIELDS, ...YEAR_FIELDS]
    .map((f) => f.path)
    .concat([['metadata', 'underskrifter'], ['lum'], ['mul'], ['fum'], ['dokumenttyp']]);
  const unplaced = unplacedProblems(problems, shownPaths);

  return (
    <div className={styles.stack}>
      <Card title="Ärende" intro="Läs in ett ärende från en fil (JSON, Excel eller CSV), använd exemplet eller börja med ett tomt ärende.">
        <Field label="Dokumenttyp">
          <RadioGroup
            value={kind}
            onChange={(_, d) => {
              const v = d.value as Kind;
              setKindPref(v);
              if (raw) edit(['dokumenttyp'], v);
            }}
          >
            <Radio value="inriktning-redovisning" label="Inriktning och redovisning (LUM och MUL)" />
            <Radio value="arsrapport" label="Årsrapport om FoU-medel" />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <FileButton
            accept=".json,.xlsx,.csv"
            label="Öppna fil …"
            testId="case-file"
            icon={<FolderOpen20Regular />}
            appearance="primary"
            onFile={onCaseFile}
            disabled={busy}
          />
          <Button icon={<DocumentText20Regular />} onClick={onExample} disabled={busy}>
            Använd exemplet
          </Button>
          {inWord && (
            <Button onClick={onStored} disabled={busy}>
              Läs in ärendet från dokumentet
            </Button>
          )}
          <Button appearance="subtle" onClick={onNew} disabled={busy}>
            Nytt ärende
          </Button>
        </div>
        {raw && (
          <p className={styles.source} data-testid="case-source">
            Inläst: {source}
            {validation?.ok ? ' · inga fel' : ` · ${problems.length} fel att rätta`}
          </p>
        )}
      </Card>

      {raw && unplaced.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Fel i ärendet som inte syns i formuläret:</MessageBarTitle>
            <ul className={styles.list}>
              {unplaced.slice(0, 10).map((p, i) => (
                <li key={i}>
                  {p.where}: {p.what}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {raw && idWarning && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Personnummer i utkastet</MessageBarTitle> {idWarning}
            <div>
              <Checkbox
                label="Jag har kontrollerat uppgiften: den är inget personnummer, eller den får stå kvar."
                checked={idsConfirmed === idWarning}
                onChange={(_, d) => setIdsConfirmed(d.checked === true ? idWarning : null)}
              />
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {raw && drafted.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{drafted.error.title}</MessageBarTitle> {drafted.error.lines.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}

      {raw && (
        <Card title="Uppgifter om tjänsteutlåtandet">
          {[...METADATA_FIELDS, ...YEAR_FIELDS]
            .filter((f) => !(kind === 'arsrapport' && f.path[1] === 'inriktning'))
            .map((f) => (
              <FieldInput key={f.path.join('.')} spec={f} raw={raw} problems={problems} onEdit={edit} />
            ))}
          <h3 className={styles.h3}>Underskrifter</h3>
          {signatories(raw).map((s, i) => (
            <fieldset key={i} className={styles.signer}>
              <legend className={styles.legend}>Underskrift {i + 1}</legend>
              <FieldInput
                spec={{ path: ['metadata', 'underskrifter', i, 'namn'], label: 'Namn', kind: 'text' }}
                raw={raw}
                problems={problems}
                onEdit={edit}
              />
              <FieldInput
                spec={{
                  path: ['metadata', 'underskrifter', i, 'titel'],
                  label: 'Titel',
                  kind: 'text',
                  hint: i === 0 ? 'Till exempel Socialdirektör' : undefined,
                }}
                raw={raw}
                problems={problems}
                onEdit={edit}
              />
              <div>
                <Button size="small" appearance="subtle" icon={<Delete20Regular />} onClick={() => setRaw(removeSignatory(raw, i))}>
                  Ta bort underskrift {i + 1}
                </Button>
              </div>
            </fieldset>
          ))}
          {fieldError(problems, ['metadata', 'underskrifter']) && signatories(raw).length === 0 && (
            <p className={styles.problem} role="alert">
              Underskrifter: {fieldError(problems, ['metadata', 'underskrifter'])}
            </p>
          )}
          <div>
            <Button icon={<Add20Regular />} appearance="subtle" onClick={() => setRaw(addSignatory(raw))}>
              Lägg till underskrift
            </Button>
          </div>
          <h3 className={styles.h3}>Beredning</h3>
          {BEREDNING_FIELDS.map((f) => (
            <FieldInput key={f.path.join('.')} spec={f} raw={raw} problems={problems} onEdit={edit} />
          ))}
          <Checkbox
            label="FoU-rådet deltog i beredningen"
            checked={getAt(raw, ['metadata', 'beredning', 'fouRadet']) === true}
            onChange={(_, d) => edit(['metadata', 'beredning', 'fouRadet'], d.checked === true)}
          />
        </Card>
      )}

      {raw && (
        <Card title="Årets kriterier">
          <Field
            label="Kriterier"
            hint={choice.kind === 'inline' ? 'Kriterierna står i ärendet (egen fil).' : 'Inbyggda kriterier för utlysningsåret.'}
          >
            <Select
              value={choice.kind === 'builtin' ? String(choice.year) : choice.kind === 'inline' ? 'egen' : ''}
              onChange={(_, d) => d.value && d.value !== 'egen' && setRaw(withBuiltInCriteria(raw, Number(d.value)))}
            >
              {choice.kind === 'none' && <option value="">Välj år</option>}
              {choice.kind === 'inline' && <option value="egen">Från fil ({choice.criteria.ar})</option>}
              {choice.kind === 'builtin' && !builtInYears().includes(choice.year) && (
                <option value={String(choice.year)}>{choice.year} (finns inte inbyggt)</option>
              )}
              {builtInYears().map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
          <div>
            <FileButton
              accept=".json"
              label="Läs in kriterier från fil …"
              testId="criteria-file"
              appearance="subtle"
              onFile={onCriteriaFile}
              disabled={busy}
            />
          </div>
          {choice.kind === 'builtin' && !choice.criteria && (
            <p className={styles.warn}>
              Det finns inga inbyggda kriterier för {choice.year}. Välj ett annat år eller läs in kriterierna från en fil.
            </p>
          )}
          {criteria && <CriteriaView criteria={criteria} />}
        </Card>
      )}

      {raw && (
        <Card
          title="Projekt"
          intro={rows.length ? `${rows.length} poster i ärendet.` : 'Ärendet har inga projekt, studieresor eller studier.'}
        >
          {(['lum', 'mul', 'fum'] as const).map((fund) => {
            const list = rows.filter((r) => r.fund === fund);
            if (!list.length) return null;
            return (
              <div key={fund}>
                <h3 className={styles.h3}>
                  {FUND_LABEL[fund]} {fund === 'lum' ? '– lokala utvecklingsprojekt' : fund === 'mul' ? '– studieresor' : '– studier'} (
                  {list.length})
                </h3>
                <ul className={styles.projects}>
                  {list.map((r) => (
                    <li key={r.key} className={styles.project}>
                      <div className={styles.projectHead}>
                        <span className={styles.projectName}>{r.title}</span>
                        <Badge
                          className={styles.badge}
                          appearance="tint"
                          color={r.state === 'ok' ? 'success' : r.state === 'warning' ? 'warning' : 'danger'}
                          shape="rounded"
                        >
                          {stateLabel(r)}
                        </Badge>
                      </div>
                      {r.details && <span className={styles.details}>{r.details}</span>}
                      {r.errors.map((m, i) => (
                        <p key={`e${i}`} className={styles.problem}>
                          {m}
                        </p>
                      ))}
                      {r.warnings.map((m, i) => (
                        <p key={`w${i}`} className={styles.warn}>
                          {m}
                        </p>
                      ))}
                      {inWord && (
                        <div>
                          <Button
                            size="small"
                            icon={<TextBulletListAdd20Regular />}
                            aria-label={`Infoga ${r.title} vid markören`}
                            onClick={() => insertProject(r)}
                            disabled={busy}
                          >
                            Infoga projekt vid markören
                          </Button>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </Card>
      )}

      {raw && inWord && (
        <Card title="Avsnitt i dokumentet" intro="Markera avsnitten och infoga dem. Ett avsnitt som redan finns uppdateras på sin plats.">
          <ul className={styles.sections}>
            {ALL_SECTION_IDS.map((id) => (
              <li key={id}>
                <div className={styles.sectionRow}>
                  <Checkbox
                    label={SECTION_LABELS[id]}
                    checked={selected.has(id)}
                    onChange={(_, d) => setSelected((s) => toggle(s, id, d.checked === true))}
                  />
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={`${actionLabel(status[id])} ${SECTION_LABELS[id]}`}
                    onClick={() => insert([id])}
                    disabled={busy}
                  >
                    {actionLabel(status[id])}
                  </Button>
                </div>
                {statusText(status[id]) && <span className={styles.status}>{statusText(status[id])}</span>}
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => insert(orderedSelection(selected))} disabled={busy || selected.size === 0}>
              Infoga markerade ({selected.size})
            </Button>
            <Button onClick={() => insert([...ALL_SECTION_IDS])} disabled={busy}>
              Infoga alla
            </Button>
          </div>
        </Card>
      )}

      {raw && !inWord && (
        <Card title="Ladda ner" intro="Hela tjänsteutlåtandet som en Word-fil. Ärendet sparas i filen så att det kan läsas in igen.">
          <div>
            <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={download} disabled={busy}>
              Ladda ner .docx
            </Button>
          </div>
        </Card>
      )}

      {pending && <ConflictDialog conflicts={pending.plan.conflicts} onDecide={onConflictDecision} />}
    </div>
  );
}

function FieldInput({
  spec,
  raw,
  problems,
  onEdit,
}: {
  spec: FieldSpec;
  raw: RawCase;
  problems: readonly { where: string; what: string }[];
  onEdit: (path: readonly (string | number)[], value: unknown) => void;
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

const useCriteriaStyles = makeStyles({
  h4: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

function CriteriaView({ criteria }: { criteria: Criteria }) {
  const styles = useCriteriaStyles();
  const s = summarizeCriteria(criteria);
  return (
    <Accordion collapsible>
      <AccordionItem value="kriterier">
        <AccordionHeader size="small">Visa kriterier, områden och tak för {criteria.ar}</AccordionHeader>
        <AccordionPanel>
          <h4 className={styles.h4}>{s.kriterierRubrik}</h4>
          <ul className={styles.list}>
            {s.kriterier.map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
          {s.omradenRubrik && (
            <>
              <h4 className={styles.h4}>{s.omradenRubrik}</h4>
              <ul className={styles.list}>
                {s.omraden.map((k, i) => (
                  <li key={i}>{k}</li>
                ))}
              </ul>
            </>
          )}
          <h4 className={styles.h4}>Tak och regler</h4>
          <ul className={styles.list}>
            {[...s.tak, ...s.datum].map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
