// Calibrate: the review meeting inside the workbook, as two tasks. 调整九宫格: pick an engineer (search, or
// the selected row), see their box, explanation, top gaps and calibration history (with box names), choose
// another box on the picker (the grid with its axes, the current box marked) with a required reason and who
// decided, and append ONE row to 校准记录; undo appends a reversing row. Warnings about the department's
// distribution and the manager's mean come before saving. Who decided is remembered in the document's
// settings (Office's document settings), never in the browser's storage. 会议材料: MeetingPackTask.
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isCalibrated, type SanityWarning } from '../domain/calibration';
import { boxLabel } from '../domain/catalogue';
import { formatTopGaps } from '../domain/gaps';
import { normalizeKey } from '../domain/text';
import type { Box, EngineerReview } from '../domain/types';
import {
  DECIDED_BY_SETTING,
  appendCalibration,
  engineerHistory,
  loadCalibration,
  sanityWarnings,
  selectedEngineer,
  undoCalibration,
  type CalibrationLoad,
  type CalibrationView,
} from '../workbook/calibrate';
import { SettingNotSavedError, type WorkbookHost } from '../workbook/host';
import type { Problem } from '../workbook/problems';
import { runReview } from '../workbook/run';
import { BoxPicker } from './BoxPicker';
import { Failure, ProblemBar } from './Failure';
import type { Strings } from './i18n';
import { MeetingPackTask } from './MeetingPackTask';
import { ProblemList } from './ProblemList';
import { useStyles } from './styles';
import { errorText } from './workbookState';

export interface CalibrationTabProps {
  s: Strings;
  host: WorkbookHost;
  today: () => string;
  goToMap: () => void;
  /** After a re-run: the home page checks again. */
  onRan: () => void;
}

const MAX_MATCHES = 8;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'warn'; warnings: SanityWarning[] }
  /** notRemembered: the document refused to keep who decided (the row itself was appended). */
  | { kind: 'saved'; sheet: string; notRemembered?: string }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'rerun'; done: boolean }
  | { kind: 'failed'; error: unknown };

export function CalibrationTab({ s, host, today, goToMap, onRan }: CalibrationTabProps) {
  const styles = useStyles();
  const [load, setLoad] = useState<CalibrationLoad | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [target, setTarget] = useState<Box | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [task, setTask] = useState<'move' | 'pack'>('move');

  const reload = useCallback(async (): Promise<void> => {
    try {
      setLoad(await loadCalibration(host, today()));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(error);
    }
  }, [host, today]);

  useEffect(() => {
    void reload();
    void host.documentSetting?.(DECIDED_BY_SETTING).then((v) => v !== undefined && setDecidedBy((cur) => (cur === '' ? v : cur)));
  }, [reload, host]);

  const view: CalibrationView | undefined = load?.ok ? load : undefined;
  const settings = view?.input.settings;
  const label = (b: Box): string => boxLabel(b, s.lang, settings?.boxLabels);
  const boxText = (b: Box): string => s.t('calBoxOption', { box: b, label: label(b) });
  const outputLang = settings?.language ?? s.lang;

  const matches = useMemo((): EngineerReview[] => {
    if (!view || query.trim() === '') return [];
    const q = normalizeKey(query);
    return view.result.reviews.filter((r) => normalizeKey(r.engineer.name).includes(q) || normalizeKey(r.engineer.id).includes(q));
  }, [view, query]);

  const review = view?.result.reviews.find((r) => r.engineer.id === selectedId);
  const history = view && selectedId !== undefined ? engineerHistory(view, selectedId) : [];

  const choose = (id: string): void => {
    setSelectedId(id);
    setTarget(undefined);
    setReason('');
    setTried(false);
    setStatus({ kind: 'idle' });
  };

  const hint = (text: string): void => setStatus({ kind: 'problem', problem: { sheet: '', cell: '', severity: 'warning', message: { zh: text, en: text } } });

  /** Keeps who decided for next time; a refusal is a warning only, since the log row is already appended. */
  const rememberDecidedBy = async (): Promise<string | undefined> => {
    try {
      await host.setDocumentSetting?.(DECIDED_BY_SETTING, decidedBy.trim());
      return undefined;
    } catch (error) {
      return s.t('calNotRemembered', { detail: error instanceof SettingNotSavedError ? s.pick(error.text) : errorText(error) });
    }
  };

  const useSelection = async (): Promise<void> => {
    if (!view) return;
    try {
      const id = await selectedEngineer(host, view);
      if (id === undefined) hint(s.t('calNoSelection'));
      else if (typeof id === 'object') hint(s.t('calSeveralAreas', { n: id.areas }));
      else choose(id);
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  const reasonMissing = reason.trim() === '';
  const decidedMissing = decidedBy.trim() === '';
  const sameBox = review !== undefined && target === review.finalBox;

  const save = async (confirmed: boolean): Promise<void> => {
    if (!view || !review) return;
    setTried(true);
    if (target === undefined || reasonMissing || decidedMissing || sameBox) return;
    if (!confirmed) {
      const warnings = sanityWarnings(view, review.engineer.id, target);
      if (warnings.length > 0) {
        setStatus({ kind: 'warn', warnings });
        return;
      }
    }
    setStatus({ kind: 'busy' });
    try {
      const out = await appendCalibration(
        host,
        { id: review.engineer.id, name: review.engineer.name, from: review.finalBox, to: target, reason, decidedBy },
        { lang: outputLang },
      );
      if (!out.ok) {
        setStatus({ kind: 'problem', problem: out.problem });
        return;
      }
      const notRemembered = await rememberDecidedBy();
      setReason('');
      setTarget(undefined);
      setTried(false);
      await reload();
      setStatus({ kind: 'saved', sheet: out.sheet, notRemembered });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  const undo = async (): Promise<void> => {
    if (!view || !review) return;
    setTried(true);
    if (decidedMissing) return;
    setStatus({ kind: 'busy' });
    try {
      const out = await undoCalibration(host, view, review.engineer.id, decidedBy, { lang: outputLang });
      if (!out.ok) {
        setStatus({ kind: 'problem', problem: out.problem });
        return;
      }
      const notRemembered = await rememberDecidedBy();
      setTried(false);
      await reload();
      setStatus({ kind: 'saved', sheet: out.sheet, notRemembered });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  const rerun = async (): Promise<void> => {
    setStatus({ kind: 'busy' });
    try {
      const outcome = await runReview(host, host, { today: today(), copyInputs: false });
      if (!outcome.ok) {
        setStatus({ kind: 'problem', problem: outcome.fatal });
        return;
      }
      await reload();
      onRan();
      setStatus({ kind: 'rerun', done: true });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  if (loadError !== undefined) return <Failure s={s} error={loadError} onRetry={() => void reload()} onMap={goToMap} />;
  if (!load) return <Spinner size="tiny" label={s.t('loading')} />;
  if (!load.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{s.pick(load.fatal.message)}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={goToMap}>{s.t('goToMap')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const busy = status.kind === 'busy';
  const tasks = (
    <TabList size="small" appearance="subtle" selectedValue={task} onTabSelect={(_, d) => setTask(d.value === 'pack' ? 'pack' : 'move')} aria-label={s.t('calTasks')}>
      <Tab value="move">{s.t('calTaskMove')}</Tab>
      <Tab value="pack">{s.t('calTaskPack')}</Tab>
    </TabList>
  );
  if (task === 'pack') {
    return (
      <section className={styles.section} aria-label={s.t('tabCalibrate')}>
        {tasks}
        <MeetingPackTask s={s} host={host} today={today} view={load} goToMap={goToMap} onRan={onRan} department={review?.engineer.department} />
      </section>
    );
  }

  return (
    <section className={styles.section} aria-label={s.t('tabCalibrate')}>
      {tasks}
      <Text size={200} className={styles.muted}>{s.t('calIntro')}</Text>
      {load.problems.length > 0 && (
        <>
          <Text weight="semibold">{s.t('calLogProblems', { n: load.problems.length })}</Text>
          <ProblemList s={s} problems={load.problems} onSelect={(p) => void host.select(p.sheet, p.cell)} />
        </>
      )}
      <Field label={s.t('calSearch')}>
        <Input value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {host.selection && (
        <div className={styles.row}>
          <Button size="small" onClick={() => void useSelection()}>{s.t('calUseSelection')}</Button>
        </div>
      )}
      {query.trim() !== '' && (
        <ul className={styles.list} aria-label={s.t('calSearch')}>
          {matches.length === 0 && <li><Text size={200}>{s.t('calNoMatch')}</Text></li>}
          {matches.slice(0, MAX_MATCHES).map((r) => (
            <li key={r.engineer.id}>
              <Button
                appearance={r.engineer.id === selectedId ? 'primary' : 'subtle'}
                size="small"
                onClick={() => {
                  choose(r.engineer.id);
                  setQuery('');
                }}
              >
                {`${r.engineer.name}（${r.engineer.id}）${r.engineer.department ? ` · ${r.engineer.department}` : ''} · ${r.finalBox}${isCalibrated(r) ? '*' : ''}`}
              </Button>
            </li>
          ))}
          {matches.length > MAX_MATCHES && <li><Caption1>{s.t('calMore', { n: matches.length - MAX_MATCHES })}</Caption1></li>}
        </ul>
      )}

      {review && (
        <div className={styles.section} aria-label={review.engineer.name}>
          <Subtitle2 as="h2">{`${review.engineer.name}（${review.engineer.id}）`}</Subtitle2>
          {review.engineer.department && <Caption1>{review.engineer.department}</Caption1>}
          <Text>{s.t('calComputed', { box: boxText(review.placement.box) })}</Text>
          <Text weight="semibold">
            {isCalibrated(review) ? s.t('calFinal', { box: boxText(review.finalBox) }) : s.t('calNotCalibrated')}
          </Text>
          <Text size={200}>{s.pick(review.explanation)}</Text>
          <Text size={200}>
            {review.topGaps.length > 0 ? s.t('calGaps', { gaps: formatTopGaps(review.topGaps, s.lang) }) : s.t('calNoGaps')}
          </Text>
          <Text weight="semibold">{s.t('calHistory')}</Text>
          {history.length === 0 ? (
            <Text size={200}>{s.t('calNoHistory')}</Text>
          ) : (
            <ol className={styles.list} aria-label={s.t('calHistory')}>
              {history.map((h) => (
                <li key={h.row}>
                  <Text size={200}>
                    {s.t('calHistoryRow', { time: h.time, from: h.from === undefined ? '—' : boxText(h.from), to: boxText(h.to), who: h.decidedBy || '—', reason: h.reason || '—' })}
                  </Text>
                </li>
              ))}
            </ol>
          )}

          <Text weight="semibold">{s.t('calPick')}</Text>
          <BoxPicker
            s={s}
            label={s.t('calPick')}
            labelOf={label}
            colours={settings?.boxColours}
            current={review.finalBox}
            target={target}
            disabled={busy}
            onPick={(b) => {
              setTarget(b);
              setStatus({ kind: 'idle' });
            }}
            onCurrent={() => hint(s.t('calIsCurrent'))}
          />
          {tried && target === undefined && <Text size={200} className={styles.muted}>{s.t('calSameBox')}</Text>}
          <Field
            label={s.t('calReason')}
            hint={s.t('calReasonHint')}
            required
            validationMessage={tried && reasonMissing ? s.t('calReasonRequired') : undefined}
          >
            <Textarea value={reason} disabled={busy} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Field
            label={s.t('calDecidedBy')}
            hint={s.t('calDecidedByHint')}
            required
            validationMessage={tried && decidedMissing ? s.t('calDecidedRequired') : undefined}
          >
            <Input value={decidedBy} disabled={busy} onChange={(_, d) => setDecidedBy(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void save(false)}>{s.t('calSave')}</Button>
            {isCalibrated(review) && (
              <Button disabled={busy} onClick={() => void undo()}>{s.t('calUndo')}</Button>
            )}
          </div>
        </div>
      )}

      {status.kind === 'busy' && <Spinner size="tiny" label={s.t('running')} />}
      {status.kind === 'warn' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text weight="semibold">{s.t('calSanityTitle')}</Text>
            <ul>
              {status.warnings.map((w) => (
                <li key={`${w.kind}:${w.group}:${w.message.en}`}>{s.pick(w.message)}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void save(true)}>{s.t('calSaveAnyway')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === 'saved' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.t('calSaved', { sheet: status.sheet })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void rerun()}>{s.t('calRerun')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === 'saved' && status.notRemembered !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{status.notRemembered}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'rerun' && (
        <MessageBar intent="success">
          <MessageBarBody>{s.t('calRerunDone')}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'problem' && <ProblemBar s={s} problem={status.problem} />}
      {status.kind === 'failed' && <Failure s={s} error={status.error} onRetry={() => setStatus({ kind: 'idle' })} onMap={goToMap} />}

    </section>
  );
}
