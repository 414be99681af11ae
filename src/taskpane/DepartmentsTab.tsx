// 部门工作簿 (under 设置): merge the departments' returns into the open roster — a preview of the changes and
// conflicts first, the write only when the person confirms (DOMAIN.md, Input sheets: the second exception) —
// and split the roster into department workbooks where Excel can create workbooks (ExcelApi 1.8), else say
// to use the page or the command line. The returns are read in the pane (exceljs, loaded only when needed),
// never uploaded.
import { Button, Caption1, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { MergeRefusedError, type RawValue, type WorkbookHost } from '../workbook/host';
import { a1, type Problem } from '../workbook/problems';
import type { ReturnFile } from '../workbook/split/merge';
import { applyMerge, previewMerge, type MergePreview } from '../workbook/split/mergeInto';
import type { SplitBook } from '../workbook/split/split';
import { departmentsStrings } from './departmentsText';
import { Failure } from './Failure';
import { STANDALONE_PAGE, type Strings } from './i18n';
import { ProblemList } from './ProblemList';
import { useStyles } from './styles';

export interface DepartmentsTabProps {
  s: Strings;
  host: WorkbookHost;
  today: () => string;
  /** After a merge: the workbook changed, the pane checks it again. */
  onMerged: () => void;
  /** The clock, as the merge log shows it (tests give one). */
  now?: () => Date;
}

type MergeState =
  | { status: 'idle' }
  | { status: 'reading'; files: number }
  | { status: 'preview'; preview: MergePreview }
  | { status: 'writing'; preview: MergePreview }
  | { status: 'done'; preview: MergePreview }
  | { status: 'refused'; text: string };

type SplitState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'ready'; books: SplitBook[] }
  | { status: 'opening'; books: SplitBook[]; done: number }
  | { status: 'opened'; n: number }
  | { status: 'refused'; text: string };

const FIRST_CHANGES = 50;

function clock(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}`;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A conflict at a cell of a return (`[file]sheet`) cannot be selected here: its place is shown as text. */
function shownHere(p: Problem): Problem {
  return p.sheet.startsWith('[') && p.cell !== '' ? { ...p, sheet: `${p.sheet}!${p.cell}`, cell: '' } : p;
}

export function DepartmentsTab({ s, host, today, onMerged, now = () => new Date() }: DepartmentsTabProps) {
  const styles = useStyles();
  const d = useMemo(() => departmentsStrings(s.lang), [s.lang]);
  const input = useRef<HTMLInputElement>(null);
  const [merge, setMerge] = useState<MergeState>({ status: 'idle' });
  const [split, setSplit] = useState<SplitState>({ status: 'idle' });
  const [by, setBy] = useState<'department' | 'manager'>('department');
  const [error, setError] = useState<unknown>(undefined);
  const [allChanges, setAllChanges] = useState(false);
  const shown = (v: RawValue): string => (v === null || (typeof v === 'string' && v.trim() === '') ? d.t('empty') : String(v));

  const picked = async (): Promise<void> => {
    const files = [...(input.current?.files ?? [])];
    if (input.current) input.current.value = '';
    if (files.length === 0) return;
    setError(undefined);
    setAllChanges(false);
    setMerge({ status: 'reading', files: files.length });
    try {
      const [{ loadWorkbook }, { XlsxHost }] = await Promise.all([import('../hosts/xlsx/load'), import('../hosts/xlsx/host')]);
      const returns: ReturnFile[] = [];
      for (const f of files) {
        const loaded = await loadWorkbook(new Uint8Array(await f.arrayBuffer()), f.name);
        if (!loaded.ok) {
          setMerge({ status: 'refused', text: `${d.t('mergeUnreadable', { file: f.name })}${s.pick(loaded.problem.message)}` });
          return;
        }
        returns.push({ file: f.name, host: new XlsxHost(loaded.workbook) });
      }
      const out = await previewMerge(host, returns, { today: today(), time: `${today()} ${clock(now())}` });
      if (!out.ok) {
        const p = out.fatal;
        setMerge({ status: 'refused', text: `${p.sheet !== '' ? `${p.sheet}${p.cell !== '' ? `!${p.cell}` : ''}：` : ''}${s.pick(p.message)}` });
        return;
      }
      setMerge({ status: 'preview', preview: out.preview });
    } catch (e) {
      setMerge({ status: 'idle' });
      setError(e);
    }
  };

  const confirm = async (preview: MergePreview): Promise<void> => {
    setError(undefined);
    setMerge({ status: 'writing', preview });
    try {
      await applyMerge(host, preview);
      setMerge({ status: 'done', preview });
      onMerged();
    } catch (e) {
      if (e instanceof MergeRefusedError) setMerge({ status: 'refused', text: s.pick(e.text) });
      else {
        setMerge({ status: 'preview', preview });
        setError(e);
      }
    }
  };

  const prepareSplit = async (): Promise<void> => {
    setError(undefined);
    setSplit({ status: 'working' });
    try {
      const { splitRoster } = await import('../workbook/split/split');
      const random = new Uint32Array(1);
      globalThis.crypto.getRandomValues(random);
      const out = await splitRoster(host, {
        by,
        sourceFile: d.t('thisWorkbook'),
        today: today(),
        splitId: `${today()}-${random[0].toString(16).padStart(8, '0')}`,
      });
      if (!out.ok) setSplit({ status: 'refused', text: s.pick(out.fatal.message) });
      else setSplit({ status: 'ready', books: out.books });
    } catch (e) {
      setSplit({ status: 'idle' });
      setError(e);
    }
  };

  const openBooks = async (books: SplitBook[]): Promise<void> => {
    const create = host.createWorkbook?.bind(host);
    if (!create) return;
    setError(undefined);
    try {
      const { splitBookBytes } = await import('../hosts/xlsx/splitBook');
      for (let i = 0; i < books.length; i++) {
        setSplit({ status: 'opening', books, done: i });
        const bytes = await splitBookBytes(books[i]);
        // Excel may refuse (an extension-hardening policy, a build where createWorkbook fails): say where else to split.
        const made = await create(base64(bytes)).then(
          () => undefined,
          (e: unknown) => (e instanceof Error ? e.message : String(e)),
        );
        if (made !== undefined) {
          setSplit({ status: 'refused', text: d.t('splitFailed', { k: i + 1, error: made }) });
          return;
        }
      }
      setSplit({ status: 'opened', n: books.length });
    } catch (e) {
      setSplit({ status: 'ready', books });
      setError(e);
    }
  };

  const preview = merge.status === 'preview' || merge.status === 'writing' ? merge.preview : undefined;
  const changes = preview ? (allChanges ? preview.changes : preview.changes.slice(0, FIRST_CHANGES)) : [];

  return (
    <section className={styles.section} aria-label={d.t('mergeTitle')}>
      <Text weight="semibold">{d.t('mergeTitle')}</Text>
      <Text size={200}>{d.t('mergeIntro')}</Text>
      <div className={styles.row}>
        <Button appearance={preview ? 'secondary' : 'primary'} disabled={merge.status === 'reading' || merge.status === 'writing'} onClick={() => input.current?.click()}>
          {d.t('mergeChoose')}
        </Button>
      </div>
      <input ref={input} type="file" accept=".xlsx" multiple hidden aria-hidden="true" tabIndex={-1} onChange={() => void picked()} data-testid="returns" />
      {merge.status === 'reading' && <Spinner size="tiny" label={d.t('mergeReading', { n: merge.files })} />}
      {merge.status === 'refused' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{merge.text}</MessageBarBody>
        </MessageBar>
      )}
      {merge.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {d.t('mergeDone', { engineers: merge.preview.summary.engineersUpdated, cells: merge.preview.summary.cellsChanged, log: merge.preview.logSheet })}
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && (
        <section className={styles.section} aria-label={d.t('previewTitle')}>
          <MessageBar intent={preview.changes.length > 0 ? 'info' : 'warning'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{d.t('previewTitle')}</MessageBarTitle>
              {d.t('previewSummary', {
                files: preview.summary.files,
                merged: preview.summary.merged,
                engineers: preview.summary.engineersUpdated,
                cells: preview.summary.cellsChanged,
                conflicts: preview.summary.conflicts,
              })}
              {preview.changes.length === 0 && <> {d.t('previewNothing')}</>}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Button appearance="primary" data-primary disabled={preview.changes.length === 0 || merge.status === 'writing'} onClick={() => void confirm(preview)}>
              {d.t('mergeConfirm', { n: preview.changes.length })}
            </Button>
            <Button disabled={merge.status === 'writing'} onClick={() => setMerge({ status: 'idle' })}>
              {d.t('mergeCancel')}
            </Button>
          </div>
          {merge.status === 'writing' && <Spinner size="tiny" label={d.t('merging')} />}
          {preview.changes.length > 0 && (
            <>
              <Text weight="semibold" size={200}>
                {d.t('changesTitle', { n: preview.changes.length })}
              </Text>
              <ul className={styles.list} aria-label={d.t('changesTitle', { n: preview.changes.length })}>
                {changes.map((c) => (
                  <li key={`${c.row}:${c.col}`}>
                    <Button
                      appearance="subtle"
                      className={styles.problem}
                      title={s.t('problemGoTo', { sheet: c.sheet, cell: a1(c.row, c.col) })}
                      onClick={() => void host.select(c.sheet, a1(c.row, c.col)).catch(setError)}
                    >
                      <span className={styles.problemText}>
                        <Caption1 className={styles.link}>{`${c.sheet}!${a1(c.row, c.col)}`}</Caption1>
                        <Text size={200}>{d.t('changeLine', { id: c.id, column: c.column, old: shown(c.old), value: shown(c.value) })}</Text>
                        <Caption1>{d.t('changeFrom', { file: c.file })}</Caption1>
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
              {!allChanges && preview.changes.length > FIRST_CHANGES && (
                <Button size="small" onClick={() => setAllChanges(true)}>
                  {d.t('showAllChanges', { n: preview.changes.length })}
                </Button>
              )}
            </>
          )}
          {preview.conflicts.length > 0 && (
            <>
              <Text weight="semibold" size={200}>
                {d.t('conflictsTitle', { n: preview.conflicts.length })}
              </Text>
              <Caption1>{d.t('conflictsKept')}</Caption1>
              <ProblemList s={s} problems={preview.conflicts.map(shownHere)} onSelect={(p) => void host.select(p.sheet, p.cell).catch(setError)} />
            </>
          )}
        </section>
      )}

      <Text weight="semibold">{d.t('splitTitle')}</Text>
      <Text size={200}>{d.t('splitIntro')}</Text>
      {host.createWorkbook ? (
        <>
          <Field label={d.t('splitBy')}>
            <Select value={by} onChange={(_, v) => setBy(v.value === 'manager' ? 'manager' : 'department')}>
              <option value="department">{d.t('splitByDepartment')}</option>
              <option value="manager">{d.t('splitByManager')}</option>
            </Select>
          </Field>
          <div className={styles.row}>
            <Button disabled={split.status === 'working' || split.status === 'opening'} onClick={() => void prepareSplit()}>
              {d.t('splitPrepare')}
            </Button>
          </div>
          {split.status === 'working' && <Spinner size="tiny" />}
          {split.status === 'refused' && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{split.text}</MessageBarBody>
            </MessageBar>
          )}
          {(split.status === 'ready' || split.status === 'opening') && (
            <>
              <Text size={200}>{d.t('splitReady', { n: split.books.length })}</Text>
              <ul className={styles.list} aria-label={d.t('splitTitle')}>
                {split.books.map((b) => (
                  <li key={b.fileName}>
                    <Caption1>{d.t('splitLine', { file: b.fileName, n: b.engineers })}</Caption1>
                  </li>
                ))}
              </ul>
              <div className={styles.row}>
                <Button appearance="primary" disabled={split.status === 'opening'} onClick={() => void openBooks(split.books)}>
                  {d.t('splitOpen', { n: split.books.length })}
                </Button>
              </div>
              {split.status === 'opening' && <Spinner size="tiny" label={d.t('splitOpening', { done: split.done + 1, n: split.books.length })} />}
            </>
          )}
          {split.status === 'opened' && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{d.t('splitOpened', { n: split.n })}</MessageBarBody>
            </MessageBar>
          )}
        </>
      ) : (
        <Text size={200}>
          {d.t('splitUnavailable')}{' '}
          <Link href={STANDALONE_PAGE} target="_blank">
            {s.t('standalone')}
          </Link>
        </Text>
      )}
      {error !== undefined && <Failure s={s} error={error} onRetry={() => setError(undefined)} />}
    </section>
  );
}
