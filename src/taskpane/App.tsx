// The task pane: home (check), run, calibrate, map columns, settings and template, over any WorkbookHost — Office.js
// inside Excel, or the xlsx host in a browser page. It never touches Excel.* itself.
import { FluentProvider, Tab, TabList, Title3, webLightTheme, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../domain/types';
import type { WorkbookHost } from '../workbook/host';
import { CalibrationTab } from './CalibrationTab';
import { ErrorBoundary } from './ErrorBoundary';
import { Failure } from './Failure';
import { HomeTab } from './HomeTab';
import { strings, type Strings } from './i18n';
import { MapTab } from './MapTab';
import { RunTab } from './RunTab';
import { SettingsTab } from './SettingsTab';
import { useStyles } from './styles';
import { TemplateTab } from './TemplateTab';
import { checkWorkbook, localToday, type CheckState } from './workbookState';

export type TabId = 'home' | 'run' | 'calibrate' | 'map' | 'settings' | 'template';
const TABS: readonly TabId[] = ['home', 'run', 'calibrate', 'map', 'settings', 'template'];
const TAB_LABEL = {
  home: 'tabHome',
  run: 'tabRun',
  calibrate: 'tabCalibrate',
  map: 'tabMap',
  settings: 'tabSettings',
  template: 'tabTemplate',
} as const;

export interface AppProps {
  host: WorkbookHost;
  lang: Lang;
  /** Today, ISO yyyy-mm-dd (the review date of a first run); the local date when absent. */
  today?: () => string;
  /** Fluent theme; webLightTheme when absent. */
  theme?: Theme;
}

export function App({ host, lang, today, theme }: AppProps) {
  const s = useMemo(() => strings(lang), [lang]);
  const [tab, setTab] = useState<TabId>('home');
  return (
    <FluentProvider theme={theme ?? webLightTheme} lang={lang}>
      <ErrorBoundary s={s} onMap={() => setTab('map')}>
        <Pane s={s} host={host} today={today ?? localToday} tab={tab} setTab={setTab} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

interface PaneProps {
  s: Strings;
  host: WorkbookHost;
  today: () => string;
  tab: TabId;
  setTab: (t: TabId) => void;
}

function Pane({ s, host, today, tab, setTab }: PaneProps) {
  const styles = useStyles();
  const [check, setCheck] = useState<CheckState>({ status: 'loading' });
  const [hostError, setHostError] = useState<unknown>(undefined);
  const latest = useRef(0);

  // Checks the workbook again; a later refresh wins over an earlier one still running.
  const refresh = useCallback(async (): Promise<void> => {
    const mine = ++latest.current;
    setCheck({ status: 'loading' });
    try {
      const outcome = await checkWorkbook(host, today());
      if (mine === latest.current) setCheck({ status: 'ready', outcome });
    } catch (error) {
      if (mine === latest.current) setCheck({ status: 'failed', error });
    }
  }, [host, today]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const goToMap = (): void => setTab('map');
  const outputLang = check.status === 'ready' && check.outcome.ok ? check.outcome.input.settings.language : s.lang;

  return (
    <main className={styles.root}>
      <Title3 as="h1">{s.t('appTitle')}</Title3>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={s.t('tabsLabel')}
      >
        {TABS.map((id) => (
          <Tab key={id} value={id}>
            {s.t(TAB_LABEL[id])}
          </Tab>
        ))}
      </TabList>
      {hostError !== undefined && (
        <Failure s={s} error={hostError} onRetry={() => setHostError(undefined)} onMap={goToMap} />
      )}
      {tab === 'home' && (
        <HomeTab s={s} host={host} check={check} refresh={() => void refresh()} goToMap={goToMap} onError={setHostError} />
      )}
      {tab === 'run' && (
        <RunTab s={s} host={host} outputLang={outputLang} today={today} goToMap={goToMap} onRan={() => void refresh()} />
      )}
      {tab === 'calibrate' && (
        <CalibrationTab s={s} host={host} today={today} goToMap={goToMap} onRan={() => void refresh()} />
      )}
      {tab === 'map' && <MapTab s={s} host={host} check={check} refresh={refresh} />}
      {tab === 'settings' && <SettingsTab s={s} host={host} onSaved={() => void refresh()} />}
      {tab === 'template' && <TemplateTab s={s} host={host} onInserted={() => void refresh()} />}
    </main>
  );
}
