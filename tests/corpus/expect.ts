// Matching the corpus's expectations against what a host or the command line reported.
import type { Problem } from '../../src/workbook/problems';
import type { Expected } from './cases';

export const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** `工程师名单!D6` as the command line prints it; the sheet (or file) alone when there is no cell. */
export function where(e: Pick<Expected, 'sheet' | 'cell'>): string {
  return [e.sheet, e.cell].filter(Boolean).join('!');
}

export function describeExpected(e: Expected): string {
  return `${where(e) || '(workbook)'} [${e.severity}] ${e.zh.join(' … ')}`;
}

/** The problem matching an expectation: same sheet, cell and severity, and every fragment in both languages. */
export function matches(p: Problem, e: Expected): boolean {
  return (
    p.sheet === e.sheet &&
    p.cell === e.cell &&
    p.severity === e.severity &&
    e.zh.every((f) => p.message.zh.includes(f)) &&
    e.en.every((f) => p.message.en.includes(f))
  );
}

/** Expectations no problem matches, and problems no expectation explains: both empty when all is as expected. */
export function compareProblems(
  problems: readonly Problem[],
  expected: readonly Expected[],
): { missing: string[]; unexpected: string[] } {
  const missing = expected.filter((e) => !problems.some((p) => matches(p, e))).map(describeExpected);
  const unexpected = problems
    .filter((p) => !expected.some((e) => matches(p, e)))
    .map((p) => `${where(p) || '(workbook)'} [${p.severity}] ${p.message.zh} | ${p.message.en}`);
  return { missing, unexpected };
}

/** A stack trace or an internal-error line: never shown for what a user can cause. */
export const STACK_OR_CRASH = /\n\s+at [^\n]*:\d+:\d+|内部错误|Internal error|TypeError|ReferenceError/u;
