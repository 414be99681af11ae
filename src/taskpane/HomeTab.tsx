// Home: whether a roster was found, how many engineers can be reviewed, and the problems of the check.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../workbook/host';
import type { Problem } from '../workbook/problems';
import { Failure } from './Failure';
import type { Strings } from './i18n';
import { ProblemList } from './ProblemList';
import { useStyles } from './styles';
import type { CheckState } from './workbookState';

export interface HomeTabProps {
  s: Strings;
  host: WorkbookHost;
  check: CheckState;
  refresh: () => void;
  goToMap: () => void;
  onError: (error: unknown) => void;
}

export function HomeTab({ s, host, check, refresh, goToMap, onError }: HomeTabProps) {
  const styles = useStyles();
  const select = (p: Problem): void => {
    host.select(p.sheet, p.cell).catch(onError);
  };
  // A roster without an ID or performance column names its header row: a way to look at it.
  const fatal = check.status === 'ready' && !check.outcome.ok ? check.outcome.fatal : undefined;
  const fatalCell = fatal && fatal.sheet !== '' && fatal.cell !== '' ? fatal : undefined;
  return (
    <section className={styles.section} aria-label={s.t('tabHome')}>
      <div className={styles.row}>
        <Button size="small" onClick={refresh} disabled={check.status === 'loading'}>
          {s.t('refresh')}
        </Button>
      </div>
      {check.status === 'loading' && <Spinner size="small" label={s.t('loading')} />}
      {check.status === 'failed' && <Failure s={s} error={check.error} onRetry={refresh} onMap={goToMap} />}
      {check.status === 'ready' && check.outcome.ok && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{s.t('rosterFound', { sheet: check.outcome.input.rosterSheet })}</MessageBarBody>
          </MessageBar>
          <Text weight="semibold">{s.t('engineersReviewable', { n: check.outcome.result.reviews.length })}</Text>
          <Subtitle2 as="h2">{s.t('problemsTitle', { n: check.outcome.problems.length })}</Subtitle2>
          <ProblemList s={s} problems={check.outcome.problems} onSelect={select} />
        </>
      )}
      {check.status === 'ready' && !check.outcome.ok && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <strong>{s.t('rosterMissing')}</strong>
              <br />
              {s.pick(check.outcome.fatal.message)}
            </MessageBarBody>
            <MessageBarActions>
              {fatalCell && (
                <Button size="small" onClick={() => select(fatalCell)}>
                  {s.t('problemGoTo', { sheet: fatalCell.sheet, cell: fatalCell.cell })}
                </Button>
              )}
              <Button size="small" onClick={goToMap}>{s.t('goToMap')}</Button>
            </MessageBarActions>
          </MessageBar>
          {check.outcome.problems.length > 0 && (
            <>
              <Subtitle2 as="h2">{s.t('problemsTitle', { n: check.outcome.problems.length })}</Subtitle2>
              <ProblemList s={s} problems={check.outcome.problems} onSelect={select} />
            </>
          )}
        </>
      )}
    </section>
  );
}
