/**
 * Feedback where the user acts. Each place that starts something (a card's buttons, the footer)
 * has its own action: while it runs, a spinner with what is happening stands beside the control;
 * afterwards the result stays there as a message until it is dismissed or replaced. Nothing goes
 * to a toast, so nothing important disappears and nothing steals the keyboard.
 *
 * The pane as a whole is busy while any action runs (one Word action at a time): buttons then use
 * Fluent's `disabledFocusable`, so the focused button keeps the focus.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { UserMessage } from './state/messages';

/** An error as a message; the formatter (with the field registry, and so zod) is loaded when needed. */
async function describeError(e: unknown, doing: string): Promise<UserMessage> {
  try {
    await import(/* webpackChunkName: "model" */ './zodConfig');
    const { errorMessage } = await import(/* webpackChunkName: "model" */ './state/messages');
    return errorMessage(e, doing);
  } catch {
    return { intent: 'error', title: `Det gick inte att ${doing}.`, lines: [e instanceof Error ? e.message : String(e)] };
  }
}

interface BusyControl {
  enter: () => void;
  leave: () => void;
}

const BusyContext = createContext(false);
const BusyControlContext = createContext<BusyControl>({ enter: () => undefined, leave: () => undefined });

/** Holds the pane-wide busy count; wrap the pane in it once. */
export function BusyProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);
  const control = useMemo<BusyControl>(
    () => ({ enter: () => setCount((n) => n + 1), leave: () => setCount((n) => Math.max(0, n - 1)) }),
    [],
  );
  return (
    <BusyControlContext.Provider value={control}>
      <BusyContext.Provider value={count > 0}>{children}</BusyContext.Provider>
    </BusyControlContext.Provider>
  );
}

/** True while any action in the pane runs. */
export function usePaneBusy(): boolean {
  return useContext(BusyContext);
}

export interface Action {
  /** What is happening now ("Infogar 9 avsnitt …"), or null. */
  doing: string | null;
  /** The last result or error, shown until dismissed or replaced. */
  message: UserMessage | null;
  /**
   * Runs `fn` with a spinner saying `what`; an error becomes a message saying what could not be
   * done (`doing`: "infoga avsnitten"). `fn` may return a message to show when it is done.
   */
  run: (what: string, doing: string, fn: () => Promise<UserMessage | void>) => Promise<void>;
  show: (m: UserMessage | null) => void;
}

export function useAction(): Action {
  const { enter, leave } = useContext(BusyControlContext);
  const [doing, setDoing] = useState<string | null>(null);
  const [message, setMessage] = useState<UserMessage | null>(null);
  const run = useCallback(
    async (what: string, doingText: string, fn: () => Promise<UserMessage | void>) => {
      enter();
      setDoing(what);
      setMessage(null);
      try {
        const result = await fn();
        if (result) setMessage(result);
      } catch (e) {
        setMessage(await describeError(e, doingText));
      } finally {
        setDoing(null);
        leave();
      }
    },
    [enter, leave],
  );
  return useMemo(() => ({ doing, message, run, show: setMessage }), [doing, message, run]);
}

const useStyles = makeStyles({
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  empty: { display: 'none' },
});

/** A message as a lasting MessageBar, with an optional action (such as "Ångra") and a close button. */
export function MessageView({ message, onDismiss, action }: { message: UserMessage; onDismiss?: () => void; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.lines.length === 1 && <> {message.lines[0]}</>}
        {message.lines.length > 1 && (
          <ul className={styles.list}>
            {message.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {(action || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss ? (
              <Button appearance="transparent" aria-label="Stäng meddelandet" icon={<Dismiss16Regular />} onClick={onDismiss} />
            ) : undefined
          }
        >
          {action}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/**
 * The action's spinner or message, in a live region so that screen readers hear it. Always
 * rendered (empty when idle), so that the region exists before anything is announced.
 */
export function ActionStatus({ action, extra, testId }: { action: Action; extra?: ReactNode; testId?: string }) {
  const styles = useStyles();
  const { doing, message, show } = action;
  return (
    <div className={styles.status} role="status" aria-live="polite" data-testid={testId}>
      {doing && <Spinner size="tiny" label={doing} labelPosition="after" />}
      {!doing && message && <MessageView message={message} onDismiss={() => show(null)} />}
      {extra}
    </div>
  );
}
