// The setting 打印隐藏敏感信息 / hide sensitive in print (DOMAIN.md, Printing; §四(二)1(5)①: results are
// published inside the company). Output sheets are the handouts, so with the setting on they are written
// without flight risk and without the labels of boxes 1 and 4 (the box numbers stay): nothing to forget
// to hide before printing.
import { BOX_TABLE, boxLabel } from '../../domain/catalogue';
import type { Settings } from '../../domain/settings';
import type { Box, Lang } from '../../domain/types';

/** The boxes whose labels a handout leaves out. */
export const SENSITIVE_BOXES: readonly Box[] = [1, 4];

export function hidesSensitive(settings: Pick<Settings, 'hideSensitiveInPrint'>): boolean {
  return settings.hideSensitiveInPrint;
}

/** The label of a box as the output sheets show it: empty for boxes 1 and 4 when the setting is on. */
export function shownBoxLabel(box: Box, lang: Lang, settings: Pick<Settings, 'boxLabels' | 'hideSensitiveInPrint'>): string {
  if (settings.hideSensitiveInPrint && SENSITIVE_BOXES.includes(box)) return '';
  return boxLabel(box, lang, settings.boxLabels);
}

/** 「4 待改进者」, or 「4」 when the label is left out. */
export function boxWithLabel(box: Box, lang: Lang, settings: Pick<Settings, 'boxLabels' | 'hideSensitiveInPrint'>): string {
  const label = shownBoxLabel(box, lang, settings);
  return label === '' ? String(box) : `${box} ${label}`;
}

/**
 * A text of the engine (an explanation, a pool reason) without the labels of boxes 1 and 4 when the setting
 * is on; brackets left empty by the removal go too.
 */
export function redact(text: string, settings: Pick<Settings, 'boxLabels' | 'hideSensitiveInPrint'>): string {
  if (!settings.hideSensitiveInPrint) return text;
  let out = text;
  for (const box of SENSITIVE_BOXES) {
    const labels = new Set([BOX_TABLE[box].label.zh, BOX_TABLE[box].label.en, settings.boxLabels[box]]);
    for (const l of labels) if (l) out = out.split(l).join('');
  }
  return out.replace(/（\s*）|\(\s*\)/gu, '').replace(/ {2,}/gu, ' ').replace(/ +([；;，,。）)])/gu, '$1').trim();
}
