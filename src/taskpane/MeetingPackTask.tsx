// Calibration's second task: the printable meeting pack (会议材料-<部门>) for one department chosen from the
// roster's departments, or for all of them, written by a run of that one output.
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookHost } from '../workbook/host';
import type { Problem } from '../workbook/problems';
import { runReview } from '../workbook/run';
import type { CalibrationView } from '../workbook/calibrate';
import { meetingGroups } from '../workbook/write/meetingPack';
import { Failure, ProblemBar } from './Failure';
import type { Strings } from './i18n';
import { useStyles } from './styles';

export interface MeetingPackTaskProps {
  s: Strings;
  host: WorkbookHost;
  today: () => string;
  view: CalibrationView;
  goToMap: () => void;
  onRan: () => void;
  /** The department of the engineer last looked at, chosen first. */
  department?: string;
}

/** What the run is asked for when every department is wanted (write/meetingPack.ts isAllDepartments). */
const ALL = '全部';

type PackStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; sheets: string[] } | { kind: 'problem'; problem: Problem } | { kind: 'failed'; error: unknown };

export function MeetingPackTask({ s, host, today, view, goToMap, onRan, department }: MeetingPackTaskProps) {
  const styles = useStyles();
  const groups = meetingGroups(view.result).filter((g): g is typeof g & { department: string } => g.department !== undefined);
  const [asked, setAsked] = useState<string>(department !== undefined && groups.some((g) => g.department === department) ? department : ALL);
  const [status, setStatus] = useState<PackStatus>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  const write = async (): Promise<void> => {
    setStatus({ kind: 'busy' });
    try {
      const outcome = await runReview(host, host, { today: today(), copyInputs: false, outputs: ['meetingPack'], meetingPack: asked });
      if (!outcome.ok) {
        setStatus({ kind: 'problem', problem: outcome.fatal });
        return;
      }
      onRan();
      setStatus({ kind: 'done', sheets: outcome.plans.filter((p) => p.role === 'meetingPack').map((p) => p.name) });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
  };

  return (
    <div className={styles.section}>
      <Text size={200} className={styles.muted}>
        {s.t('calPackIntro')}
      </Text>
      {groups.length === 0 ? (
        <Text size={200}>{s.t('calNoDepartments')}</Text>
      ) : (
        <Field label={s.t('calMeetingPackFor')}>
          <Select value={asked} disabled={busy} onChange={(_, d) => setAsked(d.value)}>
            <option value={ALL}>{s.t('calAllDepartmentsOption', { n: groups.length })}</option>
            {groups.map((g) => (
              <option key={g.department} value={g.department}>
                {s.t('calDepartmentOption', { department: g.department, n: g.reviews.length })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance="primary" data-primary="" disabled={busy} onClick={() => void write()}>
          {s.t('calMeetingPack')}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={s.t('running')} />}
      {status.kind === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>{s.t('calMeetingDone', { sheets: status.sheets.join(s.lang === 'zh-CN' ? '、' : ', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'problem' && <ProblemBar s={s} problem={status.problem} />}
      {status.kind === 'failed' && <Failure s={s} error={status.error} onRetry={() => setStatus({ kind: 'idle' })} onMap={goToMap} />}
    </div>
  );
}
