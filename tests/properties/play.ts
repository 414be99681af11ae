// Plays a scenario on a bench: the first run, then per step the roster edits, the notes a person types into
// the people's cells, the rows added to 校准记录, and the next run — checking after every run that the review
// is the one the oracle expects, that no typed note is lost and that the calibration log only grows.
import type { Box, Lang } from '../../src/domain/types';
import type { RawValue } from '../../src/workbook/host';
import type { PlanValue } from '../../src/workbook/plan';
import type { RunOutcome } from '../../src/workbook/run';
import { applyEdit, expected, type Roster, type Scenario } from './arbitraries';
import {
  archiveOf,
  bench as newBench,
  expectReviewed,
  isBlankValue,
  nowOf,
  peopleSheets,
  registryOf,
  slotsOf,
  type Bench,
  type Flavour,
  type PeopleRole,
  type Slot,
} from './harness';

interface Note {
  role: PeopleRole;
  scope: Slot['scope'];
  owner: string;
  rowKey: string;
  field: string;
  text: string;
  /** live: on its row; archived: in the archive section; cleared: the person emptied the cell. */
  state: 'live' | 'archived' | 'cleared';
  /** For messages: which step typed it. */
  step: number;
}

/**
 * How 校准记录 names an engineer: the ID as shown, after NFKC and trimming (src/domain/calibration.ts) — unlike
 * the roster's duplicate check, case counts, so `e040` and `E040` are two IDs to the log.
 */
const logKey = (id: string): string => id.normalize('NFKC').trim();

const sameCell = (a: Pick<Note, 'scope' | 'owner' | 'rowKey' | 'field'>, b: Pick<Note, 'scope' | 'owner' | 'rowKey' | 'field'>): boolean =>
  a.scope === b.scope && a.owner === b.owner && a.rowKey === b.rowKey && a.field === b.field;

export interface PlayOptions {
  /** Check every run against the oracle (property 2). */
  reviewed?: boolean;
  /** Check typed notes and the calibration log after every run (property 4). */
  notes?: boolean;
  /** Called after every run with its outcome (determinism collects the plans). */
  onRun?: (out: RunOutcome, bench: Bench) => Promise<void> | void;
}

export interface Played {
  bench: Bench;
  roster: Roster;
  lang: Lang;
  runs: number;
  outcomes: RunOutcome[];
  /** The one-person plan sheets the last run asked for. */
  plansFor?: string[];
}

function describe(n: Note): string {
  return `${n.scope}/${n.owner}/${n.rowKey}/${n.field} = ${JSON.stringify(n.text)} (typed at step ${n.step}, ${n.state})`;
}

export async function play(flavour: Flavour, scenario: Scenario, options: PlayOptions = {}): Promise<Played> {
  const bench = newBench(flavour);
  let roster = scenario.roster;
  let lang = scenario.lang;
  let runs = 0;
  const outcomes: RunOutcome[] = [];
  const notes: Note[] = [];
  const logRows: PlanValue[][] = [];
  /** ID key → the box of the last calibration row naming it. */
  const calibrated = new Map<string, Box>();
  let tag = 0;

  let plansFor: string[] | undefined;
  const run = async (): Promise<RunOutcome> => {
    const out = await bench.run({ lang, now: nowOf(runs), plansFor });
    runs++;
    outcomes.push(out);
    // A roster that reviews nobody because its rows share one cause (unknown rating words) stops the run with
    // one error (DOMAIN.md, Input sheets); any other roster runs.
    if (!out.ok) {
      expect(expected(roster).valid).toHaveLength(0);
      expect(out.fatal.message.en).toContain('so nobody can be reviewed');
      await options.onRun?.(out, bench);
      return out;
    }
    if (options.reviewed) expectReviewed(roster, out);
    if (options.notes) await checkNotes(out);
    await options.onRun?.(out, bench);
    return out;
  };

  const checkNotes = async (out: RunOutcome): Promise<void> => {
    if (!out.ok) return;
    const snap = await bench.snapshot();
    const reviewed = new Set(out.result.reviews.map((r) => r.engineer.id));
    const sheets = peopleSheets(snap);
    for (const n of [...notes]) {
      const main = sheets.find((x) => x.role === n.role && !x.onePerson);
      const values = (main ? snap.get(main.sheet) : undefined) ?? [];
      // A one-person plan sheet this run wrote shows the same cell as the plans sheet (one of an engineer no
      // longer reviewed is left as it was).
      for (const one of sheets.filter((x) => x.onePerson && x.role === n.role && out.plans.some((p) => p.name === x.sheet))) {
        const v = snap.get(one.sheet) ?? [];
        const at = slotsOf(v).find((x) => sameCell(x, n));
        if (at && n.state !== 'archived') {
          const got = v[at.row]?.[at.col] ?? null;
          if (n.state === 'cleared') expect({ note: describe(n), sheet: one.sheet, blank: isBlankValue(got) }).toEqual({ note: describe(n), sheet: one.sheet, blank: true });
          else expect({ note: describe(n), sheet: one.sheet, value: got }).toEqual({ note: describe(n), sheet: one.sheet, value: n.text });
        }
      }
      const slot = slotsOf(values).find((s) => sameCell(s, n));
      const archived = archiveOf(values).some((a) => sameCell(a, n) && a.content === n.text);
      if (n.state === 'cleared') {
        if (slot) expect({ note: describe(n), value: values[slot.row]?.[slot.col] ?? null, blank: isBlankValue(values[slot.row]?.[slot.col]) }).toMatchObject({ blank: true });
        else notes.splice(notes.indexOf(n), 1);
        continue;
      }
      if (n.state === 'live' && slot) {
        const value: RawValue = values[slot.row]?.[slot.col] ?? null;
        expect({ note: describe(n), value }).toEqual({ note: describe(n), value: n.text });
        continue;
      }
      // The row is gone: the note is in the archive, and stays there.
      expect({ note: describe(n), archived }).toEqual({ note: describe(n), archived: true });
      // A plan's notes and sign-off rows and the summary's sign-off exist while their engineer is reviewed.
      if (n.state === 'live' && (n.scope === 'summary' || (n.scope === 'plan' && (n.rowKey === 'notes' || n.rowKey === 'signoff')))) {
        expect({ note: describe(n), ownerReviewed: n.scope === 'summary' || reviewed.has(n.owner) }).toEqual({ note: describe(n), ownerReviewed: false });
      }
      n.state = 'archived';
    }
    // The calibration log only grows: every row a person added is still there, in order.
    if (logRows.length > 0) {
      const entry = registryOf(snap).find((e) => e.role === 'calibration');
      const log = (entry ? snap.get(entry.sheet) : undefined) ?? [];
      const rows = log.map((r) => JSON.stringify(r.slice(0, 7).map((v) => (v === '' ? null : v))));
      let at = 0;
      for (const want of logRows) {
        const key = JSON.stringify(want.map((v) => (v === '' ? null : v)));
        const found = rows.indexOf(key, at);
        expect({ logRow: key, found: found >= 0 }).toEqual({ logRow: key, found: true });
        at = found + 1;
      }
      // The last row naming an engineer sets the final box.
      for (const r of out.result.reviews) {
        const box = calibrated.get(logKey(r.engineer.id));
        if (box !== undefined) expect({ id: r.engineer.id, finalBox: r.finalBox }).toEqual({ id: r.engineer.id, finalBox: box });
      }
    }
  };

  await bench.setRoster(roster);
  let last = await run();

  for (const [i, step] of scenario.steps.entries()) {
    for (const edit of step.edits) roster = applyEdit(roster, edit);
    await bench.setRoster(roster);

    // A person types into the people's cells of the sheets as the last run wrote them.
    if (step.notes.length > 0) {
      const snap = await bench.snapshot();
      const cells = peopleSheets(snap).flatMap(({ role, sheet }) => slotsOf(snap.get(sheet) ?? []).map((s) => ({ role, sheet, slot: s })));
      const writes = new Map<string, { row: number; col: number; value: string }[]>();
      /** A cell is typed once a round: the plans sheet and a one-person sheet show the same cell. */
      const typedNow: Slot[] = [];
      if (cells.length > 0) {
        for (const typed of step.notes) {
          const before = cells.filter((c) => notes.some((n) => n.state !== 'archived' && sameCell(n, c.slot)));
          // A scope first (plans hold most cells; pairs and the sign-off would hardly be typed into otherwise).
          const pool = typed.again && before.length > 0 ? before : cells;
          const scopes = [...new Set(pool.map((c) => c.slot.scope))];
          const from = pool.filter((c) => c.slot.scope === scopes[typed.pick % scopes.length]);
          const { role, sheet, slot } = from[Math.floor(typed.pick / scopes.length) % from.length];
          if (typedNow.some((x) => sameCell(x, slot))) continue;
          typedNow.push(slot);
          const blank = typed.text.trim() === '';
          const text = blank ? typed.text : `${typed.text}·${tag++}`;
          for (const n of notes.filter((x) => x.state !== 'archived' && sameCell(x, slot))) notes.splice(notes.indexOf(n), 1);
          notes.push({ role, scope: slot.scope, owner: slot.owner, rowKey: slot.rowKey, field: slot.field, text, state: blank ? 'cleared' : 'live', step: i });
          const list = writes.get(sheet) ?? [];
          list.push({ row: slot.row, col: slot.col, value: text });
          writes.set(sheet, list);
        }
        for (const [sheet, list] of writes) await bench.type(sheet, list);
      }
    }

    // Calibration rows added by hand, for engineers the last run reviewed (or an ID nobody has).
    if (step.log.length > 0 && last.ok) {
      const snap = await bench.snapshot();
      const entry = registryOf(snap).find((e) => e.role === 'calibration');
      const reviews = last.result.reviews;
      const rows: PlanValue[][] = [];
      for (const l of step.log) {
        if (l.unknown || reviews.length === 0) {
          rows.push(['2025-07-01 10:00', `ZZ${l.pick % 100}`, '', 5, l.to, l.reason, '王总']);
          continue;
        }
        const r = reviews[l.pick % reviews.length];
        rows.push(['2025-07-01 10:00', r.engineer.id, r.engineer.name, r.finalBox, l.to, l.reason, '王总']);
        calibrated.set(logKey(r.engineer.id), l.to);
      }
      if (entry) {
        await bench.append(entry.sheet, rows);
        logRows.push(...rows);
      }
    }

    lang = step.lang;
    const reviewedNow = last.ok ? last.result.reviews : [];
    plansFor = step.onePerson !== null && reviewedNow.length > 0 ? [reviewedNow[step.onePerson % reviewedNow.length].engineer.id] : undefined;
    last = await run();
  }
  return { bench, roster, lang, runs, outcomes, plansFor };
}
