// Merging department returns on the page: the roster and the returns dropped (or chosen) together, several at
// once; each file is opened as it comes and shown as the roster or a return (a return carries its split's
// record), then one button merges them into a new roster to download, with the summary and every conflict.
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text, useId } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Lang } from '../domain/types';
import { errorText } from '../taskpane/workbookState';
import type { Problem } from '../workbook/problems';
import type { LoadedFile, MergeDownload } from './departmentFiles';
import type { DepartmentStrings } from './departmentStrings';
import { departmentFiles, pickFiles, useDepartmentStyles, useDropTarget } from './departmentUi';
import { ProblemLines } from './ProblemLines';
import { saveBytes } from './save';
import { usePageStyles } from './styles';

const ACCEPT = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.csv,text/csv';

type Added =
  | { key: number; name: string; status: 'reading' }
  | { key: number; name: string; status: 'open'; file: LoadedFile; modified: number }
  | { key: number; name: string; status: 'failed'; problem?: Problem; error?: unknown };

type MergeState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: Extract<MergeDownload, { ok: true }> }
  | { status: 'failed'; problem?: Problem; error?: unknown };

interface MergeReturnsProps {
  d: DepartmentStrings;
  lang: Lang;
  today: () => string;
}

const localTime = (): string => new Date().toTimeString().slice(0, 5);

export function MergeReturns({ d, lang, today }: MergeReturnsProps) {
  const page = usePageStyles();
  const styles = useDepartmentStyles();
  const counter = useRef(0);
  const [added, setAdded] = useState<Added[]>([]);
  const [rosterKey, setRosterKey] = useState<number | undefined>(undefined);
  const [state, setState] = useState<MergeState>({ status: 'idle' });
  const titleId = useId('merge-title');
  const rosterId = useId('roster-choice');

  const add = (files: File[]): void => {
    setState({ status: 'idle' });
    for (const f of files) {
      const key = ++counter.current;
      // A file dropped again under the same name is its newer copy: it takes the old one's place.
      setAdded((old) => [...old.filter((a) => a.name !== f.name), { key, name: f.name, status: 'reading' }]);
      void (async () => {
        let next: Added;
        try {
          const opened = await (await departmentFiles()).openDropped({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
          next = opened.ok ? { key, name: f.name, status: 'open', file: opened.file, modified: f.lastModified } : { key, name: f.name, status: 'failed', problem: opened.problem };
        } catch (error) {
          next = { key, name: f.name, status: 'failed', error };
        }
        setAdded((old) => old.map((a) => (a.key === key ? next : a)));
      })();
    }
  };
  const drop = useDropTarget(add);
  const remove = (key: number): void => {
    setState({ status: 'idle' });
    setAdded((old) => old.filter((a) => a.key !== key));
  };
  const clear = (): void => {
    setState({ status: 'idle' });
    setAdded([]);
  };

  const open = added.flatMap((a) => (a.status === 'open' ? [{ key: a.key, file: a.file, modified: a.modified }] : []));
  const candidates = open.filter((o) => !o.file.isReturn);
  // The roster is the one file without a split record; among several, the one the person picked (or the first).
  const roster = candidates.find((c) => c.key === rosterKey) ?? candidates[0];
  // Two returns of one department workbook: the one saved last counts (the order files arrive in a drop is the
  // browser's, not the person's).
  const returns = open.filter((o) => o !== roster).sort((a, b) => a.modified - b.modified);
  const reading = added.some((a) => a.status === 'reading');
  const running = state.status === 'running';
  const ready = roster !== undefined && returns.length > 0 && !reading && !running;

  const merge = async (): Promise<void> => {
    if (!roster) return;
    setState({ status: 'running' });
    try {
      const result = await (await departmentFiles()).mergeLoaded(
        roster.file,
        returns.map((r) => r.file),
        { today: today(), time: `${today()} ${localTime()}`, lang },
      );
      if (!result.ok) {
        setState({ status: 'failed', problem: result.fatal });
        return;
      }
      saveBytes(result.bytes, result.fileName);
      setState({ status: 'done', result });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  const role = (a: Extract<Added, { status: 'open' }>): string =>
    a.file.isReturn ? d.t('roleReturn') : roster?.key === a.key ? d.t('roleRoster') : d.t('roleOther');

  return (
    <div className={styles.part} role="group" aria-labelledby={titleId}>
      <Text as="h3" weight="semibold" id={titleId} className={styles.heading}>
        {d.t('mergeTitle')}
      </Text>
      <Text size={200}>{d.t('mergeHelp')}</Text>
      <div className={`${page.drop} ${drop.active ? page.dropActive : ''}`} data-testid="merge-drop" {...drop.handlers}>
        <div className={page.row}>
          <Text>{drop.active ? d.t('mergeDropActive') : d.t('mergeDrop')}</Text>
          <Button appearance="primary" disabled={running} onClick={() => pickFiles(ACCEPT, true, add)}>
            {d.t('mergeChoose')}
          </Button>
        </div>
      </div>
      {added.length > 0 && (
        <>
          <ul className={styles.list} aria-label={d.t('filesTitle')} data-testid="merge-files">
            {added.map((a) => (
              <li key={a.key}>
                <div className={styles.file}>
                  <div className={styles.fileText}>
                    <Text className={styles.wrap}>{a.name}</Text>
                    {a.status === 'reading' && <Spinner size="extra-tiny" label={d.t('reading')} />}
                    {a.status === 'open' && (
                      <Text size={200} className={styles.role}>
                        {role(a)}
                      </Text>
                    )}
                  </div>
                  <Button size="small" appearance="subtle" disabled={running} onClick={() => remove(a.key)} aria-label={d.t('remove', { name: a.name })}>
                    ×
                  </Button>
                </div>
                {a.status === 'failed' && (
                  <Text size={200} className={styles.wrap} role="alert">
                    {a.problem ? d.pick(a.problem.message) : errorText(a.error)}
                  </Text>
                )}
              </li>
            ))}
          </ul>
          {candidates.length > 1 && (
            <Field label={d.t('whichRoster')}>
              <Select id={rosterId} value={String(roster?.key ?? '')} onChange={(_, v) => setRosterKey(Number(v.value))}>
                {candidates.map((c) => (
                  <option key={c.key} value={String(c.key)}>
                    {c.file.fileName}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {!reading && roster === undefined && <Text size={200}>{d.t('needRoster')}</Text>}
          {!reading && roster !== undefined && returns.length === 0 && <Text size={200}>{d.t('needReturn')}</Text>}
          <div className={page.row}>
            <Button appearance="primary" disabled={!ready} onClick={() => void merge()}>
              {running ? d.t('merging') : d.t('merge')}
            </Button>
            <Button disabled={running} onClick={clear}>
              {d.t('clear')}
            </Button>
          </div>
        </>
      )}
      {running && <Spinner size="small" label={d.t('merging')} />}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{d.t('mergeFailed')}</MessageBarTitle>
            {state.problem ? d.pick(state.problem.message) : errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'done' && <MergeDone d={d} result={state.result} />}
    </div>
  );
}

function MergeDone({ d, result }: { d: DepartmentStrings; result: Extract<MergeDownload, { ok: true }> }) {
  const styles = useDepartmentStyles();
  const s = result.summary;
  return (
    <>
      <MessageBar intent={s.conflicts > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{d.t('merged', { file: result.fileName })}</MessageBarTitle>
          <ul className={styles.summary} data-testid="merge-summary">
            <li>{d.t('sumFiles', { n: s.files, m: s.merged })}</li>
            <li>{d.t('sumEngineers', { n: s.engineersUpdated })}</li>
            <li>{d.t('sumCells', { n: s.cellsChanged })}</li>
            <li>{d.t('sumConflicts', { n: s.conflicts })}</li>
          </ul>
        </MessageBarBody>
      </MessageBar>
      {result.conflicts.length === 0 ? (
        <Text size={200}>{d.t('noConflicts')}</Text>
      ) : (
        <>
          <Text as="h4" weight="semibold" size={300} className={styles.heading}>
            {d.t('conflictsTitle')}
          </Text>
          <ProblemLines d={d} problems={result.conflicts} testId="merge-conflicts" />
          <Text size={200}>{d.t('conflictsSheet')}</Text>
        </>
      )}
    </>
  );
}
