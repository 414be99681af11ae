// The columns a department head fills (DOMAIN.md, Department workbooks): potential, the five competencies,
// the two performance lines (§四(三)4(1), rated by the department head) and comments. Found by the
// review's own column mapping where it has the field, else by the header's words.
import type { FieldKey } from '../../domain/settings';
import { headerKey } from '../read/columns';

const FILL_FIELDS: readonly FieldKey[] = [
  'potential', 'potentialScore', 'research', 'practice', 'problemSolving', 'integration', 'innovation',
];

/** Headers of the two performance lines and of comments (no field of the review reads them yet). */
const FILL_WORDS = [
  '岗位绩效', '创新绩效', 'postperformance', 'innovationperformance',
  '备注', '评语', '评价意见', '上级意见', '部门意见', 'comment', 'remark', 'note',
].map(headerKey);

/** 0-based sheet columns to fill, in column order. */
export function fillColumns(headers: readonly string[], columns: Partial<Record<FieldKey, number>>): number[] {
  const out = new Set<number>();
  for (const f of FILL_FIELDS) {
    const c = columns[f];
    if (c !== undefined) out.add(c);
  }
  headers.forEach((h, c) => {
    const k = headerKey(h);
    if (k !== '' && FILL_WORDS.some((w) => k.includes(w))) out.add(c);
  });
  return [...out].sort((a, b) => a - b);
}
