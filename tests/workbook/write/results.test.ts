import { defaultSettings } from '../../../src/domain/settings';
import { buildResultsPlan } from '../../../src/workbook/write/results';
import { review } from '../../fixtures/reviews';
import { valueAt } from './helpers';

const ZH = ['工号', '姓名', '部门', '工程师类别', '培育层级', '绩效等级', '潜力等级', '九宫格编号', '九宫格名称', '校准后九宫格', '主要差距', '培育库状态', '市级培育库参考', '导师', '成长阶段', '说明'];
const EN = ['ID', 'Name', 'Department', 'Category', 'Level', 'Performance band', 'Potential band', 'Box', 'Box label', 'Calibrated box', 'Top gaps', 'Pool status', 'City pool check', 'Mentor', 'Growth stage', 'Explanation'];

const result = review([
  {
    id: '00123', name: '张伟', perf: 'excellent', pot: 'high', department: '研发中心', category: '研发工程师', level: 'junior',
    competencies: { research: 3, practice: 2, problemSolving: 1, integration: 2, innovation: 1 },
  },
  { id: '1024', name: '李娜', perf: 'needs', pot: 'low', level: 'senior', competencies: { research: 5 } },
]);

describe('盘点结果 / Review results', () => {
  it('has DOMAIN.md\'s sixteen headers, exactly and in order, in Chinese', () => {
    const plan = buildResultsPlan(result, 'zh-CN', defaultSettings());
    expect(plan.name).toBe('盘点结果');
    expect(plan.values[0]).toEqual(ZH);
  });

  it('has them in English when the sheet language is en-US', () => {
    const plan = buildResultsPlan(result, 'en-US', defaultSettings());
    expect(plan.name).toBe('Review results');
    expect(plan.values[0]).toEqual(EN);
  });

  it('writes one row per reviewed engineer: ID as text, bands and level as labels, boxes as numbers', () => {
    const plan = buildResultsPlan(result, 'zh-CN', defaultSettings());
    expect(plan.values).toHaveLength(3);
    expect(plan.values[1].slice(0, 10)).toEqual(['00123', '张伟', '研发中心', '研发工程师', '初级培育对象', '优秀', '高', 9, '超级明星', 9]);
    expect(plan.values[2].slice(4, 10)).toEqual(['高级培育对象', '待提升', '低', 1, '需重点改进', 1]);
  });

  it('writes the top gaps as text, the follow-up columns, and ends with the explanation', () => {
    const plan = buildResultsPlan(result, 'zh-CN', defaultSettings());
    // junior requires 2: gaps problemSolving 1, innovation 1 (ties in the seed's order).
    expect(valueAt(plan, 'K2')).toBe('复杂问题解决能力 1；创新变革能力 1');
    // Box 9, not in the pool → 建议入库; no years → not a candidate; no mentor eligible; no years → no stage.
    expect(plan.values[1].slice(11, 15)).toEqual(['建议入库', '否', null, null]);
    // Box 1, not in the pool → 暂不入库.
    expect(valueAt(plan, 'L3')).toBe('暂不入库');
    expect(valueAt(plan, 'P2')).toBe(result.reviews[0].explanation.zh);
    expect(valueAt(plan, 'K3')).toBeNull();
  });

  it('calibrated box equals the box where there is no calibration, and follows finalBox when there is', () => {
    const calibrated = { ...result, reviews: [{ ...result.reviews[0], finalBox: 8 as const }, result.reviews[1]] };
    const plan = buildResultsPlan(calibrated, 'zh-CN', defaultSettings());
    expect(valueAt(plan, 'H2')).toBe(9);
    expect(valueAt(plan, 'J2')).toBe(8);
  });

  it('honours box labels from the settings', () => {
    const settings = { ...defaultSettings(), boxLabels: { 9: '双高人才' } };
    expect(valueAt(buildResultsPlan(result, 'zh-CN', settings), 'I2')).toBe('双高人才');
  });

  it('is an Excel table with filters over the header and every row, with a frozen header', () => {
    const plan = buildResultsPlan(result, 'zh-CN', defaultSettings());
    expect(plan.table).toEqual(expect.objectContaining({ name: 'ReviewResults', range: 'A1:P3' }));
    expect(plan.freeze?.rows).toBe(1);
    expect(plan.columnWidths).toHaveLength(16);
    // The explanation column is wide enough for a one-line explanation, within reason.
    expect(plan.columnWidths[15]).toBeGreaterThan(20);
    expect(plan.columnWidths.every((w) => w <= 60)).toBe(true);
  });

  it('keeps a blank data row inside the table when nobody was reviewed (Excel needs one)', () => {
    const plan = buildResultsPlan(review([]), 'en-US', defaultSettings());
    expect(plan.values).toEqual([EN]);
    expect(plan.table?.range).toBe('A1:P2');
  });

  it('prints landscape, one page wide, header row repeated, with the reference line and confidentiality footer', () => {
    const plan = buildResultsPlan(result, 'zh-CN', defaultSettings());
    expect(plan.print).toEqual(
      expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, repeatRows: '1:1', header: '本结果为培育参考，不作为评价结论', footer: '内部资料 注意保密' }),
    );
    expect(plan.font).toBe('Microsoft YaHei');
  });
});

describe('盘点结果: follow-up columns', () => {
  const engineers = review([
    { id: '2001', name: '李四', perf: 'excellent', pot: 'high', competencies: { problemSolving: 5, integration: 5, research: 5 } },
    { id: '2002', name: '王五', perf: 'qualified', pot: 'high', competencies: { research: 2, problemSolving: 3, integration: 3 } },
  ]);
  // Years and projects make 李四 an eligible mentor and a candidate; 王五 (box 8, research gap) is a mentee.
  engineers.reviews[0].engineer.years = 12;
  engineers.reviews[0].engineer.projectsLed = 2;
  engineers.reviews[1].engineer.years = 2;

  it('fills 培育库状态, 卓越工程师推荐 (是/否), 导师 as 姓名(工号) marked 建议, and 成长阶段', () => {
    const plan = buildResultsPlan(engineers, 'zh-CN', defaultSettings());
    expect(plan.values[1].slice(11, 15)).toEqual(['建议入库', '是', null, '成才期']);
    expect(plan.values[2].slice(11, 15)).toEqual(['建议入库', '否', '李四(2001)（建议）', '认知期']);
  });

  it('in English: Yes/No, (suggested) after a suggestion', () => {
    const plan = buildResultsPlan(engineers, 'en-US', defaultSettings());
    expect(plan.values[1].slice(11, 15)).toEqual(['Suggest entry', 'Yes', null, 'Maturity']);
    expect(plan.values[2][13]).toBe('李四(2001) (suggested)');
  });
});
