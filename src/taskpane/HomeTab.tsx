// Home: a 「下一步」 card driven by the state of the workbook (see nextStep.ts) with the one action that moves
// the person on, then the problems of the check, each a link to its cell.
import { Button, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { FieldKey } from '../domain/settings';
import type { Problem } from '../workbook/problems';
import { Failure } from './Failure';
import { FIELD_LABELS, type Strings } from './i18n';
import { nextStep } from './nextStep';
import { ProblemList } from './ProblemList';
import type { ExportAction } from './RunTab';
import { useStyles } from './styles';
import type { CheckState } from './workbookState';

export interface HomeTabProps {
  s: Strings;
  check: CheckState;
  refresh: () => void;
  select: (p: Problem) => void;
  /** Opens the column mapping, at a field when one is named. */
  goToMap: (field?: FieldKey) => void;
  goToTemplate: () => void;
  /** Inserts the template with sample engineers (Home's first step); errors are the App's to show. */
  insertSample: () => Promise<void>;
  startRun: () => void;
  running: boolean;
  /** Shows the grid sheet of an earlier run; absent where there is no window on the sheets. */
  openGrid?: () => void;
  exportAction?: ExportAction;
}

export function HomeTab(props: HomeTabProps) {
  const { s, check, refresh, select } = props;
  const styles = useStyles();
  const step = nextStep(check);
  const problems = check.status === 'ready' ? check.outcome.problems : [];
  return (
    <section className={styles.section} aria-label={s.t('tabHome')}>
      {step.kind === 'loading' && <Spinner size="small" label={s.t('loading')} />}
      {step.kind === 'failed' && <Failure s={s} error={step.error} onRetry={refresh} onMap={() => props.goToMap()} />}
      {step.kind !== 'loading' && step.kind !== 'failed' && <NextStepCard {...props} />}
      {check.status === 'ready' && step.kind !== 'blank' && (
        <>
          <div className={styles.headingRow}>
            <Subtitle2 as="h2">{s.t('problemsTitle', { n: problems.length })}</Subtitle2>
            <Button size="small" appearance="subtle" onClick={refresh}>
              {s.t('refresh')}
            </Button>
          </div>
          <ProblemList s={s} problems={problems} onSelect={select} />
        </>
      )}
    </section>
  );
}

function NextStepCard({ s, check, select, goToMap, goToTemplate, insertSample, startRun, running, openGrid, exportAction }: HomeTabProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const step = nextStep(check);
  const field = (f: FieldKey): string => s.pick(FIELD_LABELS[f]);
  const goTo = (p: Problem) => (
    <Button size="small" onClick={() => select(p)}>
      {s.t('problemGoTo', { sheet: p.sheet, cell: p.cell })}
    </Button>
  );
  const mapButton = (missing: FieldKey | undefined) => (
    <Button appearance="primary" data-primary="" onClick={() => goToMap(missing)}>
      {missing ? s.t('mapField', { field: field(missing) }) : s.t('goToMap')}
    </Button>
  );

  let title: string;
  let body = '';
  let actions: JSX.Element;
  switch (step.kind) {
    case 'blank':
      title = s.t('welcomeTitle');
      body = s.t('welcomeBody');
      actions = (
        <>
          <Button
            appearance="primary"
            data-primary=""
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void insertSample().finally(() => setBusy(false));
            }}
          >
            {s.t('insertSample')}
          </Button>
          <Button appearance="subtle" onClick={goToTemplate}>
            {s.t('templateOptions')}
          </Button>
        </>
      );
      break;
    case 'unusable':
      title = s.t('rosterMissing');
      body = s.pick(step.reason.message);
      actions = (
        <>
          {mapButton(step.missing)}
          {step.cell && goTo(step.cell)}
        </>
      );
      break;
    case 'nobody':
      title = s.t('nextFix');
      body = step.missing
        ? s.t(step.missing === 'potential' ? 'nobodyPotential' : 'nobodyField', { sheet: step.sheet, field: field(step.missing) })
        : `${s.t('nobodyBody', { sheet: step.sheet })}${step.reason ? s.pick(step.reason.message) : ''}`;
      actions = (
        <>
          {step.missing && mapButton(step.missing)}
          {!step.missing && step.reason && step.reason.cell !== '' && goTo(step.reason)}
        </>
      );
      break;
    case 'ready':
      title = s.t(step.ranBefore ? 'nextRunAgain' : 'nextRun');
      actions = (
        <>
          <Button appearance="primary" data-primary="" disabled={running} onClick={startRun}>
            {running ? s.t('running') : s.t('runButtonCount', { n: step.n })}
          </Button>
          {step.ranBefore && openGrid && !exportAction && <Button onClick={openGrid}>{s.t('openGrid')}</Button>}
        </>
      );
      break;
    default:
      return null;
  }
  return (
    <div className={styles.card} role="region" aria-label={s.t('nextStep')}>
      <Text size={200} weight="semibold" className={styles.cardKicker}>
        {s.t('nextStep')}
      </Text>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {(step.kind === 'ready' || step.kind === 'nobody') && (
        <>
          <Text size={200}>{s.t('rosterFound', { sheet: step.sheet })}</Text>
          <Text weight="semibold">{s.t('engineersReviewable', { n: step.kind === 'ready' ? step.n : 0 })}</Text>
        </>
      )}
      {body !== '' && <Text size={300}>{body}</Text>}
      <div className={styles.row}>{actions}</div>
    </div>
  );
}
