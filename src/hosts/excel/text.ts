// Which strings Excel would not keep as typed: it reads `=`, `+`, `-`, `@` as the start of a formula and
// turns numbers, percentages, dates, times and TRUE/FALSE typed as text into other values. Such cells get
// the text format `@` before their value is written, so they arrive exactly as the plan holds them.
const FORMULA_START = /^[=+\-@]/u;
const NUMBER_LIKE = /^\s*[+-]?[$¥€£]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/u;
const DATE_LIKE = /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}/u;
const TIME_LIKE = /^\s*\d{1,2}:\d{2}/u;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/iu;

export function needsTextFormat(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  return (
    FORMULA_START.test(value) ||
    NUMBER_LIKE.test(value) ||
    DATE_LIKE.test(value) ||
    TIME_LIKE.test(value) ||
    BOOLEAN_LIKE.test(value)
  );
}

/** `&` starts a code in Excel's header and footer language; a literal one is doubled. */
export function headerFooterText(text: string): string {
  return text.replace(/&/gu, '&&');
}

/** Column width in characters (as plans give it) → points (Excel.Range.format.columnWidth): ~7 px a character plus 5 px padding, 0.75 pt a pixel. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
