/**
 * The task pane: header, the host notice, the tabs "Skriv" and "Granska", and a footer with the
 * main actions that stays at the bottom of the window. Only this shell and the case card are on
 * the first-paint path; the case editor and the review tab are loaded when they are needed.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
  useId,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { hostNotice, isDarkColor, type HostMode } from './state/host';
import { BusyProvider, usePaneBusy } from './action';
import { useCaseStore } from './caseStore';
import { StartCard } from './StartCard';
import { mark } from './perf';
import type { PaneSlots } from './slots';

const CaseEditor = lazy(() => import(/* webpackChunkName: "editor" */ './write/CaseEditor').then((m) => ({ default: m.CaseEditor })));
const ReviewTab = lazy(() => import(/* webpackChunkName: "review" */ './review/ReviewTab').then((m) => ({ default: m.ReviewTab })));

const useStyles = makeStyles({
  app: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  logo: { width: '24px', height: '24px', flexShrink: 0 },
  h1: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    flexGrow: 1,
    minWidth: 0,
  },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // [hidden] must win over display: flex, or the other tab's panel shows too.
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, '&[hidden]': { display: 'none' } },
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
  },
  footerStatus: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    maxHeight: '40vh',
    overflowY: 'auto',
  },
  footerRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  footerSlot: { display: 'contents' },
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

type TabValue = 'skriv' | 'granska';

export function App({ mode }: { mode: HostMode }) {
  const theme = useMemo(() => officeTheme(mode), [mode]);
  useEffect(() => {
    mark('tu:rendered');
  }, []);
  return (
    <FluentProvider theme={theme} lang="sv">
      <BusyProvider>
        <Pane mode={mode} />
      </BusyProvider>
    </FluentProvider>
  );
}

function Pane({ mode }: { mode: HostMode }) {
  const styles = useStyles();
  const inWord = mode === 'word';
  const busy = usePaneBusy();
  const store = useCaseStore();
  const [tab, setTab] = useState<TabValue>('skriv');
  const [reviewOpened, setReviewOpened] = useState(false);
  const [reviewRequest, setReviewRequest] = useState(0);
  const [statusSlot, setStatusSlot] = useState<HTMLElement | null>(null);
  const [actionSlot, setActionSlot] = useState<HTMLElement | null>(null);
  const slots: PaneSlots = { status: statusSlot, actions: actionSlot };
  const notice = hostNotice(mode);
  const tabId = useId('tab');

  const select = useCallback((value: TabValue) => {
    setTab(value);
    if (value === 'granska') setReviewOpened(true);
  }, []);
  const review = useCallback(() => {
    select('granska');
    setReviewRequest((n) => n + 1);
  }, [select]);

  const loading = <Spinner size="tiny" label="Laddar …" labelPosition="after" />;

  return (
    <div className={styles.app} data-testid="pane-ready">
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" width={24} height={24} />
        <h1 className={styles.h1}>Tjänsteutlåtande FoU</h1>
      </header>
      <nav className={styles.tabs} aria-label="Flikar">
        <TabList selectedValue={tab} onTabSelect={(_, d) => select(d.value as TabValue)}>
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
        <div
          id={`${tabId}-panel-skriv`}
          role="tabpanel"
          aria-labelledby={`${tabId}-skriv`}
          hidden={tab !== 'skriv'}
          className={styles.panel}
        >
          <StartCard mode={mode} store={store} />
          {store.raw && (
            <Suspense fallback={loading}>
              <CaseEditor mode={mode} store={store} active={tab === 'skriv'} slots={slots} />
            </Suspense>
          )}
        </div>
        <div
          id={`${tabId}-panel-granska`}
          role="tabpanel"
          aria-labelledby={`${tabId}-granska`}
          hidden={tab !== 'granska'}
          className={styles.panel}
        >
          {reviewOpened && (
            <Suspense fallback={loading}>
              <ReviewTab mode={mode} raw={store.raw} setRaw={store.edit} active={tab === 'granska'} request={reviewRequest} slots={slots} />
            </Suspense>
          )}
        </div>
      </main>
      {(inWord || store.raw || tab === 'granska') && (
        <footer className={styles.footer} aria-label="Huvudåtgärder">
          <div ref={setStatusSlot} className={styles.footerStatus} />
          <div className={styles.footerRow}>
            <div ref={setActionSlot} className={styles.footerSlot} />
            {inWord && (
              <Button appearance={store.raw && tab === 'skriv' ? 'secondary' : 'primary'} onClick={review} disabledFocusable={busy}>
                Granska dokumentet
              </Button>
            )}
          </div>
        </footer>
      )}
    </div>
  );
}
