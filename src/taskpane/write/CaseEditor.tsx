/**
 * "Skriv" once a case is loaded: the case's problems, the metadata (folded to a summary), the
 * criteria, the projects and, in Word, the sections; the main action (Infoga alla / Uppdatera alla,
 * or Ladda ner .docx outside Word) goes to the footer with its progress and result.
 * Loaded on demand: this chunk brings zod, the case model and the drafter.
 */
import '../zodConfig'; // first: zod must be configured before any schema is built (CSP, no eval)
import { useEffect, useState } from 'react';
import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { ALL_SECTION_IDS } from '../../model/sections';
import type { HostMode } from '../state/host';
import { describeProblem, FORM_PATHS, unplacedProblems } from '../state/caseEdit';
import { docxFileName, setAt, type Path } from '../state/raw';
import type { UserMessage } from '../state/messages';
import { buildDocx, DOCX_MIME, saveFile } from '../services';
import { ActionStatus, useAction, usePaneBusy } from '../action';
import type { CaseStore } from '../caseStore';
import { InSlot, type PaneSlots } from '../slots';
import { ConflictDialog } from './ConflictDialog';
import { CriteriaCard } from './CriteriaCard';
import { MetadataCard } from './MetadataCard';
import { OmissionsCard } from './OmissionsCard';
import { ProjectsCard } from './ProjectsCard';
import { SectionsCard } from './SectionsCard';
import { useDraft } from './useDraft';
import { useSections, type Ready } from './useSections';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

interface Props {
  mode: HostMode;
  store: CaseStore;
  /** The "Skriv" tab is shown: the footer is ours. */
  active: boolean;
  slots: PaneSlots;
}

export function CaseEditor({ mode, store, active, slots }: Props) {
  const styles = useStyles();
  const inWord = mode === 'word';
  const raw = store.raw!;
  const busy = usePaneBusy();
  const footer = useAction();
  const sectionAction = useAction();
  const draft = useDraft(raw);
  const { validation, problems, choice, drafted, rows, idWarning, omissions } = draft;
  const sections = useSections(inWord, store.loadCount, drafted.doc);
  const [idsConfirmed, setIdsConfirmed] = useState<string | null>(null);
  const { setProblems } = store;
  const problemCount = problems.length;

  // The "Inläst: … · N fel" line follows the edits.
  useEffect(() => setProblems(problemCount), [problemCount, setProblems]);

  const edit = (path: Path, value: unknown) => store.edit(setAt(raw, path, value));

  /** The case ready to leave the pane, or the message that says why not. */
  const ready = (): Ready | UserMessage => {
    if (validation.ok && drafted.doc && idWarning && idsConfirmed !== idWarning) {
      return {
        intent: 'error',
        title: 'Utkastet innehåller ett personnummer.',
        lines: [idWarning, 'Ta bort det, eller bekräfta i rutan under Ärende att uppgiften får stå kvar.'],
      };
    }
    if (validation.ok && drafted.doc) return { doc: drafted.doc, c: validation.value };
    if (drafted.error) return drafted.error;
    const lines = problems.slice(0, 8).map((p) => describeProblem(p, raw));
    if (problems.length > 8) lines.push(`… och ${problems.length - 8} fel till.`);
    return { intent: 'error', title: 'Ärendet har fel som måste rättas först.', lines };
  };

  const insert = (ids = [...ALL_SECTION_IDS], action = footer) => {
    const ok = ready();
    if (!('doc' in ok)) action.show(ok);
    else sections.insert(ids, ok, action);
  };

  const download = () => {
    const ok = ready();
    if (!('doc' in ok)) {
      footer.show(ok);
      return;
    }
    void footer.run('Skapar .docx …', 'skapa .docx-filen', async () => {
      const bytes = await buildDocx(ok.doc, ok.c);
      const name = docxFileName(raw);
      saveFile(bytes, name, DOCX_MIME);
      return { intent: 'success', title: `${name} är nedladdad.`, lines: [] };
    });
  };

  const unplaced = unplacedProblems(problems, [...FORM_PATHS, ['lum'], ['mul'], ['fum'], ['kriterier']]);
  const allPresent = ALL_SECTION_IDS.every((id) => sections.status[id] === 'finns' || sections.status[id] === 'andrad');

  return (
    <div className={styles.stack}>
      {unplaced.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Fel i ärendet som fönstret inte kan visa</MessageBarTitle> Ändra dem i filen som ärendet kom från och läs in
            den igen.
            <ul className={styles.list}>
              {unplaced.slice(0, 10).map((p, i) => (
                <li key={i}>{describeProblem(p, raw)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {idWarning && (
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
      {drafted.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{drafted.error.title}</MessageBarTitle> {drafted.error.lines.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}

      <MetadataCard key={`m${store.loadCount}`} raw={raw} problems={problems} onEdit={edit} setRaw={store.edit} />
      <CriteriaCard raw={raw} choice={choice} problems={problems} setRaw={store.edit} />
      <ProjectsCard key={`p${store.loadCount}`} raw={raw} setRaw={store.edit} rows={rows} inWord={inWord} ready={ready} />
      <OmissionsCard omissions={omissions} raw={raw} />
      {inWord && (
        <SectionsCard
          status={sections.status}
          trackChanges={sections.trackChanges}
          notes={sections.notes}
          action={sectionAction}
          onInsert={(ids) => insert(ids, sectionAction)}
        />
      )}

      {active && (
        <>
          <InSlot target={slots.status}>
            <ActionStatus action={footer} testId="footer-status" />
          </InSlot>
          <InSlot target={slots.actions}>
            {inWord ? (
              <Button appearance="primary" onClick={() => insert()} disabledFocusable={busy}>
                {allPresent ? 'Uppdatera alla' : 'Infoga alla'}
              </Button>
            ) : (
              <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={download} disabledFocusable={busy}>
                Ladda ner .docx
              </Button>
            )}
          </InSlot>
        </>
      )}

      {sections.pending && <ConflictDialog conflicts={sections.pending.conflicts} onDecide={sections.decide} />}
    </div>
  );
}
