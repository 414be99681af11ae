/** @jest-environment jsdom */
// Each problem says how serious it is: an info line (a guess the reader made) is not shown as a warning.
import './setup';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ProblemList } from '../../src/taskpane/ProblemList';
import { strings } from '../../src/taskpane/i18n';
import { problem } from '../../src/workbook/problems';

it('labels errors, warnings and info lines each as what they are, in the pane’s language', () => {
  const problems = [
    problem('工程师名单', 'E1', 'info', '绩效列取「2024年绩效」（推测）', 'Performance is read from "2024年绩效" (a guess)'),
    problem('工程师名单', 'B3', 'warning', '工龄为空', 'Years empty'),
    problem('工程师名单', 'A4', 'error', '工号为空', 'ID empty'),
  ];
  render(
    <FluentProvider theme={webLightTheme}>
      <ProblemList s={strings('zh-CN')} problems={problems} onSelect={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getAllByText(/^(提示|警告|错误)$/u).map((b) => b.textContent)).toEqual(['提示', '警告', '错误']);
});
