// The one-line explanation of a placement, which a person can check by hand against the roster
// (DOMAIN.md, Banding): what was read, how it was banded, and the box it gives.
// 「绩效 A→优秀；潜力 由5项能力推导 +0.6→高 → 9 超级明星」
import { boxLabel, PERF_LABELS, POT_LABELS, SCALE_LABELS } from './catalogue';
import { formatNumber } from './gaps';
import type { Settings } from './settings';
import { assessedText, linesShown, twoLineText } from './explainLines';
import type { BandSource, Engineer, Placement, Text } from './types';

function signed(n: number): string {
  const s = formatNumber(n);
  return n > 0 || s === '0' ? `+${s}` : s;
}

/** What was read for one axis, without the axis name: `A`, `Exceeds（映射）`, `得分88（百分制）`, `A（得分88）`. */
function sourceText(source: BandSource, shownScore: number | undefined): Text {
  if (source.kind === 'twoLine') return twoLineText(source.lines);
  if (source.kind === 'assessed') {
    const v = formatNumber(source.index);
    return { zh: `360 评价 ${v}（${source.raters} 人）`, en: `360° assessment ${v} (${source.raters} raters)` };
  }
  if (source.kind === 'score') {
    const v = formatNumber(source.value);
    return {
      zh: `得分${v}（${SCALE_LABELS[source.scale].zh}）`,
      en: `score ${v} (${SCALE_LABELS[source.scale].en})`,
    };
  }
  const raw = source.raw.trim();
  const parts: { zh: string[]; en: string[] } = { zh: [], en: [] };
  if (source.mapped) {
    parts.zh.push('映射');
    parts.en.push('mapped');
  }
  if (shownScore !== undefined) {
    parts.zh.push(`得分${formatNumber(shownScore)}`);
    parts.en.push(`score ${formatNumber(shownScore)}`);
  }
  return {
    zh: parts.zh.length ? `${raw}（${parts.zh.join('，')}）` : raw,
    en: parts.en.length ? `${raw} (${parts.en.join(', ')})` : raw,
  };
}

export function explainPlacement(
  engineer: Pick<Engineer, 'performance' | 'potential' | 'assessed'>,
  placement: Placement,
  settings?: Pick<Settings, 'boxLabels'>,
): Text {
  const perfRead = linesShown(sourceText(engineer.performance.source, engineer.performance.shownScore), engineer.performance.lines);
  const perf: Text = {
    zh: `绩效 ${perfRead.zh}→${PERF_LABELS[placement.performance].zh}`,
    en: `Performance ${perfRead.en}→${PERF_LABELS[placement.performance].en}`,
  };

  const basis = placement.potentialBasis;
  let potRead: Text;
  if (basis.kind === 'derived') {
    const mean = signed(basis.meanSurplus);
    const n = basis.assessed;
    potRead = {
      zh: `由${n}项能力推导 ${mean}`,
      en: `derived from ${n} ${n === 1 ? 'competency' : 'competencies'} ${mean}`,
    };
  } else {
    potRead = sourceText(basis.source, engineer.potential?.shownScore);
  }
  const pot: Text = {
    zh: `潜力 ${potRead.zh}→${POT_LABELS[placement.potential].zh}`,
    en: `potential ${potRead.en}→${POT_LABELS[placement.potential].en}`,
  };

  const overrides = settings?.boxLabels;
  const box = placement.box;
  const assessed = assessedText(engineer.assessed);
  return {
    zh: `${perf.zh}；${pot.zh} → ${box} ${boxLabel(box, 'zh-CN', overrides)}${assessed ? `；${assessed.zh}` : ''}`,
    en: `${perf.en}; ${pot.en} → ${box} ${boxLabel(box, 'en-US', overrides)}${assessed ? `; ${assessed.en}` : ''}`,
  };
}
