// 打印隐藏敏感信息 / hide sensitive in print: handouts leave out flight risk and the labels of boxes 1 and 4.
import { defaultSettings } from '../../../src/domain/settings';
import type { Lang } from '../../../src/domain/types';
import { buildOutputPlans, type WriteContext } from '../../../src/workbook/write';
import { redact } from '../../../src/workbook/write/sensitive';
import { allText, reviewed, type Spec } from './followHelpers';

const SPECS: Spec[] = [
  { id: 'S1', name: '甲', perf: 'excellent', pot: 'high', flightRisk: 'high', department: '研发中心', competencies: { research: 1 } },
  { id: 'S2', name: '乙', perf: 'needs', pot: 'low', flightRisk: 'high', department: '研发中心' },
  { id: 'S3', name: '丙', perf: 'needs', pot: 'medium', inPool: true, department: '工艺技术部' },
  { id: 'S4', name: '丁', perf: 'qualified', pot: 'high', flightRisk: 'high', department: '工艺技术部' },
];

function plans(hide: boolean, lang: Lang = 'zh-CN') {
  const settings = { ...defaultSettings(), hideSensitiveInPrint: hide, reviewDate: '2025-06-30', minimumGroup: 2 };
  const ctx: WriteContext = { lang, settings, reviewDate: '2025-06-30', writtenAt: '2025-06-30T00:00:00Z', existing: [] };
  return buildOutputPlans(reviewed(SPECS, settings), [], ctx);
}

const SENSITIVE = {
  'zh-CN': ['需重点改进', '待改进者', '流失风险高的骨干', '保留措施'],
  'en-US': ['Needs focus', 'Inconsistent', 'High flight risk in boxes', 'Retention'] ,
};

describe('hide sensitive in print', () => {
  for (const lang of ['zh-CN', 'en-US'] as const) {
    it(`off (${lang}): labels of boxes 1 and 4, the flight-risk list and retention actions are written`, () => {
      const text = plans(false, lang).map(allText).join('\n');
      for (const s of SENSITIVE[lang]) expect(text).toContain(s);
    });

    it(`on (${lang}): no output sheet carries them; the box numbers stay`, () => {
      const written = plans(true, lang);
      for (const p of written) for (const s of SENSITIVE[lang]) expect(`${p.name}: ${allText(p)}`).not.toContain(s);
      const results = written.find((p) => p.role === 'results')!;
      const s2 = results.values.find((r) => r[0] === 'S2')!;
      expect([s2[7], s2[8]]).toEqual([1, '']);
      const summary = allText(written.find((p) => p.role === 'summary')!);
      expect(summary).toContain(lang === 'zh-CN' ? '本表不列出流失风险' : 'Flight risk is left out of this handout');
      expect(summary).not.toContain('丁(S4)');
    });
  }

  it('redacts engine texts without leaving empty brackets', () => {
    const on = { ...defaultSettings(), hideSensitiveInPrint: true };
    expect(redact('在库，九宫格 4（待改进者）属出库格位（1、2、4）', on)).toBe('在库，九宫格 4属出库格位（1、2、4）');
    expect(redact('In the pool; box 1 (Needs focus) is an exit box', on)).toBe('In the pool; box 1 is an exit box');
    expect(redact('九宫格 4（待改进者）', { ...on, hideSensitiveInPrint: false })).toBe('九宫格 4（待改进者）');
  });
});
