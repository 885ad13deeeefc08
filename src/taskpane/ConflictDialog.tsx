/** Before replacing sections the user edited: what would be replaced, and a choice per section. */
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
import type { SectionId } from '../model/sections';
import type { SectionConflict } from '../word/types';
import { diffLines, initialChoices, replaceList, type Choice } from './state/conflicts';

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
    listStyle: 'none',
  },
  del: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorNeutralForeground1, textDecorationLine: 'line-through' },
  add: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorNeutralForeground1 },
  same: { color: tokens.colorNeutralForeground2 },
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
              Om du ersätter avsnittet försvinner din text (överstruken nedan) och den nya texten (grön) infogas. Text utanför tilläggets
              avsnitt ändras aldrig.
            </p>
            {conflicts.map((c) => (
              <div key={c.id} className={styles.conflict}>
                {!single && <h3 className={styles.h3}>{c.title}</h3>}
                <ul className={styles.diff} aria-label={`Ändringar i ${c.title}`}>
                  {diffLines(c.currentText, c.newText)
                    .slice(0, 300)
                    .map((l, i) => (
                      <li key={i} className={l.op === 'del' ? styles.del : l.op === 'add' ? styles.add : styles.same}>
                        <span aria-hidden="true">{l.op === 'del' ? '− ' : l.op === 'add' ? '+ ' : '  '}</span>
                        <span className="visually-hidden">{l.op === 'del' ? 'Tas bort: ' : l.op === 'add' ? 'Läggs till: ' : ''}</span>
                        {l.text || '\u00a0'}
                      </li>
                    ))}
                </ul>
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
