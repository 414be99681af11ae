// A problem a user can cause: a value with its sheet, cell and a message in both languages.
import type { Text } from '../domain/types';

/** `info`: a choice the reader made on the person's behalf (a roster found by its columns, a column guessed from its name), shown in the data check so it can be checked. */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  sheet: string;
  /** A1 address of the cell (or range) at fault; empty when the problem has no single cell. */
  cell: string;
  severity: Severity;
  message: Text;
}

/** Letters of the columns asked for so far: a plans sheet writes half a million addresses in nine columns. */
const LETTERS: string[] = [];

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = lettersOf(col);
  if (Number.isInteger(col) && col >= 0 && col < 16384) LETTERS[col] = letters;
  return letters;
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column → A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range from two 0-based corners. */
export function a1Range(r1: number, c1: number, r2: number, c2: number): string {
  if (r1 === r2 && c1 === c2) return a1(r1, c1);
  return `${a1(r1, c1)}:${a1(r2, c2)}`;
}

export function problem(sheet: string, cell: string, severity: Severity, zh: string, en: string): Problem {
  return { sheet, cell, severity, message: { zh, en } };
}
