/**
 * "Avsnitt i dokumentet" (Word): how many of the sections the document has, and — folded — each
 * section with its own Infoga/Uppdatera button and a choice for "Infoga markerade".
 */
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { ALL_SECTION_IDS, type SectionId } from '../../model/sections';
import { actionLabel, orderedSelection, SECTION_LABELS, statusText, toggle, type SectionStatus } from '../state/sections';
import { ActionStatus, usePaneBusy, type Action } from '../action';
import { Card } from '../ui';
import { TRACK_CHANGES_TEXT } from './useSections';

const useStyles = makeStyles({
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
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalS },
});

/** "3 av 9 avsnitt finns i dokumentet, 1 med dina ändringar." */
export function presenceText(status: Record<SectionId, SectionStatus>): string {
  const values = ALL_SECTION_IDS.map((id) => status[id]);
  if (values.every((v) => v === 'okand')) return `${values.length} avsnitt. Läser dokumentet …`;
  const present = values.filter((v) => v === 'finns' || v === 'andrad').length;
  const edited = values.filter((v) => v === 'andrad').length;
  const head = present === 0 ? 'Inget av avsnitten finns i dokumentet ännu.' : `${present} av ${values.length} avsnitt finns i dokumentet`;
  if (present === 0) return head;
  return edited ? `${head}, ${edited} med dina ändringar.` : `${head}.`;
}

export function SectionsCard({
  status,
  trackChanges,
  notes,
  action,
  onInsert,
}: {
  status: Record<SectionId, SectionStatus>;
  /** Word's Track Changes is on: the add-in's text goes in as tracked changes. */
  trackChanges: boolean;
  /** Word's notes on the document's sections (a section found twice …). */
  notes: readonly string[];
  action: Action;
  onInsert: (ids: SectionId[]) => void;
}) {
  const styles = useStyles();
  const busy = usePaneBusy();
  const [selected, setSelected] = useState<Set<SectionId>>(() => new Set(ALL_SECTION_IDS));
  return (
    <Card title="Avsnitt i dokumentet" intro={presenceText(status)}>
      {trackChanges && (
        <MessageBar intent="info" layout="multiline" data-testid="track-changes">
          <MessageBarBody>{TRACK_CHANGES_TEXT}</MessageBarBody>
        </MessageBar>
      )}
      {notes.map((n, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      <Accordion collapsible>
        <AccordionItem value="avsnitt">
          <AccordionHeader size="small">Välj avsnitt att infoga eller uppdatera</AccordionHeader>
          <AccordionPanel>
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
                      onClick={() => onInsert([id])}
                      disabledFocusable={busy}
                    >
                      {actionLabel(status[id])}
                    </Button>
                  </div>
                  {statusText(status[id]) && <span className={styles.status}>{statusText(status[id])}</span>}
                </li>
              ))}
            </ul>
            <div className={styles.row}>
              <Button onClick={() => onInsert(orderedSelection(selected))} disabledFocusable={busy || selected.size === 0}>
                Infoga markerade ({selected.size})
              </Button>
            </div>
            <ActionStatus action={action} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}
