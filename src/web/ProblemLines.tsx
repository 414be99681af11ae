// Problems and conflicts of the department workbooks card as lines a person reads: where, then what.
import { Text } from '@fluentui/react-components';
import type { Problem } from '../workbook/problems';
import type { DepartmentStrings } from './departmentStrings';
import { useDepartmentStyles } from './departmentUi';

/** Problems and conflicts as lines a person reads: where, then what. At most `max`; the rest are counted. */
export function ProblemLines({ d, problems, max = 50, testId }: { d: DepartmentStrings; problems: readonly Problem[]; max?: number; testId?: string }) {
  const styles = useDepartmentStyles();
  return (
    <>
      <ul className={styles.problems} data-testid={testId}>
        {problems.slice(0, max).map((p, i) => (
          <li key={i} className={styles.problem}>
            {(p.sheet !== '' || p.cell !== '') && (
              <Text size={200} className={styles.where}>
                {d.t('where', { sheet: p.sheet, cell: p.cell })}
              </Text>
            )}
            <Text size={200} className={styles.wrap}>
              {d.pick(p.message)}
            </Text>
          </li>
        ))}
      </ul>
      {problems.length > max && <Text size={200}>{d.t('more', { n: problems.length - max })}</Text>}
    </>
  );
}
