// Run: which output sheets to write, a progress bar with its stage, and afterwards the nine-box.
import { Button, Checkbox, Field, Input, MessageBar, useId, MessageBarActions, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang, Text as Words } from '../domain/types';
import type { WorkbookHost } from '../workbook/host';
import type { OutputRole } from '../workbook/plan';
import { runReview, type RunOutcome, type Stage } from '../workbook/run';
import { sheetName, type NamedRole } from '../workbook/write/text';
import { Failure } from './Failure';
import type { Strings } from './i18n';
import { NineBox } from './NineBox';
import { useStyles } from './styles';

/** The outputs the pane offers, in the order of DOMAIN.md's output table. */
export const PANE_OUTPUTS: readonly NamedRole[] = ['results', 'grid', 'gaps', 'check', 'plans', 'pool', 'mentoring', 'summary'];

/** IDs typed for one-person plan sheets: commas (either width), 、 or semicolons, spaces. */
export function parseIdList(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\s]+/u).map((t) => t.trim()).filter((t) => t !== ''))];
}

type PreviousFile =
  | { status: 'none' }
  | { status: 'loaded'; name: string; host: WorkbookHost }
  | { status: 'failed'; name: string; message: Words };

/**
 * An earlier review workbook picked by the person: read in the pane (exceljs, loaded only when needed),
 * never uploaded. Its results give each engineer's previous box.
 */
async function openPrevious(file: File): Promise<PreviousFile> {
  const [{ loadWorkbook }, { XlsxHost }] = await Promise.all([import('../hosts/xlsx/load'), import('../hosts/xlsx/host')]);
  const loaded = await loadWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
  return loaded.ok
    ? { status: 'loaded', name: file.name, host: new XlsxHost(loaded.workbook) }
    : { status: 'failed', name: file.name, message: loaded.problem.message };
}

export interface RunTabProps {
  s: Strings;
  host: WorkbookHost;
  /** The workbook's output language (输出语言), for the sheet names. */
  outputLang: Lang;
  today: () => string;
  goToMap: () => void;
  onRan: () => void;
}

type RunState =
  | { status: 'idle' }
  | { status: 'running'; stage: Stage; done?: number; total?: number }
  | { status: 'finished'; outcome: RunOutcome }
  | { status: 'failed'; error: unknown };

export function RunTab({ s, host, outputLang, today, goToMap, onRan }: RunTabProps) {
  const styles = useStyles();
  const [outputs, setOutputs] = useState<ReadonlySet<NamedRole>>(new Set(PANE_OUTPUTS));
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const [plansFor, setPlansFor] = useState('');
  const [previous, setPrevious] = useState<PreviousFile>({ status: 'none' });
  const previousId = useId('previous-file');

  const run = async (): Promise<void> => {
    setState({ status: 'running', stage: 'read' });
    try {
      const chosen: OutputRole[] = PANE_OUTPUTS.filter((r) => outputs.has(r));
      const outcome = await runReview(host, host, {
        today: today(),
        copyInputs: false,
        outputs: chosen,
        plansFor: parseIdList(plansFor),
        previous: previous.status === 'loaded' ? previous.host : undefined,
        progress: (stage, detail) => setState({ status: 'running', stage, done: detail?.done, total: detail?.total }),
      });
      setState({ status: 'finished', outcome });
      onRan();
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  const toggle = (role: NamedRole, on: boolean): void => {
    const next = new Set(outputs);
    if (on) next.add(role);
    else next.delete(role);
    setOutputs(next);
  };

  const running = state.status === 'running';
  const progressText =
    state.status === 'running'
      ? state.done !== undefined && state.total !== undefined
        ? s.t('stageProgress', { stage: s.t(`stage_${state.stage}`), done: state.done, total: state.total })
        : s.t(`stage_${state.stage}`)
      : '';
  const progressValue =
    state.status === 'running' && state.done !== undefined && state.total ? state.done / state.total : undefined;

  return (
    <section className={styles.section} aria-label={s.t('tabRun')}>
      <fieldset className={styles.section} style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{s.t('outputsLegend')}</Text>
        </legend>
        {PANE_OUTPUTS.map((role) => (
          <Checkbox
            key={role}
            label={sheetName(role, outputLang)}
            checked={outputs.has(role)}
            disabled={running}
            onChange={(_, d) => toggle(role, d.checked === true)}
          />
        ))}
      </fieldset>
      <Field
        label={{ children: s.t('previousLabel'), htmlFor: previousId }}
        hint={previous.status === 'loaded' ? s.t('previousLoaded', { name: previous.name }) : s.t('previousHint')}
        validationMessage={previous.status === 'failed' ? s.pick(previous.message) : undefined}
      >
        <input
          id={previousId}
          type="file"
          accept=".xlsx"
          disabled={running}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return setPrevious({ status: 'none' });
            void openPrevious(file).then(setPrevious, (error: unknown) =>
              setPrevious({ status: 'failed', name: file.name, message: { zh: String(error), en: String(error) } }),
            );
          }}
        />
      </Field>
      <Field label={s.t('plansForLabel')} hint={s.t('plansForHint')}>
        <Input value={plansFor} disabled={running} onChange={(_, d) => setPlansFor(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={running || outputs.size === 0} onClick={() => void run()}>
          {running ? s.t('running') : s.t('runButton')}
        </Button>
        {outputs.size === 0 && <Text size={200}>{s.t('noOutputs')}</Text>}
      </div>
      {running && (
        <Field validationMessage={progressText} validationState="none">
          <ProgressBar value={progressValue} max={1} aria-label={progressText} />
        </Field>
      )}
      {state.status === 'failed' && <Failure s={s} error={state.error} onRetry={() => void run()} onMap={goToMap} />}
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
          <NineBox s={s} reviews={state.outcome.result.reviews} settings={state.outcome.input.settings} />
          <Text size={200} className={styles.muted}>{s.t('reference')}</Text>
        </>
      )}
    </section>
  );
}
