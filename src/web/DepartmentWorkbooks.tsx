// The page's department workbooks card (DOMAIN.md, Department workbooks: split and merge): split a roster into
// a .zip of department workbooks, and merge the returns into a new roster. Both happen in this browser; the
// person's files are never written and nothing is uploaded. The page's own file card is left alone: this card
// picks its own files (Fluent buttons opening the browser's picker, so no control speaks the browser's language).
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Field, Spinner, Subtitle2, Text, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Lang } from '../domain/types';
import { errorText } from '../taskpane/workbookState';
import type { Problem } from '../workbook/problems';
import type { SplitBy } from '../workbook/split/record';
import type { SplitDownload } from './departmentFiles';
import { departmentStrings, type DepartmentStrings } from './departmentStrings';
import { departmentFiles, pickFiles, useDepartmentStyles, useDropTarget } from './departmentUi';
import { ProblemLines } from './ProblemLines';
import { MergeReturns } from './MergeReturns';
import { ZIP_TYPE, saveBytes } from './save';
import { usePageStyles } from './styles';

const ROSTER_ACCEPT = '.xlsx,.xlsm,.csv,.txt,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export interface DepartmentWorkbooksProps {
  lang: Lang;
  today: () => string;
}

export function DepartmentWorkbooks({ lang, today }: DepartmentWorkbooksProps) {
  const d = useMemo(() => departmentStrings(lang), [lang]);
  const page = usePageStyles();
  const titleId = useId('department-title');
  return (
    <section className={page.card} aria-labelledby={titleId} data-testid="department-workbooks">
      <Subtitle2 as="h2" id={titleId}>
        {d.t('title')}
      </Subtitle2>
      <Text size={200} className={page.muted}>
        {d.t('intro')}
      </Text>
      <SplitRoster d={d} lang={lang} today={today} />
      <MergeReturns d={d} lang={lang} today={today} />
    </section>
  );
}

type SplitState =
  | { status: 'idle' }
  | { status: 'running'; name: string }
  | { status: 'done'; result: Extract<SplitDownload, { ok: true }> }
  | { status: 'failed'; name: string; problem?: Problem; error?: unknown };

function SplitRoster({ d, lang, today }: { d: DepartmentStrings; lang: Lang; today: () => string }) {
  const page = usePageStyles();
  const styles = useDepartmentStyles();
  const [by, setBy] = useState<SplitBy>('department');
  const [state, setState] = useState<SplitState>({ status: 'idle' });
  const titleId = useId('split-title');

  const split = async (file: File): Promise<void> => {
    setState({ status: 'running', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await (await departmentFiles()).departmentZip({ fileName: file.name, bytes }, { by, today: today(), lang });
      if (!result.ok) {
        setState({ status: 'failed', name: file.name, problem: result.fatal });
        return;
      }
      saveBytes(result.bytes, result.fileName, ZIP_TYPE);
      setState({ status: 'done', result });
    } catch (error) {
      setState({ status: 'failed', name: file.name, error });
    }
  };
  const take = (files: File[]): void => {
    if (files[0]) void split(files[0]);
  };
  const drop = useDropTarget(take);
  const running = state.status === 'running';

  return (
    <div className={styles.part} role="group" aria-labelledby={titleId}>
      <Text as="h3" weight="semibold" id={titleId} className={styles.heading}>
        {d.t('splitTitle')}
      </Text>
      <Text size={200}>{d.t('splitHelp')}</Text>
      <Field label={d.t('splitBy')}>
        <RadioGroup layout="horizontal" value={by} onChange={(_, v) => setBy(v.value === 'manager' ? 'manager' : 'department')}>
          <Radio value="department" label={d.t('byDepartment')} />
          <Radio value="manager" label={d.t('byManager')} />
        </RadioGroup>
      </Field>
      <div className={`${page.drop} ${drop.active ? page.dropActive : ''}`} data-testid="split-drop" {...drop.handlers}>
        <div className={page.row}>
          <Text>{d.t('splitDrop')}</Text>
          <Button appearance="primary" disabled={running} onClick={() => pickFiles(ROSTER_ACCEPT, false, take)}>
            {d.t('splitChoose')}
          </Button>
        </div>
      </div>
      {state.status === 'running' && <Spinner size="small" label={d.t('splitting', { name: state.name })} />}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{d.t('splitFailed', { name: state.name })}</MessageBarTitle>
            {state.problem ? d.pick(state.problem.message) : errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'done' && <SplitDone d={d} result={state.result} />}
    </div>
  );
}

function SplitDone({ d, result }: { d: DepartmentStrings; result: Extract<SplitDownload, { ok: true }> }) {
  const styles = useDepartmentStyles();
  const n = result.workbooks.reduce((sum, b) => sum + b.engineers, 0);
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{d.t('splitDone', { file: result.fileName, books: result.workbooks.length, n })}</MessageBarTitle>
          {d.t('splitNext')}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list} aria-label={result.fileName} data-testid="split-books">
        {result.workbooks.map((b) => (
          <li key={b.fileName} className={styles.wrap}>
            {d.t('bookLine', { file: b.fileName, n: b.engineers })}
          </li>
        ))}
      </ul>
      {result.problems.length > 0 && <ProblemLines d={d} problems={result.problems} />}
    </>
  );
}
