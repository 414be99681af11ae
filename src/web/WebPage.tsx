// The standalone page: choose or drop a roster file, work in the same pane as in Excel (on an in-memory
// copy of the file), and download the review workbook. Nothing is uploaded: the file is read with the
// File API and the download is made from a Blob.
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Text,
  MessageBarActions,
  Title2,
  useId,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Lang } from '../domain/types';
import { App } from '../taskpane/App';
import { strings } from '../taskpane/i18n';
import { errorText, localToday } from '../taskpane/workbookState';
import type { Problem } from '../workbook/problems';
import type { Stage } from '../workbook/run';
import { DepartmentWorkbooks } from './DepartmentWorkbooks';
import { PageHost } from './pageHost';
import type { OpenedFile } from './reviewFile';
import { saveBytes } from './save';
import { usePageStyles } from './styles';
import { webStrings, type WebStrings } from './webStrings';

/** exceljs and the review's writers load when first needed, so the page itself appears at once. */
const files = () => import(/* webpackChunkName: "xlsx" */ './reviewFile');

const ACCEPT = '.xlsx,.xlsm,.csv,.txt,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export interface WebPageProps {
  initialLang: Lang;
  /** Today, ISO yyyy-mm-dd; the local date when absent. */
  today?: () => string;
}

export function WebPage({ initialLang, today }: WebPageProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const w = useMemo(() => webStrings(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.t('pageTitle');
  }, [lang, w]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <Page w={w} lang={lang} setLang={setLang} today={today ?? localToday} />
    </FluentProvider>
  );
}

interface Opened {
  id: number;
  file: OpenedFile;
  host: PageHost;
}

type OpenState =
  | { status: 'none' }
  | { status: 'opening'; name: string }
  | { status: 'failed'; name: string; problem?: Problem; error?: unknown }
  | { status: 'open'; opened: Opened };

type DownloadState =
  | { status: 'idle' }
  | { status: 'running'; stage: Stage }
  | { status: 'done'; fileName: string; n: number }
  | { status: 'failed'; problem?: Problem; error?: unknown };

interface FileCardProps {
  as: 'main' | 'section';
  className: string;
  'aria-labelledby': string;
  children: ReactNode;
}

function FileCard({ as: Tag, children, ...rest }: FileCardProps) {
  return <Tag {...rest}>{children}</Tag>;
}

interface PageProps {
  w: WebStrings;
  lang: Lang;
  setLang: (lang: Lang) => void;
  today: () => string;
}

function Page({ w, lang, setLang, today }: PageProps) {
  const styles = usePageStyles();
  const input = useRef<HTMLInputElement>(null);
  const counter = useRef(0);
  const [open, setOpen] = useState<OpenState>({ status: 'none' });
  const [download, setDownload] = useState<DownloadState>({ status: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [where, setWhere] = useState<{ sheet: string; cell: string; n: number } | undefined>(undefined);
  const titleId = useId('file-title');

  // No sheet to show in the page: a click on a problem says where it is instead.
  const onSelect = (sheet: string, cell: string): void => setWhere((old) => ({ sheet, cell, n: (old?.n ?? 0) + 1 }));

  const openBlob = async (blob: File): Promise<void> => {
    const name = blob.name;
    setOpen({ status: 'opening', name });
    setDownload({ status: 'idle' });
    setWhere(undefined);
    try {
      const outcome = await (await files()).openFile(new Uint8Array(await blob.arrayBuffer()), name);
      if (!outcome.ok) {
        setOpen({ status: 'failed', name, problem: outcome.problem });
        return;
      }
      const id = ++counter.current;
      setOpen({ status: 'open', opened: { id, file: outcome.file, host: new PageHost(outcome.file.host, onSelect) } });
    } catch (error) {
      setOpen({ status: 'failed', name, error });
    }
  };

  const onPicked = (): void => {
    const file = input.current?.files?.[0];
    if (file) void openBlob(file);
    // The same file can be chosen again (after changing it in Excel).
    if (input.current) input.current.value = '';
  };

  const onDragOver = (e: DragEvent<HTMLDivElement>): void => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent<HTMLDivElement>): void => {
    if (e.relatedTarget === null || !e.currentTarget.contains(e.relatedTarget as Node)) setDragging(false);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openBlob(file);
  };

  const downloadReview = async (opened: Opened): Promise<void> => {
    setDownload({ status: 'running', stage: 'read' });
    try {
      const result = await (await files()).reviewWorkbook(opened.file, {
        today: today(),
        lang,
        source: opened.host,
        progress: (stage) => setDownload({ status: 'running', stage }),
      });
      if (!result.ok) {
        setDownload({ status: 'failed', problem: result.fatal });
        return;
      }
      saveBytes(result.bytes, result.fileName);
      setDownload({ status: 'done', fileName: result.fileName, n: result.outcome.result.reviews.length });
    } catch (error) {
      setDownload({ status: 'failed', error });
    }
  };

  const downloadTemplate = async (): Promise<void> => {
    saveBytes(await (await files()).templateWorkbook(lang), w.t('templateFile'));
  };

  const pane = strings(lang);
  const opened = open.status === 'open' ? open.opened : undefined;
  const running = download.status === 'running';
  // The download's progress and outcome, under its one button (the pane's run result).
  const downloadStatus = (
    <>
      {download.status === 'running' && (
        <Field validationMessage={pane.t(`stage_${download.stage}`)} validationState="none">
          <ProgressBar aria-label={pane.t(`stage_${download.stage}`)} />
        </Field>
      )}
      {download.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{w.t('downloaded', { file: download.fileName, n: download.n })}</MessageBarBody>
        </MessageBar>
      )}
      {download.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{w.t('downloadFailedTitle')}</MessageBarTitle>
            {download.problem ? w.pick(download.problem.message) : errorText(download.error)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );

  return (
    <div className={styles.page} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <div className={styles.column}>
        <header className={styles.header}>
          <div className={styles.titleBlock}>
            <Title2 as="h1">{w.t('pageTitle')}</Title2>
            <Text className={styles.muted}>{w.t('privacy')}</Text>
          </div>
          <Field label={w.t('language')} className={styles.language}>
            <Select value={lang} onChange={(_, d) => setLang(d.value === 'en-US' ? 'en-US' : 'zh-CN')}>
              <option value="zh-CN">中文</option>
              <option value="en-US">English</option>
            </Select>
          </Field>
        </header>

        {/* The pane brings its own <main>; until a file is open, the file card is the page's main content. */}
        <FileCard as={opened ? 'section' : 'main'} className={styles.card} aria-labelledby={titleId}>
          <Subtitle2 as="h2" id={titleId}>
            {w.t('dropTitle')}
          </Subtitle2>
          <input ref={input} type="file" accept={ACCEPT} hidden aria-label={w.t('fileInput')} onChange={onPicked} />
          {!opened && (
            <div className={`${styles.drop} ${dragging ? styles.dropActive : ''}`} data-testid="drop-zone">
              <div className={styles.row}>
                <Text>{dragging ? w.t('dropActive') : w.t('dropHere')}</Text>
                <Button appearance="primary" onClick={() => input.current?.click()}>
                  {w.t('choose')}
                </Button>
              </div>
              <Text size={200} className={styles.muted}>
                {w.t('formats')}
              </Text>
            </div>
          )}
          {open.status === 'opening' && <Spinner size="small" label={w.t('opening', { name: open.name })} />}
          {open.status === 'failed' && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{w.t('openFailed', { name: open.name })}</MessageBarTitle>
                {open.problem ? w.pick(open.problem.message) : errorText(open.error)}
              </MessageBarBody>
            </MessageBar>
          )}
          {opened && (
            <>
              <Text weight="semibold" className={styles.fileName}>
                {w.t('opened', { name: opened.file.fileName })}
              </Text>
              {opened.file.isReview && <Text size={200}>{w.t('openedReview')}</Text>}
              <Text size={200} className={styles.muted}>
                {w.t('inMemory')}
              </Text>
              <div className={styles.row}>
                <Button disabled={running} onClick={() => input.current?.click()}>
                  {w.t('chooseOther')}
                </Button>
              </div>
            </>
          )}
          {!opened && (
            <div className={styles.row}>
              <Text size={200}>{w.t('noRoster')}</Text>
              <Button size="small" appearance="secondary" onClick={() => void downloadTemplate()}>
                {w.t('template')}
              </Button>
            </div>
          )}
        </FileCard>

        {opened && (
          <div className={styles.pane}>
            <App
              key={opened.id}
              host={opened.host}
              lang={lang}
              today={today}
              fill={false}
              exportAction={{
                label: running ? w.t('downloading') : w.t('download'),
                run: () => void downloadReview(opened),
                busy: running,
                hint: w.t('downloadHint'),
                status: downloadStatus,
              }}
            />
          </div>
        )}
        <DepartmentWorkbooks lang={lang} today={today} />
        {where && (
          // Pinned to the bottom of the window, where it is seen next to the problem just clicked.
          <aside className={styles.notice} aria-label={w.t('whereTitle')}>
            <MessageBar key={where.n} intent="info" layout="multiline" politeness="polite">
              <MessageBarBody>{w.t('noSheetView', { sheet: where.sheet, cell: where.cell })}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setWhere(undefined)}>
                  {w.t('dismiss')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          </aside>
        )}
      </div>
    </div>
  );
}
