/**
 * The footer's two places, filled by the active tab through portals: the status line (progress
 * and results of the footer's actions) and the action buttons.
 */
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface PaneSlots {
  status: HTMLElement | null;
  actions: HTMLElement | null;
}

/** Renders `children` into `target` (nothing until the target exists). */
export function InSlot({ target, children }: { target: HTMLElement | null; children: ReactNode }) {
  return target ? createPortal(children, target) : null;
}
