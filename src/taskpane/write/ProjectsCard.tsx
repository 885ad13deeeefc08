/**
 * "Projekt": the case's LUM projects, MUL study trips and FUM studies, one group per fund (open
 * when it has problems), each row with its validation state; in Word, a project can be inserted
 * at the cursor, with the progress and result beside its button.
 */
import { lazy, Suspense, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  Spinner,
  tokens,
  type AccordionToggleData,
} from '@fluentui/react-components';
import { Edit20Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import { FUND_LABEL, FUND_NAME, stateLabel, type Fund, type ProjectRow } from '../state/projects';
import { projectBlocks } from '../state/projectBlock';
import { wordAdapter } from '../services';
import { ActionStatus, useAction, usePaneBusy } from '../action';
import { Card } from '../ui';
import type { Ready } from './useSections';
import type { UserMessage } from '../state/messages';
import type { RawCase } from '../state/raw';

// The project editor (src/taskpane/editor/, the e2e engineer's): loaded when the user edits.
const ProjectEditor = lazy(() => import(/* webpackChunkName: "project-editor" */ '../editor/ProjectEditor'));

const useStyles = makeStyles({
  projects: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  project: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  projectHead: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', justifyContent: 'space-between' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  projectName: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere', minWidth: 0 },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0, overflowWrap: 'anywhere' },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, margin: 0, overflowWrap: 'anywhere' },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const FUNDS: readonly Fund[] = ['lum', 'mul', 'fum'];

interface Props {
  raw: RawCase;
  setRaw: (r: RawCase) => void;
  rows: ProjectRow[];
  inWord: boolean;
  /** The drafted case, or the message that says why it cannot be inserted yet. */
  ready: () => Ready | UserMessage;
}

type Editing = { focus?: { fund: Fund; index: number } } | null;

export function ProjectsCard({ raw, setRaw, rows, inWord, ready }: Props) {
  const styles = useStyles();
  const busy = usePaneBusy();
  const action = useAction();
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const withProblems = FUNDS.filter((f) => rows.some((r) => r.fund === f && r.state === 'error'));
  const [open, setOpen] = useState<Fund[]>(withProblems);
  const errorCount = rows.filter((r) => r.state === 'error').length;

  const insertProject = (row: ProjectRow) => {
    setActiveKey(row.key);
    const ok = ready();
    if (!('doc' in ok)) {
      action.show(ok);
      return;
    }
    const blocks = projectBlocks(ok.doc, row.title);
    if (!blocks) {
      action.show({
        intent: 'warning',
        title: `Hittade inte texten om ”${row.title}” i utkastet.`,
        lines: ['Kontrollera att projektet har ett namn och att det redovisas i ärendet.'],
      });
      return;
    }
    void action.run('Infogar projektet vid markören …', 'infoga projektet', async () => {
      const res = await (await wordAdapter()).insertAtCursor(blocks);
      const note = res && res.message ? [res.message] : [];
      return { intent: note.length ? 'info' : 'success', title: `Infogade ”${row.title}” i dokumentet.`, lines: note };
    });
  };

  const intro = rows.length
    ? `${rows.length} poster i ärendet${errorCount ? `, ${errorCount} med fel` : ''}.`
    : 'Ärendet har inga projekt, studieresor eller studier.';

  const toggleEditor = (
    <div className={styles.tools}>
      <Button
        icon={editing ? undefined : <Edit20Regular />}
        aria-expanded={editing !== null}
        onClick={() => setEditing(editing ? null : {})}
      >
        {editing ? 'Klar med projekten' : 'Redigera projekten'}
      </Button>
    </div>
  );

  if (editing) {
    return (
      <Card
        title="Projekt"
        intro="Lägg till, ändra, ta bort och flytta projekt, studieresor och studier. Felen visas vid fälten medan du skriver."
      >
        {toggleEditor}
        <Suspense fallback={<Spinner size="tiny" label="Laddar redigeringen …" labelPosition="after" />}>
          <ProjectEditor raw={raw} onChange={setRaw} focus={editing.focus} />
        </Suspense>
        {toggleEditor}
      </Card>
    );
  }

  return (
    <Card title="Projekt" intro={intro}>
      {toggleEditor}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d: AccordionToggleData<Fund>) => setOpen(d.openItems)}>
        {FUNDS.map((fund) => {
          const list = rows.filter((r) => r.fund === fund);
          if (!list.length) return null;
          const bad = list.filter((r) => r.state === 'error').length;
          return (
            <AccordionItem key={fund} value={fund}>
              <AccordionHeader size="small">
                <span className={styles.header}>
                  <span>
                    {FUND_LABEL[fund]} – {FUND_NAME[fund]} ({list.length})
                  </span>
                  {bad > 0 && (
                    <Badge appearance="tint" color="danger" shape="rounded">
                      {bad} med fel
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
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
                      {r.errors.length > 0 && (
                        <div>
                          <Button
                            size="small"
                            icon={<Edit20Regular />}
                            aria-label={`Rätta felen: ${r.title}`}
                            onClick={() => setEditing({ focus: { fund: r.fund, index: r.index } })}
                          >
                            Rätta felen
                          </Button>
                        </div>
                      )}
                      {inWord && (
                        <div>
                          <Button
                            size="small"
                            icon={<TextBulletListAdd20Regular />}
                            aria-label={`Infoga projekt vid markören: ${r.title}`}
                            onClick={() => insertProject(r)}
                            disabledFocusable={busy}
                          >
                            Infoga projekt vid markören
                          </Button>
                        </div>
                      )}
                      {activeKey === r.key && <ActionStatus action={action} />}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </Card>
  );
}
