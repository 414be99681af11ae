// Texts of the meeting packs (会议材料-<部门>), in zh-CN and en-US.
import type { Text } from '../../domain/types';

export const MEETING_TEXT = {
  prefix: { zh: '会议材料-', en: 'Meeting-' },
  title: { zh: '盘点会议材料', en: 'Review meeting pack' },
  reviewDate: { zh: '盘点日期', en: 'Review date' },
  people: { zh: '人数', en: 'Engineers' },
  gridTitle: { zh: '一、九宫格（校准后）', en: '1. Nine-box (after calibration)' },
  potential: { zh: '潜力', en: 'Potential' },
  performanceAxis: { zh: '绩效 →', en: 'Performance →' },
  calibrationTitle: { zh: '二、会议校准', en: '2. Calibration in the meeting' },
  before: { zh: '校准前', en: 'Before' },
  after: { zh: '校准后', en: 'After' },
  change: { zh: '变化', en: 'Change' },
  total: { zh: '合计', en: 'Total' },
  name: { zh: '姓名（工号）', en: 'Name (ID)' },
  from: { zh: '调整前', en: 'From' },
  to: { zh: '调整后', en: 'To' },
  reason: { zh: '原因', en: 'Reason' },
  decided: { zh: '决定人 · 时间', en: 'Decided by · time' },
  noneChanged: { zh: '无：本部门无人被校准，校准前后各格人数相同', en: 'None: nobody in this department was calibrated; the counts before and after are the same' },
  doubleHighTitle: { zh: '三、双高人员（绩效优秀 × 潜力高）', en: '3. Double-high engineers (Excellent × High)' },
  position: { zh: '岗位', en: 'Position' },
  level: { zh: '培育层级', en: 'Level' },
  keyPosition: { zh: '关键岗位', en: 'Key position' },
  topGaps: { zh: '主要差距', en: 'Top gaps' },
  noneDoubleHigh: { zh: '无', en: 'None' },
  checkTitle: { zh: '四、分布检查', en: '4. Distribution check' },
  checkOk: { zh: '✓ 各格占比均在指引范围内', en: '✓ Every box is within the guidance' },
  checkSmall: { zh: '本部门不足 {n} 人，未做分布检查', en: 'Fewer than {n} engineers: not checked' },
  notes: { zh: '会议记录', en: 'Meeting notes' },
  discussionTitle: { zh: '五、需讨论的人员', en: '5. Engineers to discuss' },
  discussionWhy: { zh: '列入原因', en: 'Why listed' },
  discussionNone: { zh: '无：本部门没有需要专门讨论的人员', en: 'None: nobody in this department needs a separate discussion' },
  discussionLegend: { zh: '列入：', en: 'Listed: ' },
  planningTitle: { zh: '六、关键岗位与人才供需（本部门）', en: '6. Key positions, supply and demand (this department)' },
} satisfies Record<string, Text>;

/** Why people are on the discussion list, one clause per kind (flight risk first: a handout may leave it out). */
export const DISCUSSION_LEGEND: { flightRisk: Text; rest: Text } = {
  flightRisk: { zh: '9、8、6 格流失风险高；', en: 'boxes 9, 8, 6 at high flight risk; ' },
  rest: {
    zh: '建议出库；关键岗位无即刻可用的后备；会议校准或提议校准；分数距分界线 2 分以内（百分制）、0.2 以内（五分制）或推导潜力距分界线 0.1 以内；需要导师未结对。',
    en: 'suggested pool exit; a key post with no successor ready now; calibrated or proposed; a score within 2 points of a cut-off (0–100), 0.2 (1–5), or a derived potential within 0.1; a mentee with no mentor.',
  },
};
