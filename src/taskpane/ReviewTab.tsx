/** "Granska": check the open document (Word) or an uploaded .docx, and walk through the findings. */
import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  CheckmarkCircle16Filled,
  ChevronDown20Regular,
  ChevronUp20Regular,
  Copy20Regular,
  DismissCircle16Filled,
  Save20Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { DocText, Finding } from '../check/types';
import type { HostMode } from './state/host';
import { validateRaw, type RawCase } from './state/caseEdit';
import { completeness, countsText, findingsAsText, groupFindings, orderFindings, SEVERITY_LABEL, step, whereText } from './state/findings';
import { errorMessage } from './state/messages';
import { copyText, readDocxFile, runChecker, saveFile, wordAdapter } from './services';
import { Card, FileButton } from './ui';
import type { Notify } from './App';

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
});

const SEVERITY_BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function ReviewTab({ mode, raw, notify, busy }: { mode: HostMode; raw: RawCase | null; notify: Notify; busy: boolean }) {
  const styles = useStyles();
  const inWord = mode === 'word';
  const [docText, setDocText] = useState<DocText | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [current, setCurrent] = useState(-1);
  const ordered = useMemo(() => orderFindings(findings ?? []), [findings]);
  const groups = useMemo(() => groupFindings(findings ?? []), [findings]);
  const checklist = useMemo(() => (docText ? completeness(docText) : []), [docText]);

  const check = async (readDoc: () => Promise<DocText>, label: string) => {
    notify.busy(`Granskar ${label} …`);
    try {
      const doc = await readDoc();
      const v = raw ? validateRaw(raw) : null;
      const c = v?.ok ? v.value : doc.storedCase;
      const result = await runChecker(doc, c);
      setDocText(doc);
      setFindings(result);
      setCurrent(-1);
      notify.toast(`Granskningen är klar: ${countsText(result).toLowerCase()}.`, 'info');
    } catch (e) {
      notify.show(errorMessage(e, `granska ${label}`));
    } finally {
      notify.busy(null);
    }
  };

  const checkWord = () => check(async () => (await wordAdapter()).readDocText(), 'dokumentet');
  const checkFile = (f: File) => {
    setFile(f);
    return check(() => readDocxFile(f), f.name);
  };
  const again = () => (inWord ? checkWord() : file ? checkFile(file) : undefined);

  const go = async (index: number) => {
    setCurrent(index);
    const f = ordered[index];
    if (!f || !inWord || f.paragraph < 0) return;
    try {
      await (await wordAdapter()).select(f.paragraph, f.start, f.end);
    } catch (e) {
      notify.show(errorMessage(e, 'markera texten i dokumentet'));
    }
  };

  const text = () => findingsAsText(findings ?? [], docText?.source ?? 'dokumentet');
  const copy = async () => {
    try {
      await copyText(text());
      notify.toast('Anmärkningarna är kopierade.');
    } catch (e) {
      notify.show(errorMessage(e, 'kopiera'));
    }
  };
  const save = () => {
    saveFile(text(), 'Granskning.txt', 'text/plain;charset=utf-8');
    notify.toast('Granskning.txt är nedladdad.');
  };

  const cur = current >= 0 ? ordered[current] : undefined;

  return (
    <div className={styles.stack}>
      <Card
        title="Granska tjänsteutlåtandet"
        intro={
          inWord
            ? 'Kontrollerar det öppna dokumentet: avsnitt, år, antal, belopp, bilagor, personnummer och läsbarhet.'
            : 'Välj en Word-fil (.docx) att granska: avsnitt, år, antal, belopp, bilagor, personnummer och läsbarhet.'
        }
      >
        <div className={styles.row}>
          {inWord ? (
            <Button appearance="primary" onClick={checkWord} disabled={busy}>
              Granska dokumentet
            </Button>
          ) : (
            <FileButton
              accept=".docx"
              label="Välj .docx att granska …"
              testId="check-file"
              appearance="primary"
              onFile={checkFile}
              disabled={busy}
            />
          )}
          {findings && (
            <Button icon={<ArrowClockwise20Regular />} onClick={again} disabled={busy}>
              Kör igen
            </Button>
          )}
        </div>
      </Card>

      {findings && (
        <Card title="Resultat">
          <p className={styles.summary} data-testid="findings-summary">
            {countsText(findings)}
            {docText ? ` i ${docText.source}` : ''}
          </p>
          {ordered.length > 0 && (
            <div className={styles.nav}>
              <Button
                icon={<ChevronUp20Regular />}
                onClick={() => go(step(current, ordered.length, -1))}
                aria-label="Föregående anmärkning"
              >
                Föregående
              </Button>
              <Button icon={<ChevronDown20Regular />} onClick={() => go(step(current, ordered.length, 1))} aria-label="Nästa anmärkning">
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
                            className={`${styles.finding} ${index === current ? styles.selected : ''}`}
                            onClick={() => go(index)}
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
        </Card>
      )}

      {docText && (
        <Card title="Checklista: standardavsnitt">
          <ul className={styles.checklist}>
            {checklist.map((item) => (
              <li key={item.id} className={styles.checkItem}>
                {!item.present ? (
                  <DismissCircle16Filled className={styles.bad} aria-hidden="true" />
                ) : item.empty ? (
                  <Warning16Filled className={styles.warnIcon} aria-hidden="true" />
                ) : (
                  <CheckmarkCircle16Filled className={styles.ok} aria-hidden="true" />
                )}
                <span>
                  {item.title}: {!item.present ? 'saknas' : item.empty ? 'finns men är tomt' : 'finns'}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
