// The problems of the check, each a button that selects its cell in the workbook.
import { Badge, Button, Caption1, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../workbook/problems';
import type { Strings } from './i18n';
import { useStyles } from './styles';

/** An info line (a guess the reader made, the sheet it took) is neither an error nor a warning. */
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const BADGE_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

const FIRST = 100;

export interface ProblemListProps {
  s: Strings;
  problems: readonly Problem[];
  onSelect: (p: Problem) => void;
}

export function ProblemList({ s, problems, onSelect }: ProblemListProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (problems.length === 0) return <Text>{s.t('noProblems')}</Text>;
  const shown = all ? problems : problems.slice(0, FIRST);
  return (
    <>
      <ul className={styles.list} aria-label={s.t('problemsTitle', { n: problems.length })}>
        {shown.map((p, i) => {
          const badge = (
            <Badge className={styles.badge} appearance="tint" color={BADGE_COLOR[p.severity]} shape="rounded">
              {s.t(BADGE_LABEL[p.severity])}
            </Badge>
          );
          const where = p.sheet !== '' ? `${p.sheet}${p.cell !== '' ? `!${p.cell}` : ''}` : '';
          const body = (
            <span className={styles.problemText}>
              {where !== '' && <Caption1 className={p.cell !== '' ? styles.link : undefined}>{where}</Caption1>}
              <Text size={200}>{s.pick(p.message)}</Text>
            </span>
          );
          return (
            <li key={i}>
              {p.sheet !== '' && p.cell !== '' ? (
                <Button
                  appearance="subtle"
                  className={styles.problem}
                  title={s.t('problemGoTo', { sheet: p.sheet, cell: p.cell })}
                  onClick={() => onSelect(p)}
                >
                  {badge}
                  {body}
                </Button>
              ) : (
                <div className={styles.problem}>
                  {badge}
                  {body}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!all && problems.length > FIRST && (
        <Button size="small" onClick={() => setAll(true)}>
          {s.t('showAll', { n: problems.length })}
        </Button>
      )}
    </>
  );
}
