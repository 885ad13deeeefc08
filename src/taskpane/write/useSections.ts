/**
 * The sections in Word: which exist (read after each load), inserting and updating them, and the
 * conflict dialog for sections the user edited. One click is one Word action: apply inserts and
 * updates what it may and leaves edited sections alone, reporting them with both texts; only then
 * is the user asked (and apply runs again for the sections they agree to replace).
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { Case } from '../../model/case';
import type { DraftDocument } from '../../draft/types';
import { ALL_SECTION_IDS, type SectionId } from '../../model/sections';
import type { ApplyResult, SectionConflict, UpdatePlan } from '../../word/types';
import { applySummary, planAfterApply, SECTION_LABELS, statusFromPlan } from '../state/sections';
import type { UserMessage } from '../state/messages';
import { wordAdapter } from '../services';
import type { Action } from '../action';

export interface Ready {
  doc: DraftDocument;
  c: Case;
}

interface Pending extends Ready {
  conflicts: SectionConflict[];
  action: Action;
  /** The control that started the insert: it gets the focus back when the dialog closes. */
  returnFocus: HTMLElement | null;
}

/** What the pane says when Word's Track Changes is on (issue 14). */
export const TRACK_CHANGES_TEXT = 'Spårade ändringar är på: tilläggets text visas som spårade ändringar.';

function resultMessage(res: ApplyResult): UserMessage {
  const summary = applySummary(res);
  const lines = [...(res.warnings ?? [])];
  if (res.trackChanges) lines.push(TRACK_CHANGES_TEXT);
  if (res.conflicts?.length) lines.unshift('Välj i rutan vad som ska hända med dina ändringar.');
  return { intent: res.conflicts?.length || res.warnings?.length ? 'info' : 'success', title: summary, lines };
}

function focusLater(el: HTMLElement | null): void {
  if (!el) return;
  window.setTimeout(() => {
    if (el.isConnected) el.focus();
  }, 0);
}

export function useSections(inWord: boolean, loadCount: number, doc: DraftDocument | null) {
  const [plan, setPlan] = useState<UpdatePlan | undefined>();
  // Track Changes as Word last told it (the plan after a load, then each apply).
  const [trackChanges, setTrackChanges] = useState(false);
  const [notes, setNotes] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const hasDoc = doc !== null;

  // After each load (and once the case first drafts): which sections the document already has.
  const readPlan = useEffectEvent((isCancelled: () => boolean) => {
    if (!doc) return;
    wordAdapter()
      .then((a) => a.plan(doc, ALL_SECTION_IDS))
      .then((p) => {
        if (isCancelled()) return;
        setPlan(p);
        setTrackChanges(p.trackChanges === true);
        setNotes(p.warnings ?? []);
      })
      .catch(() => undefined);
  });
  useEffect(() => {
    if (!inWord || !hasDoc || loadCount === 0) return;
    let cancelled = false;
    readPlan(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [inWord, loadCount, hasDoc]);

  const applyNow = async (ready: Ready, ids: readonly SectionId[], replace: readonly SectionId[]) => {
    const adapter = await wordAdapter();
    const res = await adapter.apply(ready.doc, ready.c, ids, replace);
    setPlan((before) => planAfterApply(before, res));
    setTrackChanges(res.trackChanges === true);
    return res;
  };

  const insert = (ids: SectionId[], ready: Ready, action: Action) => {
    if (ids.length === 0) return;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const what = ids.length === 1 ? `Infogar ${SECTION_LABELS[ids[0]]} …` : `Infogar ${ids.length} avsnitt …`;
    void action.run(what, 'infoga avsnitten', async () => {
      const res = await applyNow(ready, ids, []);
      if (res.conflicts?.length) setPending({ ...ready, conflicts: res.conflicts, action, returnFocus });
      return resultMessage(res);
    });
  };

  /** The dialog's answer: the sections to replace, [] to keep all, null to cancel. */
  const decide = (replace: SectionId[] | null) => {
    const p = pending;
    setPending(null);
    if (!p) return;
    focusLater(p.returnFocus);
    if (replace === null || replace.length === 0) {
      p.action.show({
        intent: 'info',
        title: 'Dina ändringar är kvar.',
        lines: ['Inget mer ändrades i dokumentet.'],
      });
      return;
    }
    const what = replace.length === 1 ? `Ersätter ${SECTION_LABELS[replace[0]]} …` : `Ersätter ${replace.length} avsnitt …`;
    void p.action.run(what, 'ersätta avsnitten', async () => resultMessage(await applyNow(p, replace, replace)));
  };

  return { plan, status: statusFromPlan(plan), trackChanges, notes, pending, insert, decide };
}
