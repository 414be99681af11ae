// The review's input read through cleaned grids (cellText.ts): text and numbers the output can hold, with a
// note at each input cell that was changed — only for the sheets the review uses (roster, standards, settings).
import { cleanedHost } from './cellText';
import type { WorkbookHost } from './host';
import { readReviewInput, type ReadOptions, type ReadOutcome } from './read';
import { sortProblems } from './read/index';

export async function readCleanInput(source: WorkbookHost, options: ReadOptions): Promise<ReadOutcome> {
  const src = cleanedHost(source);
  const settings = options.settingsHost ? cleanedHost(options.settingsHost) : undefined;
  const read = await readReviewInput(src.host, { ...options, settingsHost: settings?.host });
  if (!read.ok) return read;
  const used = new Set(read.input.sourceSheets.map((g) => g.name));
  const notes = [...src.problems(), ...(settings?.problems() ?? [])].filter((p) => used.has(p.sheet));
  if (notes.length === 0) return read;
  const tabs = [...(await source.sheets()), ...(options.settingsHost ? await options.settingsHost.sheets() : [])];
  const order = new Map<string, number>();
  for (const t of tabs) if (!order.has(t.name)) order.set(t.name, order.size);
  return { ok: true, input: { ...read.input, problems: sortProblems([...read.input.problems, ...notes], order) } };
}
