// A sheet of a person's own — one the registry does not know, say last year's hand-made 盘点结果 — that
// has the name of a sheet this run writes is never written over: the run's sheet takes the first free
// name `<name>(2)`, `(3)`…, and the data check says where it went (later runs write it in place, without a
// word). The calibration log is the exception:
// one found by its name is the log and joins the registry as it is (DOMAIN.md, Calibration).
import type { SheetPlan } from '../plan';
import { problem, type Problem } from '../problems';
import { withSuffix } from './text';
import type { RegistryEntry } from './registry';

export interface OwnSheetsKept {
  plans: SheetPlan[];
  /** A warning per sheet of a person's own that a plan would have written over. */
  problems: Problem[];
}

/** Whether `name` is `base` moved aside by this rule: `<base>(n)`, cut to fit 31 characters. */
function movedAside(name: string, base: string): boolean {
  const n = /\((\d+)\)$/u.exec(name)?.[1];
  return n !== undefined && withSuffix(base, `(${n})`).toLowerCase() === name.toLowerCase();
}

/**
 * `present`: the sheets the target has now; `registered`: the registry's entries for them. Input copies are
 * left as they are: inside a workbook that is its own input (the standalone page, a review workbook given
 * back), the sheet an input copy would meet is the very sheet it copies.
 */
export function keepOwnSheets(plans: readonly SheetPlan[], present: readonly string[], registered: readonly RegistryEntry[]): OwnSheetsKept {
  const known = new Set(registered.map((e) => e.sheet.toLowerCase()));
  const own = new Set(present.map((n) => n.toLowerCase()).filter((n) => !known.has(n)));
  const taken = new Set([...present, ...plans.map((p) => p.name)].map((n) => n.toLowerCase()));
  const problems: Problem[] = [];
  const out = plans.map((p) => {
    if (p.role === 'registry' || p.role === 'calibration' || p.role === 'input' || !own.has(p.name.toLowerCase())) return p;
    // Moved aside by an earlier run: the sheet it replaces (ours, registered) keeps the name it was given.
    const before = p.replaces?.toLowerCase();
    const otherPlan = (n: string): boolean => plans.some((q) => q !== p && q.name.toLowerCase() === n);
    if (p.replaces !== undefined && before !== undefined && !own.has(before) && !otherPlan(before) && movedAside(p.replaces, p.name)) {
      const { replaces: _same, ...plan } = p;
      return { ...plan, name: p.replaces };
    }
    // Else the first free `<name>(n)`; the sheet this plan replaces (another language's, say) is free for it.
    let name = withSuffix(p.name, '(2)');
    for (let i = 3; taken.has(name.toLowerCase()) && name.toLowerCase() !== before; i++) name = withSuffix(p.name, `(${i})`);
    taken.add(name.toLowerCase());
    problems.push(
      problem(p.name, '', 'warning',
        `工作表「${p.name}」不是本工具写入的，已原样保留；本次写入的同名工作表改名为「${name}」`,
        `The sheet "${p.name}" was not written by this tool and is kept as it is; this run's sheet of that name is "${name}"`),
    );
    if (name.toLowerCase() === before) {
      const { replaces: _same, ...plan } = p;
      return { ...plan, name };
    }
    return { ...p, name };
  });
  return { plans: out, problems };
}
