/**
 * The case being edited, where it came from, and the one before it (for "Ångra" after a case was
 * replaced). No zod here: this module is on the first-paint path.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RawCase } from './state/raw';

export interface Loaded {
  raw: RawCase;
  source: string;
  /** How many problems the case has (0: valid), null while not known. */
  problems: number | null;
}

export interface CaseStore {
  raw: RawCase | null;
  source: string;
  /** Counts loads and replacements (not edits): the Word section status is read again after each. */
  loadCount: number;
  /** The case that the last load replaced, while it can be brought back. */
  previous: Loaded | null;
  /** How many problems the case has (0: valid), null while not known. */
  problems: number | null;
  /** Replaces the case (a file, the example, the document, a new case); the old one can be restored. */
  replace: (next: RawCase, source: string, problems: number | null) => void;
  setProblems: (n: number | null) => void;
  /** An edit of the current case. */
  edit: (next: RawCase) => void;
  undo: () => void;
  forgetPrevious: () => void;
}

export function useCaseStore(): CaseStore {
  const [current, setCurrent] = useState<Loaded | null>(null);
  const [previous, setPrevious] = useState<Loaded | null>(null);
  const [loadCount, setLoadCount] = useState(0);

  const replace = useCallback(
    (raw: RawCase, source: string, problems: number | null) => {
      setPrevious(current);
      setCurrent({ raw, source, problems });
      setLoadCount((n) => n + 1);
    },
    [current],
  );
  const edit = useCallback(
    (raw: RawCase) => setCurrent((c) => (c ? { ...c, raw } : { raw, source: 'ett nytt ärende', problems: null })),
    [],
  );
  const setProblems = useCallback(
    (problems: number | null) => setCurrent((c) => (c && c.problems !== problems ? { ...c, problems } : c)),
    [],
  );
  const undo = useCallback(() => {
    if (!previous) return;
    setCurrent(previous);
    setPrevious(null);
    setLoadCount((n) => n + 1);
  }, [previous]);
  const forgetPrevious = useCallback(() => setPrevious(null), []);

  return useMemo(
    () => ({
      raw: current?.raw ?? null,
      source: current?.source ?? '',
      problems: current?.problems ?? null,
      loadCount,
      previous,
      replace,
      setProblems,
      edit,
      undo,
      forgetPrevious,
    }),
    [current, loadCount, previous, replace, setProblems, edit, undo, forgetPrevious],
  );
}
