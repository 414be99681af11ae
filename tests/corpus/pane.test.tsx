/** @jest-environment jsdom */
// The pane's Home tab on the Excel host (recording fake) shows corpus problems as a person sees them:
// severity, sheet!cell and the message, in zh-CN and en-US.
import { TextEncoder } from 'util';
import { screen, within } from '@testing-library/react';
import { ExcelHost } from '../../src/hosts/excel/host';
import { createFakeExcel } from '../hosts/excel/fakeExcel';
import { renderPane } from '../taskpane/render';
import { CASES, type CorpusCase } from './cases';
import { seedSheets } from './build';
import { SEVERITY_ZH, where } from './expect';

// The Excel host weighs each request with TextEncoder, which Excel's browser has and jsdom lacks.
const g = globalThis as unknown as { TextEncoder?: unknown };
g.TextEncoder ??= TextEncoder;

const SHOWN = [
  'Excel error values in the ratings (#REF!, #N/A)',
  'a date where the years belong',
  'an ID typed as a number among 00123-style text IDs (leading zeros lost)',
  'two roster sheets (工程师名单 and Roster)',
  // The calibration log is checked on Home too, not only by a run.
  '校准记录 rows with an unknown box and without an ID',
].map((name) => CASES.find((c) => c.name === name) as CorpusCase);

const EN_SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

test.each(SHOWN.map((c) => [c.name, c] as const))('Home shows the problems of "%s"', async (_name, c) => {
  const fake = createFakeExcel(seedSheets(c.sheets ?? []));
  renderPane(new ExcelHost(fake.run));
  const list = await screen.findByRole('list', { name: `数据问题（${c.problems.length}）` });
  const items = within(list).getAllByRole('listitem').map((i) => i.textContent ?? '');
  for (const e of c.problems) {
    const item = items.find((t) => t.startsWith(`${SEVERITY_ZH[e.severity]}${where(e)}`));
    expect({ cell: where(e), item: item !== undefined && e.zh.every((f) => item.includes(f)) }).toEqual({ cell: where(e), item: true });
  }
  expect(fake.workbook.sheets.every((s) => s.writes.length === 0)).toBe(true);
});

test('Home shows them in English when Office speaks English', async () => {
  const c = SHOWN[0];
  renderPane(new ExcelHost(createFakeExcel(seedSheets(c.sheets ?? [])).run), 'en-US');
  const list = await screen.findByRole('list', { name: new RegExp(`\\(${c.problems.length}\\)`, 'u') });
  const items = within(list).getAllByRole('listitem').map((i) => i.textContent ?? '');
  for (const e of c.problems) {
    expect(items.some((t) => t.startsWith(`${EN_SEVERITY[e.severity]}${where(e)}`) && e.en.every((f) => t.includes(f)))).toBe(true);
  }
});
