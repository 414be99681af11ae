// The start gate's message when Excel lacks the API set the host needs: both languages, and the way on.
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Text } from '../domain/types';
import { STANDALONE_PAGE, TOO_OLD } from './i18n';

/** Shown instead of the pane when it cannot run here; `message` defaults to "Excel is too old". */
export function TooOld({ version, theme, message = TOO_OLD }: { version: string; theme?: Theme; message?: Text }) {
  const fill = (s: string): string => s.split('{version}').join(version);
  return (
    <FluentProvider theme={theme ?? webLightTheme}>
      <main style={{ padding: 8 }}>
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Excel</MessageBarTitle>
            <p lang="zh-CN">
              {fill(message.zh)} <Link href={STANDALONE_PAGE}>{STANDALONE_PAGE}</Link>
            </p>
            <p lang="en-US">
              {fill(message.en)} <Link href={STANDALONE_PAGE}>{STANDALONE_PAGE}</Link>
            </p>
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
