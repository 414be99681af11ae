// The task pane over any WorkbookHost — Office.js inside Excel, or the xlsx host in a browser page. It never
// touches Excel.* itself. Pages in the order of the work: 概览 (the next step), 运行, 校准, then the setup
// pages (列映射, 盘点设置, 模板, 部门工作簿) under one 设置 tab; a brand bar with 帮助 at the bottom.
import { FluentProvider, Link, Tab, TabList, Text, webLightTheme, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldKey } from '../domain/settings';
import type { Lang } from '../domain/types';
import type { WorkbookHost } from '../workbook/host';
import type { Problem } from '../workbook/problems';
import { sheetName } from '../workbook/write/text';
import { CalibrationTab } from './CalibrationTab';
import { DepartmentsTab } from './DepartmentsTab';
import { ErrorBoundary } from './ErrorBoundary';
import { Failure } from './Failure';
import { HomeTab } from './HomeTab';
import { HELP_PAGE, strings, type Strings } from './i18n';
import { HOME_SAMPLE, insertTemplate } from './insertTemplate';
import { MapTab } from './MapTab';
import { DEFAULT_OPTIONS, PANE_OUTPUTS, parseIdList, unavailableOutputs, type RunOptionsValue } from './RunOptions';
import { RunTab, type ExportAction } from './RunTab';
import { SettingsTab } from './SettingsTab';
import { useStyles } from './styles';
import { TemplateTab } from './TemplateTab';
import { usePaneRun, type RunChoices } from './useRun';
import { checkWorkbook, localToday, type CheckState } from './workbookState';

export type TabId = 'home' | 'run' | 'calibrate' | 'map' | 'settings' | 'template' | 'departments';
type TopTab = 'home' | 'run' | 'calibrate' | 'setup';
const TOP: readonly TopTab[] = ['home', 'run', 'calibrate', 'setup'];
const SETUP: readonly TabId[] = ['map', 'settings', 'template', 'departments'];
const TAB_LABEL = {
  home: 'tabHome',
  run: 'tabRun',
  calibrate: 'tabCalibrate',
  setup: 'tabSetup',
  map: 'tabMap',
  settings: 'tabSettings',
  template: 'tabTemplate',
  departments: 'tabDepartments',
} as const;

const topOf = (tab: TabId): TopTab => (SETUP.includes(tab) ? 'setup' : (tab as TopTab));

export interface AppProps {
  host: WorkbookHost;
  lang: Lang;
  /** Today, ISO yyyy-mm-dd (the review date of a first run); the local date when absent. */
  today?: () => string;
  /** Fluent theme; webLightTheme when absent. */
  theme?: Theme;
  /**
   * Where there is no window on the sheets (the standalone page): what the result offers instead of opening
   * the 九宫格 sheet, e.g. downloading the review workbook.
   */
  exportAction?: ExportAction;
  /** True in a task pane: the pane fills the window's height, so the brand bar sits at its bottom. */
  fill?: boolean;
}

export function App({ host, lang, today, theme, exportAction, fill = true }: AppProps) {
  const s = useMemo(() => strings(lang), [lang]);
  const [tab, setTab] = useState<TabId>('home');
  return (
    <FluentProvider theme={theme ?? webLightTheme} lang={lang}>
      <ErrorBoundary s={s} onMap={() => setTab('map')}>
        <Pane s={s} host={host} today={today ?? localToday} tab={tab} setTab={setTab} exportAction={exportAction} fill={fill} />
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
  exportAction?: ExportAction;
  fill: boolean;
}

function choicesOf(o: RunOptionsValue): RunChoices {
  return {
    outputs: PANE_OUTPUTS.filter((r) => o.outputs.has(r)),
    plansFor: parseIdList(o.plansFor),
    previous: o.previous.status === 'loaded' ? o.previous.host : undefined,
  };
}

function Pane({ s, host, today, tab, setTab, exportAction, fill }: PaneProps) {
  const styles = useStyles();
  const [check, setCheck] = useState<CheckState>({ status: 'loading' });
  const [hostError, setHostError] = useState<unknown>(undefined);
  const [mapField, setMapField] = useState<FieldKey | undefined>(undefined);
  const [lastSetup, setLastSetup] = useState<TabId>('map');
  const [options, setOptions] = useState<RunOptionsValue>(DEFAULT_OPTIONS);
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
  const onRan = useCallback(() => void refresh(), [refresh]);
  const run = usePaneRun(host, today, choicesOf(DEFAULT_OPTIONS), onRan);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const open = (t: TabId): void => {
    if (SETUP.includes(t)) setLastSetup(t);
    setTab(t);
  };
  const goToMap = (field?: FieldKey): void => {
    setMapField(field);
    open('map');
  };
  const select = (p: Problem): void => {
    host.select(p.sheet, p.cell).catch(setHostError);
  };
  const openSheet = exportAction ? undefined : (name: string): void => void host.select(name, 'A1').catch(setHostError);
  const showFiltered = host.showFiltered && ((sheet: string, column: string, values: string[]): void => void host.showFiltered?.(sheet, column, values).catch(setHostError));
  const startRun = (): void => {
    open('run');
    void run.run(choicesOf(options));
  };
  const insertSample = async (): Promise<void> => {
    try {
      const done = await insertTemplate(host, s.lang, HOME_SAMPLE);
      if (done.ok) await host.select(done.sheets[0], 'A1');
      await refresh();
    } catch (error) {
      setHostError(error);
    }
  };
  const outputLang = check.status === 'ready' && check.outcome.ok ? check.outcome.input.settings.language : s.lang;
  const top = topOf(tab);

  return (
    <main className={fill ? `${styles.root} ${styles.fill}` : styles.root}>
      {/* Office shows the add-in's name above the pane: the heading is for screen readers only. */}
      <h1 className={styles.visuallyHidden}>{s.t('appTitle')}</h1>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={top}
        onTabSelect={(_, d) => open(d.value === 'setup' ? lastSetup : (d.value as TabId))}
        aria-label={s.t('tabsLabel')}
      >
        {TOP.map((id) => (
          <Tab key={id} value={id}>
            {s.t(TAB_LABEL[id])}
          </Tab>
        ))}
      </TabList>
      {top === 'setup' && (
        <TabList
          className={styles.subTabs}
          size="small"
          appearance="subtle"
          selectedValue={tab}
          onTabSelect={(_, d) => open(d.value as TabId)}
          aria-label={s.t('tabSetup')}
        >
          {SETUP.filter((id) => id !== 'departments' || !exportAction).map((id) => (
            <Tab key={id} value={id}>
              {s.t(TAB_LABEL[id])}
            </Tab>
          ))}
        </TabList>
      )}
      {hostError !== undefined && (
        <Failure s={s} error={hostError} onRetry={() => setHostError(undefined)} onMap={() => goToMap()} />
      )}
      <div className={styles.content}>
        {tab === 'home' && (
          <HomeTab
            s={s}
            check={check}
            refresh={() => void refresh()}
            select={select}
            goToMap={goToMap}
            goToTemplate={() => open('template')}
            insertSample={insertSample}
            startRun={startRun}
            running={run.state.status === 'running'}
            openGrid={openSheet && (() => openSheet(sheetName('grid', outputLang)))}
            exportAction={exportAction}
          />
        )}
        {tab === 'run' && (
          <RunTab
            s={s}
            outputLang={outputLang}
            run={run}
            options={options}
            setOptions={setOptions}
            start={() => void run.run(choicesOf(options))}
            goToMap={() => goToMap()}
            openSheet={openSheet}
            exportAction={exportAction}
            showFiltered={showFiltered}
            unavailable={unavailableOutputs(check.status === 'ready' && check.outcome.ok ? check.outcome.input : undefined)}
          />
        )}
        {tab === 'calibrate' && (
          <CalibrationTab s={s} host={host} today={today} goToMap={() => goToMap()} onRan={onRan} />
        )}
        {tab === 'map' && <MapTab s={s} host={host} check={check} refresh={refresh} focusField={mapField} startRun={startRun} />}
        {tab === 'settings' && <SettingsTab s={s} host={host} onSaved={onRan} />}
        {tab === 'template' && (
          <TemplateTab
            s={s}
            host={host}
            onInserted={onRan}
            onNext={() => open('home')}
          />
        )}
        {/* The page has its own split and merge of department workbooks: the pane's page is for Excel. */}
        {tab === 'departments' && !exportAction && <DepartmentsTab s={s} host={host} today={today} onMerged={onRan} />}
      </div>
      <footer className={styles.brand}>
        <Text size={200} weight="semibold">
          {s.t('appTitle')}
        </Text>
        <Link href={HELP_PAGE} target="_blank" className={styles.brandLink}>
          {s.t('help')}
        </Link>
      </footer>
    </main>
  );
}
