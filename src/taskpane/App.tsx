/** The task pane: header, the host notice, the tabs "Skriv" and "Granska", messages and toasts. */
import { useCallback, useMemo, useState } from 'react';
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  Spinner,
  Tab,
  TabList,
  Toast,
  ToastTitle,
  Toaster,
  tokens,
  useId,
  useToastController,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { hostNotice, isDarkColor, type HostMode } from './state/host';
import type { UserMessage } from './state/messages';
import type { RawCase } from './state/caseEdit';
import { WriteTab } from './WriteTab';
import { ReviewTab } from './ReviewTab';

const useStyles = makeStyles({
  app: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  h1: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  sub: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    flexGrow: 1,
  },
  messages: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

function officeTheme(mode: HostMode) {
  if (mode !== 'word') return webLightTheme;
  try {
    const bg = Office.context?.officeTheme?.bodyBackgroundColor;
    return isDarkColor(bg) ? webDarkTheme : webLightTheme;
  } catch {
    return webLightTheme;
  }
}

export interface Notify {
  /** Shows a message in the message area (errors stay until dismissed). */
  show(m: UserMessage): void;
  /** A short confirmation as a toast. */
  toast(text: string, intent?: 'success' | 'info'): void;
  clear(): void;
  /** Marks the pane busy with a Swedish description ("Infogar avsnitt …"), or idle with null. */
  busy(what: string | null): void;
}

interface Shown extends UserMessage {
  id: number;
}

let nextId = 1;

export function App({ mode }: { mode: HostMode }) {
  const styles = useStyles();
  const theme = useMemo(() => officeTheme(mode), [mode]);
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);
  const [tab, setTab] = useState<'skriv' | 'granska'>('skriv');
  const [messages, setMessages] = useState<Shown[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [raw, setRaw] = useState<RawCase | null>(null);
  const [source, setSource] = useState<string>('');
  const notice = hostNotice(mode);

  const notify: Notify = useMemo(
    () => ({
      show: (m) =>
        setMessages((list) => [...list.filter((x) => x.intent !== m.intent || x.title !== m.title), { ...m, id: nextId++ }].slice(-4)),
      toast: (text, intent = 'success') =>
        dispatchToast(
          <Toast>
            <ToastTitle>{text}</ToastTitle>
          </Toast>,
          { intent, timeout: 4000 },
        ),
      clear: () => setMessages([]),
      busy: (what) => setBusy(what),
    }),
    [dispatchToast],
  );

  const dismiss = useCallback((id: number) => setMessages((list) => list.filter((m) => m.id !== id)), []);
  const tabId = useId('tab');

  return (
    <FluentProvider theme={theme} className={styles.app} lang="sv">
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" width={32} height={32} />
        <div>
          <h1 className={styles.h1}>Tjänsteutlåtande FoU</h1>
          <p className={styles.sub}>Skriv och granska tjänsteutlåtanden om FoU-medel</p>
        </div>
      </header>
      <nav className={styles.tabs} aria-label="Flikar">
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'skriv' | 'granska')}>
          <Tab id={`${tabId}-skriv`} value="skriv" aria-controls={`${tabId}-panel-skriv`}>
            Skriv
          </Tab>
          <Tab id={`${tabId}-granska`} value="granska" aria-controls={`${tabId}-panel-granska`}>
            Granska
          </Tab>
        </TabList>
      </nav>
      <main className={styles.main}>
        {notice && (
          <MessageBar intent={mode === 'no-office' ? 'warning' : 'info'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.text}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.messages} role="status" aria-live="polite" aria-atomic="false">
          {busy && <Spinner size="tiny" label={busy} labelPosition="after" />}
          {messages.map((m) => (
            <MessageBar key={m.id} intent={m.intent} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{m.title}</MessageBarTitle>
                {m.lines.length === 1 && <> {m.lines[0]}</>}
                {m.lines.length > 1 && (
                  <ul className={styles.list}>
                    {m.lines.map((l, i) => (
                      <li key={i}>{l}</li>
                    ))}
                  </ul>
                )}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label="Stäng meddelandet"
                    icon={<Dismiss16Regular />}
                    onClick={() => dismiss(m.id)}
                  />
                }
              />
            </MessageBar>
          ))}
        </div>
        <div id={`${tabId}-panel-skriv`} role="tabpanel" aria-labelledby={`${tabId}-skriv`} hidden={tab !== 'skriv'}>
          <WriteTab mode={mode} raw={raw} setRaw={setRaw} source={source} setSource={setSource} notify={notify} busy={busy !== null} />
        </div>
        <div id={`${tabId}-panel-granska`} role="tabpanel" aria-labelledby={`${tabId}-granska`} hidden={tab !== 'granska'}>
          <ReviewTab mode={mode} raw={raw} notify={notify} busy={busy !== null} />
        </div>
        {/* Inline, so that toasts stay inside the main landmark for screen readers. */}
        <Toaster toasterId={toasterId} position="bottom" inline />
      </main>
    </FluentProvider>
  );
}
