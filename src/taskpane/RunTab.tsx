// Run, built for the height of a task pane: the primary button first, the result right under it (with a
// button that opens the 九宫格 sheet, and 盘点总览 when written), then the nine-box; the sheets to write, the
// previous review and one-person plans folded under 选项.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../domain/types';
import { pick } from '../domain/catalogue';
import type { SheetPlan } from '../workbook/plan';
import { RESULTS_FINAL_BOX, RESULTS_HEADERS, type NamedRole } from '../workbook/write/text';
import { Failure } from './Failure';
import { Fold } from './Fold';
import type { Strings } from './i18n';
import { NineBox, type NineBoxProps } from './NineBox';
import { RunOptions, type RunOptionsValue } from './RunOptions';
import { useStyles } from './styles';
import { progressText, progressValue, type PaneRun } from './useRun';

export { CONDITIONAL_OUTPUTS, PANE_OUTPUTS, parseIdList } from './RunOptions';

/** What the page offers after a run instead of opening sheets (the standalone page downloads the workbook). */
export interface ExportAction {
  label: string;
  run: () => void;
  /** While it runs: the button is disabled. */
  busy?: boolean;
  /** A line under the button (what the download holds). */
  hint?: string;
  /** Its progress or outcome, shown under the button. */
  status?: ReactNode;
}

export interface RunTabProps {
  s: Strings;
  /** The workbook's output language (输出语言), for the sheet names. */
  outputLang: Lang;
  run: PaneRun;
  options: RunOptionsValue;
  setOptions: (o: RunOptionsValue) => void;
  /** Starts a run with the options chosen. */
  start: () => void;
  goToMap: () => void;
  /** Shows an output sheet in Excel; absent where there is no window on the sheets. */
  openSheet?: (name: string) => void;
  exportAction?: ExportAction;
  /** Shows a sheet's table filtered on one column (WorkbookHost.showFiltered); absent where there is none. */
  showFiltered?: (sheet: string, column: string, values: string[]) => void;
  /** Outputs not offered, their input missing (RunOptions.unavailableOutputs). */
  unavailable?: ReadonlySet<NamedRole>;
}

/** 「查看全部」 of a box: the results sheet of this run, filtered on its 校准后九宫格 column. */
function showAllOf(plans: readonly SheetPlan[], showFiltered: RunTabProps['showFiltered']): NineBoxProps['showAll'] {
  const results = plans.find((p) => p.role === 'results');
  if (!results || !showFiltered) return undefined;
  const column = pick(RESULTS_HEADERS[RESULTS_FINAL_BOX], results.lang);
  return { sheet: results.name, show: (box) => showFiltered(results.name, column, [String(box)]) };
}

/** The visible output sheets a person opens from the result, grid first, summary second. */
function openable(plans: readonly SheetPlan[]): SheetPlan[] {
  return (['grid', 'summary'] as const)
    .map((role) => plans.find((p) => p.role === role && p.visibility === 'visible'))
    .filter((p): p is SheetPlan => p !== undefined);
}

export function RunTab({ s, outputLang, run, options, setOptions, start, goToMap, openSheet, exportAction, showFiltered, unavailable }: RunTabProps) {
  const styles = useStyles();
  const { state } = run;
  const running = state.status === 'running';
  const text = progressText(s, state);
  const none = options.outputs.size === 0;

  return (
    <section className={styles.section} aria-label={s.t('tabRun')}>
      <div className={styles.row}>
        {/* After a run the way to the grid is the primary action; running again is secondary. */}
        <Button appearance={state.status === 'finished' ? 'secondary' : 'primary'} data-primary="" disabled={running || none} onClick={start}>
          {running ? s.t('running') : state.status === 'finished' ? s.t('runAgain') : s.t('runButton')}
        </Button>
        {none && <Text size={200}>{s.t('noOutputs')}</Text>}
      </div>
      {running && (
        <Field validationMessage={text} validationState="none">
          <ProgressBar value={progressValue(state)} max={1} aria-label={text} />
        </Field>
      )}
      {state.status === 'failed' && <Failure s={s} error={state.error} onRetry={() => void run.again()} onMap={goToMap} />}
      {state.status === 'finished' && !state.outcome.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.pick(state.outcome.fatal.message)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={goToMap}>{s.t('goToMap')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'finished' && state.outcome.ok && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {s.t('runDone', {
                n: state.outcome.result.reviews.length,
                sheets: state.outcome.plans
                  .filter((p) => p.visibility === 'visible')
                  .map((p) => p.name)
                  .join(s.lang === 'zh-CN' ? '、' : ', '),
              })}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            {exportAction ? (
              <Button appearance="primary" disabled={exportAction.busy} onClick={exportAction.run}>
                {exportAction.label}
              </Button>
            ) : (
              openSheet &&
              openable(state.outcome.plans).map((p, i) => (
                <Button key={p.role} appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => openSheet(p.name)}>
                  {s.t('openSheet', { sheet: p.name })}
                </Button>
              ))
            )}
          </div>
          {exportAction?.hint && (
            <Text size={200} className={styles.muted}>
              {exportAction.hint}
            </Text>
          )}
          {exportAction?.status}
          <NineBox
            s={s}
            reviews={state.outcome.result.reviews}
            settings={state.outcome.input.settings}
            showAll={showAllOf(state.outcome.plans, showFiltered)}
          />
          <Text size={200} className={styles.muted}>{s.t('reference')}</Text>
        </>
      )}
      <Fold label={s.t('runOptions')}>
        <RunOptions s={s} outputLang={outputLang} value={options} onChange={setOptions} disabled={running} unavailable={unavailable} />
      </Fold>
    </section>
  );
}
