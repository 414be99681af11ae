// A box as another nine-box tool writes it (issue 15; DOMAIN.md, the previous box "1–9 or a box label"): read
// only where the text names one box unambiguously — a position "[H,M]" in the [performance, potential] order
// bencan1a/9boxer documents ("Star [H,H]", "Core Talent [M,M]"), both axes named in words ("High Performance /
// Moderate Potential", 高绩效-中潜力), or a numbered position ("Box 7", "Position 7", 第7格). Box numbers follow
// DOMAIN.md: 3 × potential index + performance index + 1, which is also 9boxer's numbering.
import type { Box } from '../../domain/types';

const LEVEL: Record<string, number> = { l: 0, low: 0, 低: 0, m: 1, medium: 1, moderate: 1, mid: 1, 中: 1, h: 2, high: 2, 高: 2 };

function boxOf(perf: number | undefined, pot: number | undefined): Box | undefined {
  if (perf === undefined || pot === undefined) return undefined;
  return (3 * pot + perf + 1) as Box;
}

export function parseForeignBox(raw: string): Box | undefined {
  const s = raw.normalize('NFKC').toLowerCase().trim();
  const pair = /\[\s*(h|m|l)\s*,\s*(h|m|l)\s*\]/u.exec(s);
  if (pair) return boxOf(LEVEL[pair[1]], LEVEL[pair[2]]);
  const perf = /(high|medium|moderate|mid|low|高|中|低)[\s-]*(?:performance|performer|绩效)/u.exec(s);
  const pot = /(high|medium|moderate|mid|low|高|中|低)[\s-]*(?:potential|潜力|潜能)/u.exec(s);
  if (perf && pot) return boxOf(LEVEL[perf[1]], LEVEL[pot[1]]);
  const numbered = /^(?:box|position|grid|cell|9-?box)\s*[#:：-]?\s*([1-9])$|^第\s*([1-9])\s*[格宫]$|^([1-9])\s*号[格宫]$/u.exec(s);
  if (numbered) return Number(numbered[1] ?? numbered[2] ?? numbered[3]) as Box;
  return undefined;
}
