// Rosters the product has never seen, run through the command line; each engineer's box is worked out by
// hand from DOMAIN.md in the comment beside the row.
import { promises as fs } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sheetRows, tempDir, writeXlsx, type SheetSpec } from '../helpers/workbooks';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function boxesOf(sheets: SheetSpec[], lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Record<string, unknown>> {
  const input = await writeXlsx(path.join(dir, 'in.xlsx'), sheets);
  const output = path.join(dir, 'out.xlsx');
  const { io, captured } = captureIo();
  const code = await main(['run', input, '-o', output, '--lang', lang], io);
  if (code !== 0) throw new Error(captured.err.join('\n'));
  const results = sheetRows((await readXlsx(output)).getWorksheet(lang === 'zh-CN' ? '盘点结果' : 'Review results')!);
  return Object.fromEntries(results.slice(1).map((r) => [r[0], r[7]]));
}

it('reads English headers with scores on 0–100 (cut-offs 85 and 70)', async () => {
  const boxes = await boxesOf(
    [
      {
        name: 'Roster',
        rows: [
          ['Employee ID', 'Full name', 'Dept', 'Performance score', 'Potential score'],
          ['E1', 'Alice', 'R&D', 92, 88], // excellent, high → 9
          ['E2', 'Bob', 'R&D', 84.99, 70], // qualified, medium → 5
          ['E3', 'Carol', 'QA', 69, 40], // needs, low → 1
          ['E4', 'Dan', 'QA', '85%', 69.99], // 85 → excellent, low → 3
        ],
      },
    ],
    'en-US',
  );
  expect(boxes).toEqual({ E1: 9, E2: 5, E3: 1, E4: 3 });
});

it('reads scores on 1–5 when every score in the column is at most 5 (cut-offs 4 and 3)', async () => {
  const boxes = await boxesOf([
    {
      name: '花名册',
      rows: [
        ['工号', '姓名', '绩效得分', '潜力'],
        ['1', '甲', 4.5, 'H'], // 优秀, 高 → 9
        ['2', '乙', 3, 'M'], // 合格, 中 → 5
        ['3', '丙', 2.99, 'L'], // 待提升, 低 → 1
        ['4', '丁', 4, '中'], // 优秀, 中 → 6
      ],
    },
  ]);
  expect(boxes).toEqual({ '1': 9, '2': 5, '3': 1, '4': 6 });
});

it('skips title rows, ignores stray and full-width spaces, and derives potential from the standards sheet', async () => {
  const boxes = await boxesOf([
    {
      name: '工程师名单',
      rows: [
        ['2026 年度工程师盘点名单'],
        [],
        [' 工 号 ', '姓 名', '工程师类别', '培育层级', '绩效等级', '潜力', '专业技术研究', '工程实践与应用', '复杂问题解决', '专业学科交叉与整合', '创新变革'],
        // 研发工程师 × 中级 requires 4 everywhere: surplus 0 → 中; B → 合格: box 5.
        ['A1', '赵一', '研发工程师', '中级', 'B', null, 4, 4, 4, 4, 4],
        // 机械工程师 has no row: the general standard (*, *) requires 2: surplus +1 → 高; A → 优秀: box 9.
        ['A2', '钱二', '机械工程师', '中级', 'A', null, 3, 3, 3, 3, 3],
        // (研发工程师, *) requires 3 for 高级; two competencies given: (3−3 + 2−3)/2 = −0.5 → 中; C → 待提升: box 4.
        ['A3', '孙三', '研发工程师', '高级', 'C', null, 3, 2, null, null, null],
        // Potential given wins over the standards: 低 with S → box 3.
        ['A4', '李四', '研发工程师', '中级', 'S', '低', 5, 5, 5, 5, 5],
      ],
    },
    {
      name: '能力素质标准',
      rows: [
        ['工程师类别', '培育层级', '专业技术研究能力', '工程实践与应用能力', '复杂问题解决能力', '专业学科交叉与整合能力', '创新变革能力'],
        ['研发工程师', '中级', 4, 4, 4, 4, 4],
        ['研发工程师', '*', 3, 3, 3, 3, 3],
        ['*', '*', 2, 2, 2, 2, 2],
      ],
    },
  ]);
  expect(boxes).toEqual({ A1: 5, A2: 9, A3: 4, A4: 3 });
});

it('maps a roster with its own column names and rating words through its settings sheet', async () => {
  const boxes = await boxesOf([
    {
      name: 'Staff',
      rows: [
        ['Badge', 'Who', 'Appraisal', 'Talent'],
        ['007', 'Bond', 'Exceeds', 'Top'], // mapped: 优秀, 高 → 9
        ['008', 'Moneypenny', 'Meets', 'Solid'], // mapped: 合格, 中 → 5
        ['009', 'Q', 'Below', 'Limited'], // mapped: 待提升, 低 → 1
      ],
    },
    {
      name: '盘点设置',
      rows: [
        ['设置项', '值'],
        ['名单工作表', 'Staff'],
        ['列:工号', 'Badge'],
        ['列:姓名', 'Who'],
        ['列:绩效', 'Appraisal'],
        ['列:潜力', 'Talent'],
        ['绩效映射:Exceeds', '优秀'],
        ['绩效映射:Meets', '合格'],
        ['绩效映射:Below', '待提升'],
        ['潜力映射:Top', '高'],
        ['潜力映射:Solid', '中'],
        ['潜力映射:Limited', '低'],
      ],
    },
  ]);
  expect(boxes).toEqual({ '007': 9, '008': 5, '009': 1 });
});

it('a roster rated in a vocabulary no rule knows stops with one line naming the column, the values and the fix (exit 1)', async () => {
  const rows = [['Employee ID', 'Worker', 'Current Performance', 'Current Potential']];
  for (let i = 1; i <= 15; i++) rows.push([`E${i}`, `W${i}`, ['Exceeds', 'Meets', 'Below'][i % 3], 'High']);
  const input = await writeXlsx(path.join(dir, 'in.xlsx'), [{ name: 'Employee Data', rows }]);
  const { io, captured } = captureIo();
  const code = await main(['run', input, '-o', path.join(dir, 'out.xlsx'), '--lang', 'en-US'], io);
  expect(code).toBe(1);
  expect(captured.err).toHaveLength(1);
  expect(captured.err[0]).toContain('"Current Performance"');
  expect(captured.err[0]).toContain('Meets/Below/Exceeds');
  expect(captured.err[0]).toContain('performance map:');
});

it('a nine-box tool\'s High / Medium / Low roster on a sheet of another name is reviewed (exit 0)', async () => {
  const rows = [['Employee ID', 'Worker', 'Current Performance', 'Current Potential']];
  for (let i = 1; i <= 15; i++) rows.push([`E${i}`, `W${i}`, ['High', 'Medium', 'Low'][i % 3], ['Low', 'Medium', 'High'][i % 3]]);
  const boxes = await boxesOf([{ name: 'Employee Data', rows }, { name: 'Notes', rows: [['Exported from Workday']] }], 'en-US');
  expect(Object.keys(boxes)).toHaveLength(15);
  // performance/potential: E1 Medium/Medium → 5; E2 Low/High → 3×2+0+1 = 7; E3 High/Low → 3×0+2+1 = 3
  expect([boxes.E1, boxes.E2, boxes.E3]).toEqual([5, 7, 3]);
});
