/** "Årets kriterier": the built-in year or criteria from a file, and what they say. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { Criteria } from '../../model/criteria';
import { validateCriteria } from '../../model/validate';
import { builtInYears, summarizeCriteria, withBuiltInCriteria, withInlineCriteria, type CriteriaChoice } from '../state/criteria';
import type { RawCase } from '../state/raw';
import { loadCriteriaFile } from '../services';
import { ActionStatus, useAction, usePaneBusy } from '../action';
import { Card, FileButton } from '../ui';

const useStyles = makeStyles({
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
  h4: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export function CriteriaCard({ raw, choice, setRaw }: { raw: RawCase; choice: CriteriaChoice; setRaw: (r: RawCase) => void }) {
  const styles = useStyles();
  const busy = usePaneBusy();
  const action = useAction();
  const criteria = choice.kind === 'none' ? undefined : choice.criteria;
  const years = builtInYears();

  const onCriteriaFile = (file: File) =>
    void action.run(`Läser ${file.name} …`, `läsa ${file.name}`, async () => {
      const c = validateCriteria(await loadCriteriaFile(file), file.name);
      setRaw(withInlineCriteria(raw, c));
      return { intent: 'success', title: `Kriterierna för ${c.ar} är inlästa från ${file.name}.`, lines: [] };
    });

  return (
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
          {choice.kind === 'builtin' && !years.includes(choice.year) && (
            <option value={String(choice.year)}>{choice.year} (finns inte inbyggt)</option>
          )}
          {years.map((y) => (
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
      <ActionStatus action={action} />
      {choice.kind === 'builtin' && !choice.criteria && (
        <p className={styles.warn}>
          Det finns inga inbyggda kriterier för {choice.year}. Välj ett annat år eller läs in kriterierna från en fil.
        </p>
      )}
      {criteria && <CriteriaView criteria={criteria} />}
    </Card>
  );
}

function CriteriaView({ criteria }: { criteria: Criteria }) {
  const styles = useStyles();
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
