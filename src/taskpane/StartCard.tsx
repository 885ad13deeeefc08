/**
 * "Ärende": load a case from a file, the example, the document, or start a new one. On the
 * first-paint path, so no zod here (the loaders bring the model when they run). Replacing a case
 * can be undone: the one before stays until the next load.
 */
import { useRef } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentText20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import type { HostMode } from './state/host';
import type { UserMessage } from './state/messages';
import { emptyCase, mergeImported, type RawCase } from './state/raw';
import { countProblems, loadCaseFile, loadExampleCase, wordAdapter } from './services';
import { ActionStatus, MessageView, useAction, usePaneBusy } from './action';
import type { CaseStore } from './caseStore';
import { Card, FileButton } from './ui';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  source: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export const EXAMPLE_SOURCE = 'exemplet (inriktning 2025, redovisning 2023)';

/** The line under the buttons: where the case came from and whether it has problems. */
export function sourceText(source: string, problems: number | null): string {
  const state = problems === null ? '' : problems === 0 ? ' · inga fel' : ` · ${problems} fel att rätta`;
  return `Inläst: ${source}${state}`;
}

function loadedMessage(source: string, problems: number, note?: string): UserMessage {
  // The line above the message says where the case came from; the message says what happened.
  if (problems === 0) return { intent: 'success', title: note ?? 'Ärendet är inläst, utan fel.', lines: [] };
  return {
    intent: 'warning',
    title: note ?? `Ärendet från ${source} har ${problems} fel.`,
    lines: [
      note ? `Ärendet har ${problems} fel. Felen står vid fälten och projekten nedan.` : 'Felen står vid fälten och projekten nedan.',
    ],
  };
}

export function StartCard({ mode, store }: { mode: HostMode; store: CaseStore }) {
  const styles = useStyles();
  const inWord = mode === 'word';
  const busy = usePaneBusy();
  const action = useAction();
  const buttons = useRef<HTMLDivElement>(null);
  const { raw, previous } = store;

  const take = async (next: RawCase, source: string, note?: string): Promise<UserMessage> => {
    const problems = await countProblems(next);
    store.replace(next, source, problems);
    return loadedMessage(source, problems, note);
  };

  const onCaseFile = (file: File) =>
    action.run(`Läser ${file.name} …`, `läsa ${file.name}`, async () => {
      const r = await loadCaseFile(file);
      if (r.projectsOnly && raw) return take(mergeImported(raw, r.raw), file.name, `Projekten från ${file.name} ersatte ärendets projekt.`);
      return take(r.raw, file.name);
    });

  const onExample = () => void action.run('Läser exemplet …', 'läsa exemplet', async () => take(await loadExampleCase(), EXAMPLE_SOURCE));

  const onStored = () =>
    void action.run('Läser ärendet i dokumentet …', 'läsa ärendet i dokumentet', async () => {
      const value = await (await wordAdapter()).loadStoredCase();
      if (value === undefined) {
        return {
          intent: 'info',
          title: 'Dokumentet har inget sparat ärende.',
          lines: ['Läs in ett ärende från en fil eller börja med exemplet. Ärendet sparas i dokumentet när du infogar avsnitt.'],
        };
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('Det sparade ärendet är inte ett ärende.');
      return take(value as RawCase, 'dokumentet');
    });

  const onNew = () =>
    void action.run('Skapar ett nytt ärende …', 'skapa ett nytt ärende', () =>
      take(emptyCase('inriktning-redovisning'), 'ett nytt, tomt ärende', 'Ett nytt ärende är skapat. Fyll i uppgifterna nedan.'),
    );

  const undo = () => {
    const back = previous;
    store.undo();
    action.show(back ? { intent: 'info', title: `Ärendet från ${back.source} är tillbaka.`, lines: [] } : null);
    // The "Ångra" button is gone: give the focus to the first button of the card.
    buttons.current?.querySelector('button')?.focus();
  };

  return (
    <Card title="Ärende" intro="Läs in ett ärende från en fil (JSON, Excel eller CSV), använd exemplet eller börja med ett tomt ärende.">
      <div className={styles.row} ref={buttons}>
        <FileButton
          accept=".json,.xlsx,.csv"
          label="Öppna fil …"
          testId="case-file"
          icon={<FolderOpen20Regular />}
          appearance={raw ? 'secondary' : 'primary'}
          onFile={(f) => void onCaseFile(f)}
          disabled={busy}
        />
        <Button icon={<DocumentText20Regular />} onClick={onExample} disabledFocusable={busy}>
          Använd exemplet
        </Button>
        {inWord && (
          <Button onClick={onStored} disabledFocusable={busy}>
            Läs in ärendet från dokumentet
          </Button>
        )}
        <Button appearance="subtle" onClick={onNew} disabledFocusable={busy}>
          Nytt ärende
        </Button>
      </div>
      {raw && (
        <p className={styles.source} data-testid="case-source">
          {sourceText(store.source, store.problems)}
        </p>
      )}
      <ActionStatus
        action={action}
        testId="case-status"
        extra={
          previous &&
          !action.doing && (
            <MessageView
              message={{
                intent: 'info',
                title: 'Det förra ärendet är ersatt.',
                lines: [`Ärendet från ${previous.source} kan tas tillbaka tills du läser in ett annat.`],
              }}
              action={
                <Button size="small" onClick={undo}>
                  Ångra
                </Button>
              }
              onDismiss={store.forgetPrevious}
            />
          )
        }
      />
    </Card>
  );
}
