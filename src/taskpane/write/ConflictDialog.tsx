/**
 * Before replacing sections the user edited: what would be replaced, word by word, and a choice per
 * section. Each diff box is a focusable region, so that it can be scrolled with the keyboard.
 */
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Radio,
  RadioGroup,
  Field,
  tokens,
} from '@fluentui/react-components';
import type { SectionId } from '../../model/sections';
import type { SectionConflict } from '../../word/types';
import { diffWords, initialChoices, replaceList, type Choice, type DiffSegment } from '../state/conflicts';

const useStyles = makeStyles({
  conflict: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  diff: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    maxHeight: '220px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  line: { margin: `0 0 ${tokens.spacingVerticalXXS}`, whiteSpace: 'pre-wrap' },
  del: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorNeutralForeground1, textDecorationLine: 'line-through' },
  add: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorNeutralForeground1, textDecorationLine: 'none' },
  same: { color: tokens.colorNeutralForeground1 },
  legend: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

export function ConflictDialog({ conflicts, onDecide }: { conflicts: SectionConflict[]; onDecide: (replace: SectionId[] | null) => void }) {
  const styles = useStyles();
  const [choices, setChoices] = useState<Record<string, Choice>>(() => initialChoices(conflicts));
  const single = conflicts.length === 1;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDecide(null)}>
      <DialogSurface aria-describedby="conflict-intro">
        <DialogBody>
          <DialogTitle>
            {single ? `Du har ändrat texten i ${conflicts[0].title}` : `Du har ändrat texten i ${conflicts.length} avsnitt`}
          </DialogTitle>
          <DialogContent>
            <p id="conflict-intro" className={styles.legend}>
              Om du ersätter avsnittet försvinner din text (överstruken, röd) och den nya texten (grön) infogas. Text utanför tilläggets
              avsnitt ändras aldrig.
            </p>
            {conflicts.map((c) => (
              <div key={c.id} className={styles.conflict}>
                {!single && <h3 className={styles.h3}>{c.title}</h3>}
                <div className={styles.diff} role="region" aria-label={`Ändringar i ${c.title}`} tabIndex={0}>
                  {diffWords(c.currentText, c.newText)
                    .slice(0, 300)
                    .map((row, i) => (
                      <p key={i} className={styles.line}>
                        {row.map((seg, j) => (
                          <Segment key={j} seg={seg} />
                        ))}
                        {row.every((seg) => seg.text === '') && '\u00a0'}
                      </p>
                    ))}
                </div>
                {!single && (
                  <Field label={`Vad ska hända med ${c.title}?`}>
                    <RadioGroup value={choices[c.id]} onChange={(_, d) => setChoices((ch) => ({ ...ch, [c.id]: d.value as Choice }))}>
                      <Radio value="behall" label="Behåll min text" />
                      <Radio value="ersatt" label="Ersätt" />
                    </RadioGroup>
                  </Field>
                )}
              </div>
            ))}
          </DialogContent>
          <DialogActions>
            {single ? (
              <>
                <Button appearance="primary" onClick={() => onDecide([])}>
                  Behåll min text
                </Button>
                <Button onClick={() => onDecide([conflicts[0].id])}>Ersätt</Button>
              </>
            ) : (
              <Button appearance="primary" onClick={() => onDecide(replaceList(conflicts, choices))}>
                Fortsätt
              </Button>
            )}
            <Button appearance="subtle" onClick={() => onDecide(null)}>
              Avbryt
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Segment({ seg }: { seg: DiffSegment }) {
  const styles = useStyles();
  if (seg.op === 'same') return <span className={styles.same}>{seg.text}</span>;
  if (seg.op === 'del')
    return (
      <del className={styles.del}>
        <span className="visually-hidden">[tas bort: </span>
        {seg.text}
        <span className="visually-hidden">]</span>
      </del>
    );
  return (
    <ins className={styles.add}>
      <span className="visually-hidden">[läggs till: </span>
      {seg.text}
      <span className="visually-hidden">]</span>
    </ins>
  );
}
