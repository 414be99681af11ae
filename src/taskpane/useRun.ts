// The review run of the pane, held by the App rather than by the Run page: Home's 运行盘点 starts it, and
// its progress and result stay when a person moves between pages during or after the run.
import { useCallback, useRef, useState } from 'react';
import type { WorkbookHost } from '../workbook/host';
import type { OutputRole } from '../workbook/plan';
import { runReview, type RunOutcome, type Stage } from '../workbook/run';
import type { Strings } from './i18n';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; stage: Stage; done?: number; total?: number }
  | { status: 'finished'; outcome: RunOutcome }
  | { status: 'failed'; error: unknown };

export interface RunChoices {
  outputs: readonly OutputRole[];
  plansFor: string[];
  previous?: WorkbookHost;
}

export interface PaneRun {
  state: RunState;
  /** Runs with these choices; the last choices are kept so that a retry repeats them. */
  run(choices: RunChoices): Promise<void>;
  /** Runs again with the last choices (retry, calibrate's re-run). */
  again(): Promise<void>;
}

export function usePaneRun(host: WorkbookHost, today: () => string, defaults: RunChoices, onRan: () => void): PaneRun {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const last = useRef<RunChoices>(defaults);
  const run = useCallback(
    async (choices: RunChoices): Promise<void> => {
      last.current = choices;
      setState({ status: 'running', stage: 'read' });
      try {
        const outcome = await runReview(host, host, {
          today: today(),
          copyInputs: false,
          outputs: [...choices.outputs],
          plansFor: choices.plansFor,
          previous: choices.previous,
          progress: (stage, detail) => setState({ status: 'running', stage, done: detail?.done, total: detail?.total }),
        });
        setState({ status: 'finished', outcome });
        onRan();
      } catch (error) {
        setState({ status: 'failed', error });
      }
    },
    [host, today, onRan],
  );
  return { state, run, again: () => run(last.current) };
}

/** The words under the progress bar: the stage, and how far it is when the host counts. */
export function progressText(s: Strings, state: RunState): string {
  if (state.status !== 'running') return '';
  const stage = s.t(`stage_${state.stage}`);
  return state.done !== undefined && state.total !== undefined ? s.t('stageProgress', { stage, done: state.done, total: state.total }) : stage;
}

/** 0–1 when the host counts its steps; undefined (an indeterminate bar) otherwise. */
export function progressValue(state: RunState): number | undefined {
  return state.status === 'running' && state.done !== undefined && state.total ? state.done / state.total : undefined;
}
