/**
 * What the editor derives from the case: its validation, the chosen criteria, the drafted
 * document, the project rows and the personnummer warning. Each is memoized on what it reads.
 */
import { useMemo } from 'react';
import type { Problem } from '../../model/errors';
import { draftCase } from '../../draft/index';
import { personalIdWarning, personalIdsInDraft } from '../../draft/personal-data';
import { draftOmissions } from '../../draft/omissions';
import { validateRaw } from '../state/caseEdit';
import { currentCriteria } from '../state/criteria';
import { projectRows } from '../state/projects';
import { errorMessage } from '../state/messages';
import type { RawCase } from '../state/raw';

const NO_PROBLEMS: readonly Problem[] = [];

export function useDraft(raw: RawCase) {
  const validation = useMemo(() => validateRaw(raw), [raw]);
  const problems = validation.ok ? NO_PROBLEMS : validation.problems;
  const choice = useMemo(() => currentCriteria(raw), [raw]);
  const criteria = choice.kind === 'none' ? undefined : choice.criteria;
  const drafted = useMemo(() => {
    if (!validation.ok) return { doc: null, error: null };
    try {
      return { doc: draftCase(validation.value), error: null };
    } catch (e) {
      return { doc: null, error: errorMessage(e, 'skriva utkastet') };
    }
  }, [validation]);
  const rows = useMemo(() => projectRows(raw, problems, criteria), [raw, problems, criteria]);
  // A personnummer in a public document: warn, and let nothing leave the pane until the user has
  // looked (removed it, or confirmed that it is not one).
  const idWarning = useMemo(() => (drafted.doc ? personalIdWarning(personalIdsInDraft(drafted.doc)) : undefined), [drafted.doc]);
  // What of the case the draft does not show, with the reason.
  const omissions = useMemo(
    () => (validation.ok && drafted.doc ? draftOmissions(validation.value, drafted.doc) : []),
    [validation, drafted.doc],
  );
  return { validation, problems, choice, criteria, drafted, rows, idWarning, omissions };
}

export type Draft = ReturnType<typeof useDraft>;
