/**
 * "Granska": check the open document (Word) or an uploaded .docx, and walk through the findings.
 * The footer holds the action that starts a check (in Word, App's "Granska dokumentet" asks for it
 * through `request`) and its progress and result. Loaded on demand.
 */
import '../zodConfig'; // first: zod must be configured before any schema is built (CSP, no eval)
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  CheckmarkCircle16Filled,
  ChevronDown20Regular,
  ChevronUp20Regular,
  Copy20Regular,
  DismissCircle16Filled,
  Info16Regular,
  Save20Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { DocText, Finding } from '../../check/types';
import { profileChoiceText, type ProfileChoice } from '../../check/index';
import { builtInProfileChoices } from '../../model/profiles/index';
import type { HostMode } from '../state/host';
import { validateRaw } from '../state/caseEdit';
import { getAt, setAt, type RawCase } from '../state/raw';
import {
  checklistText,
  completeness,
  countsText,
  findingsAsText,
  groupFindings,
  orderFindings,
  SEVERITY_LABEL,
  step,
  whereText,
} from '../state/findings';
import { errorMessage } from '../state/messages';
import { copyText, readDocxFile, runChecker, saveFile, wordAdapter } from '../services';
import { ActionStatus, useAction, usePaneBusy } from '../action';
import { InSlot, type PaneSlots } from '../slots';
import { Card, FileButton } from '../ui';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  current: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  findings: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: tokens.spacingVerticalXS,
    minHeight: 'auto',
    height: 'auto',
  },
  findingText: { display: 'flex', flexDirection: 'column', gap: '2px' },
  where: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  excerpt: { fontSize: tokens.fontSizeBase200, fontStyle: 'italic', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between', width: '100%' },
  checklist: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
  },
  checkItem: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  warnIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
  profile: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  // A long profile name must not widen the pane (the Field is a grid; its items keep their content's width otherwise).
  profileSelect: { minWidth: 0 },
});

const SEVERITY_BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

interface Props {
  mode: HostMode;
  raw: RawCase | null;
  /** Stores the chosen profile with the case (its field "profil"). */
  setRaw: (r: RawCase) => void;
  /** The tab is shown: the footer is ours. */
  active: boolean;
  /** Counts the footer's "Granska dokumentet" clicks; each new value starts a check of the document. */
  request: number;
  slots: PaneSlots;
}

const PROFILES = builtInProfileChoices();

export function ReviewTab({ mode, raw, setRaw, active, request, slots }: Props) {
  const styles = useStyles();
  const inWord = mode === 'word';
  const busy = usePaneBusy();
  const action = useAction();
  const results = useAction();
  const [docText, setDocText] = useState<DocText | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [current, setCurrent] = useState(-1);
  const [choice, setChoice] = useState<ProfileChoice | null>(null);
  // The profile picked for this check: stored with the case when there is one.
  const [localProfile, setLocalProfile] = useState('');
  const caseProfile = raw ? getAt(raw, ['profil']) : undefined;
  const profileId = typeof caseProfile === 'string' ? caseProfile : raw ? '' : localProfile;
  const pickProfile = (id: string) => {
    if (raw) setRaw(setAt(raw, ['profil'], id || undefined));
    else setLocalProfile(id);
  };
  const ordered = useMemo(() => orderFindings(findings ?? []), [findings]);
  const groups = useMemo(() => groupFindings(findings ?? []), [findings]);
  const checklist = useMemo(() => (docText ? completeness(docText, choice?.profile) : []), [docText, choice]);

  const check = (readDoc: () => Promise<DocText>, label: string) =>
    action.run(`Granskar ${label} …`, `granska ${label}`, async () => {
      const doc = await readDoc();
      const v = raw ? validateRaw(raw) : null;
      const c = v?.ok ? v.value : doc.storedCase;
      const { findings: result, profile } = await runChecker(doc, c, profileId || undefined);
      setDocText(doc);
      setFindings(result);
      setChoice(profile);
      setCurrent(-1);
      return {
        intent: result.some((f) => f.severity === 'error') ? 'warning' : 'success',
        title: `Granskningen är klar: ${countsText(result).toLowerCase()}.`,
        // Which profile and why stands under the result, not in the footer.
        lines: [],
      };
    });

  const checkWord = () => check(async () => (await wordAdapter()).readDocText(), 'dokumentet');
  const checkFile = (f: File) => {
    setFile(f);
    return check(() => readDocxFile(f), f.name);
  };
  const again = () => void (inWord ? checkWord() : file ? checkFile(file) : undefined);

  // The footer's "Granska dokumentet" (App) asks for a check by counting up `request`.
  const handled = useRef(0);
  const onRequest = useEffectEvent((n: number) => {
    if (n <= handled.current) return;
    handled.current = n;
    void checkWord();
  });
  useEffect(() => {
    if (inWord) onRequest(request);
  }, [inWord, request]);

  const go = async (index: number) => {
    setCurrent(index);
    const f = ordered[index];
    if (!f || !inWord || f.paragraph < 0) return;
    try {
      await (await wordAdapter()).select(f.paragraph, f.start, f.end);
    } catch (e) {
      results.show(errorMessage(e, 'markera texten i dokumentet'));
    }
  };

  const text = () => findingsAsText(findings ?? [], docText?.source ?? 'dokumentet');
  const copy = () =>
    void results.run('Kopierar …', 'kopiera', async () => {
      await copyText(text());
      return { intent: 'success', title: 'Anmärkningarna är kopierade.', lines: [] };
    });
  const save = () => {
    saveFile(text(), 'Granskning.txt', 'text/plain;charset=utf-8');
    results.show({ intent: 'success', title: 'Granskning.txt är nedladdad.', lines: [] });
  };

  const cur = current >= 0 ? ordered[current] : undefined;

  return (
    <div className={styles.stack}>
      <Card
        title="Granska tjänsteutlåtandet"
        intro={
          inWord
            ? 'Granska dokumentet (knappen längst ned) kontrollerar det öppna dokumentet: avsnitt, år, antal, belopp, bilagor, personnummer och läsbarhet.'
            : 'Välj en Word-fil (.docx) att granska med knappen längst ned: avsnitt, år, antal, belopp, bilagor, personnummer och läsbarhet.'
        }
      >
        <Field
          label="Granskningsprofil"
          hint={raw ? 'Husstilen som dokumentet granskas efter. Valet sparas i ärendet.' : 'Husstilen som dokumentet granskas efter.'}
        >
          <Select className={styles.profileSelect} value={profileId} onChange={(_, d) => pickProfile(d.value)}>
            <option value="">Välj utifrån dokumentet</option>
            {PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.namn}
              </option>
            ))}
          </Select>
        </Field>
        {findings && (
          <div className={styles.row}>
            <Button icon={<ArrowClockwise20Regular />} onClick={again} disabledFocusable={busy}>
              Kör igen
            </Button>
          </div>
        )}
      </Card>

      {findings && (
        <Card title="Resultat">
          <p className={styles.summary} data-testid="findings-summary">
            {countsText(findings)}
            {docText ? ` i ${docText.source}` : ''}
          </p>
          {choice && <p className={styles.profile}>{profileChoiceText(choice)}</p>}
          {ordered.length > 0 && (
            <div className={styles.nav}>
              <Button
                icon={<ChevronUp20Regular />}
                onClick={() => void go(step(current, ordered.length, -1))}
                aria-label="Föregående anmärkning"
              >
                Föregående
              </Button>
              <Button
                icon={<ChevronDown20Regular />}
                onClick={() => void go(step(current, ordered.length, 1))}
                aria-label="Nästa anmärkning"
              >
                Nästa
              </Button>
              <span aria-live="polite">{current >= 0 ? `${current + 1} av ${ordered.length}` : `${ordered.length} st`}</span>
            </div>
          )}
          {cur && (
            <p className={styles.current}>
              <strong>{SEVERITY_LABEL[cur.severity]}</strong> ({whereText(cur)}): {cur.message}
            </p>
          )}
          <Accordion multiple collapsible>
            {groups.map((g) => (
              <AccordionItem key={g.rule} value={g.rule}>
                <AccordionHeader size="small">
                  <span className={styles.header}>
                    <span>{g.label}</span>
                    <Badge className={styles.badge} appearance="tint" color={SEVERITY_BADGE[g.severity]} shape="rounded">
                      {g.findings.length} · {SEVERITY_LABEL[g.severity]}
                    </Badge>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.findings}>
                    {g.findings.map((f, i) => {
                      const index = ordered.indexOf(f);
                      return (
                        <li key={i}>
                          <Button
                            appearance="subtle"
                            className={mergeClasses(styles.finding, index === current && styles.selected)}
                            onClick={() => void go(index)}
                            aria-current={index === current ? 'true' : undefined}
                          >
                            <span className={styles.findingText}>
                              <span className={styles.where}>
                                {SEVERITY_LABEL[f.severity]} · {whereText(f)}
                              </span>
                              <span>{f.message}</span>
                              {f.excerpt && <span className={styles.excerpt}>”{f.excerpt}”</span>}
                            </span>
                          </Button>
                        </li>
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          <div className={styles.row}>
            <Button icon={<Copy20Regular />} onClick={copy}>
              Kopiera som text
            </Button>
            <Button icon={<Save20Regular />} onClick={save}>
              Spara som .txt
            </Button>
          </div>
          <ActionStatus action={results} />
        </Card>
      )}

      {docText && (
        <Card title="Checklista: standardavsnitt">
          <ul className={styles.checklist}>
            {checklist.map((item) => (
              <li key={item.id} className={styles.checkItem}>
                {!item.present && item.required !== 'obligatoriskt' ? (
                  <Info16Regular className={styles.neutral} aria-hidden="true" />
                ) : !item.present ? (
                  <DismissCircle16Filled className={styles.bad} aria-hidden="true" />
                ) : item.empty ? (
                  <Warning16Filled className={styles.warnIcon} aria-hidden="true" />
                ) : (
                  <CheckmarkCircle16Filled className={styles.ok} aria-hidden="true" />
                )}
                <span>
                  {item.title}: {checklistText(item)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {active && (
        <>
          <InSlot target={slots.status}>
            <ActionStatus action={action} testId="review-status" />
          </InSlot>
          {!inWord && (
            <InSlot target={slots.actions}>
              <FileButton
                accept=".docx"
                label="Välj .docx att granska …"
                testId="check-file"
                appearance="primary"
                onFile={(f) => void checkFile(f)}
                disabled={busy}
              />
            </InSlot>
          )}
        </>
      )}
    </div>
  );
}
