// The explanation's words for the two performance lines and for competencies from 能力评价 (DOMAIN.md,
// Two-line performance; Assessments): 「岗位 88 × 0.7 + 创新 72 × 0.3 = 83.2」, 「能力：360 评价 7 人」.
import { PERF_LABELS, SCALE_LABELS } from './catalogue';
import { formatNumber } from './gaps';
import type { AssessedFrom, LineRead, Text, TwoLineRead } from './types';

const LINE_NAMES = { post: { zh: '岗位', en: 'post' }, innovation: { zh: '创新', en: 'innovation' } } as const;

/** One line as read: `88` for a score, `A→优秀` for a rating (its band, since ratings combine by bands). */
function lineValue(line: LineRead, byBand: boolean): Text {
  const read = line.source.kind === 'score' ? formatNumber(line.source.value) : line.source.raw.trim();
  if (!byBand) return { zh: read, en: read };
  return { zh: `${read}(${PERF_LABELS[line.band].zh})`, en: `${read} (${PERF_LABELS[line.band].en})` };
}

/** 「岗位 88 × 0.7 + 创新 72 × 0.3 = 83.2（百分制）」, or one line alone: 「岗位 88（创新未填）」. */
export function twoLineText(lines: TwoLineRead): Text {
  const { post, innovation, weights, combined } = lines;
  if (!post || !innovation) {
    const [have, missing] = post ? (['post', 'innovation'] as const) : (['innovation', 'post'] as const);
    const line = (post ?? innovation) as LineRead;
    const v = lineValue(line, false);
    return {
      zh: `${LINE_NAMES[have].zh} ${v.zh}（${LINE_NAMES[missing].zh}未填）`,
      en: `${LINE_NAMES[have].en} ${v.en} (${LINE_NAMES[missing].en} not given)`,
    };
  }
  const byBand = combined?.kind !== 'score';
  const p = lineValue(post, byBand);
  const i = lineValue(innovation, byBand);
  const wp = formatNumber(weights.post);
  const wi = formatNumber(weights.innovation);
  const value = combined ? formatNumber(combined.value) : '';
  const scale = combined?.kind === 'score' ? SCALE_LABELS[combined.scale] : undefined;
  return {
    zh: `岗位 ${p.zh} × ${wp} + 创新 ${i.zh} × ${wi} = ${value}${scale ? `（${scale.zh}）` : ''}`,
    en: `post ${p.en} × ${wp} + innovation ${i.en} × ${wi} = ${value}${scale ? ` (${scale.en})` : ''}`,
  };
}

/** The overall rating read, with the two lines shown beside it: 「A（岗位 88，创新 72）」. */
export function linesShown(read: Text, lines: TwoLineRead | undefined): Text {
  if (!lines || (!lines.post && !lines.innovation)) return read;
  const part = (k: 'post' | 'innovation'): Text | undefined => {
    const l = lines[k];
    return l ? { zh: `${LINE_NAMES[k].zh} ${lineValue(l, false).zh}`, en: `${LINE_NAMES[k].en} ${lineValue(l, false).en}` } : undefined;
  };
  const parts = [part('post'), part('innovation')].filter((t): t is Text => t !== undefined);
  return {
    zh: `${read.zh}（${parts.map((t) => t.zh).join('，')}）`,
    en: `${read.en} (${parts.map((t) => t.en).join(', ')})`,
  };
}

/** 「能力：360 评价 7 人」 where the aggregate replaced competencies. */
export function assessedText(assessed: AssessedFrom | undefined): Text | undefined {
  if (!assessed || assessed.competencies.length === 0) return undefined;
  const n = assessed.raters;
  return { zh: `能力：360 评价 ${n} 人`, en: `competencies: 360° assessment, ${n} ${n === 1 ? 'rater' : 'raters'}` };
}
