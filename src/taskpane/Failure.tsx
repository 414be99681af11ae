// A failure never leaves a blank pane: a message and a way on (retry, map columns, the standalone page). A problem
// the user can mend (sheet, cell, what to do) shows as an error or a warning by its severity.
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Problem } from '../workbook/problems';
import { STANDALONE_PAGE, type Strings } from './i18n';
import { errorText } from './workbookState';

export interface FailureProps {
  s: Strings;
  error: unknown;
  onRetry?: () => void;
  onMap?: () => void;
}

export function Failure({ s, error, onRetry, onMap }: FailureProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.t('failedTitle')}</MessageBarTitle>
        {s.t('failedBody')} <code>{errorText(error)}</code>
      </MessageBarBody>
      <MessageBarActions>
        {onRetry && <Button size="small" onClick={onRetry}>{s.t('retry')}</Button>}
        {onMap && <Button size="small" onClick={onMap}>{s.t('goToMap')}</Button>}
        <Link href={STANDALONE_PAGE} target="_blank">{s.t('standalone')}</Link>
      </MessageBarActions>
    </MessageBar>
  );
}

export function ProblemBar({ s, problem }: { s: Strings; problem: Problem }) {
  return (
    <MessageBar intent={problem.severity === 'error' ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody>{s.pick(problem.message)}</MessageBarBody>
    </MessageBar>
  );
}
