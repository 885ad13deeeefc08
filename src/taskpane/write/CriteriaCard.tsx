/** "Årets kriterier": the built-in year or criteria from a file, and what they say. */
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons';
import type { Problem } from '../../model/errors';
import { builtInCriteria } from '../../model/criteria/index';
import type { Criteria } from '../../model/criteria';
import { validateCriteria } from '../../model/validate';
import { problemsUnder } from '../state/caseEdit';
import { builtInYears, summarizeCriteria, withBuiltInCriteria, withInlineCriteria, type CriteriaChoice } from '../state/criteria';
import type { RawCase } from '../state/raw';
import { loadCriteriaFile } from '../services';
import { ActionStatus, useAction, usePaneBusy } from '../action';
import { Card, FileButton } from '../ui';
import { CriteriaEditor, criteriaTemplate } from './CriteriaEditor';

const useStyles = makeStyles({
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
  h4: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

interface Props {
  raw: RawCase;
  choice: CriteriaChoice;
  problems: readonly Problem[];
  setRaw: (r: RawCase) => void;
}

export function CriteriaCard({ raw, choice, problems, setRaw }: Props) {
  const styles = useStyles();
  const busy = usePaneBusy();
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const criteria = choice.kind === 'none' ? undefined : choice.criteria;
  const years = builtInYears();
  const own = problemsUnder(problems, ['kriterier']);

  /** A year without built-in criteria: start from the latest year's, to be checked and changed. */
  const writeOwn = (year: number) => {
    const latest = builtInCriteria(years[0]);
    if (!latest) return;
    setRaw(withInlineCriteria(raw, criteriaTemplate(latest, year)));
    setEditing(true);
  };

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
        <>
          <p className={styles.warn}>
            Det finns inga inbyggda kriterier för {choice.year}. Skriv dem här, välj ett annat år eller läs in dem från en fil.
          </p>
          <div>
            <Button icon={<Edit20Regular />} onClick={() => writeOwn(choice.year)}>
              Skriv kriterierna för {choice.year}
            </Button>
          </div>
        </>
      )}
      {choice.kind === 'inline' && (
        <div>
          <Button icon={editing ? undefined : <Edit20Regular />} aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {editing ? 'Dölj kriterierna' : 'Ändra kriterierna'}
          </Button>
        </div>
      )}
      {own.length > 0 && !editing && (
        <p className={styles.error}>
          {own.length === 1 ? 'Kriterierna har 1 fel' : `Kriterierna har ${own.length} fel`}
          {choice.kind === 'inline' ? ': tryck på Ändra kriterierna.' : '.'}
        </p>
      )}
      {choice.kind === 'inline' && editing && <CriteriaEditor raw={raw} problems={problems} setRaw={setRaw} />}
      {criteria && !editing && <CriteriaView criteria={criteria} />}
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
