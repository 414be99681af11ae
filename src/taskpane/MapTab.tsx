// Map columns: pick the roster sheet and the column of each roster field, and save the choice as `列:` rows
// (and 名单工作表) in 盘点设置, then check again. Required fields, the key ones and guesses come first, the
// rest folded; columns read "A 列 · 工号" as HR names them. A guess is marked and is saved only once a person
// confirms it (or picks a column); a guess the person cleared stays cleared.
import { Badge, Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldKey, Settings } from '../domain/settings';
import { FIELD_NAMES } from '../domain/settingsKeys';
import type { SheetGrid, SheetInfo, WorkbookHost } from '../workbook/host';
import { proposeMapping, type FieldProposal, type MappingProposal } from '../workbook/mapping';
import { findSheetByName, ROSTER_SHEET_NAMES, rosterCandidates } from '../workbook/read/sheets';
import { settingsCellWrites, type SettingsWriteEntry } from '../workbook/settingsWrite';
import { VALUE_MAP_FIELD, VALUE_MAP_KINDS, valueMapEntries, valuesInColumn, type MapBand, type ValueMapKind } from '../workbook/valueMaps';
import { Failure } from './Failure';
import { Fold } from './Fold';
import { FIELD_LABELS, type Strings } from './i18n';
import { useStyles } from './styles';
import { ValueMaps, type ValueMapColumn } from './ValueMaps';
import { keyLang, readSettingsState, type CheckState, type SettingsSheetState } from './workbookState';

export interface MapTabProps {
  s: Strings;
  host: WorkbookHost;
  check: CheckState;
  /** Checks the workbook again; resolves when done. */
  refresh: () => Promise<void>;
  /** The field Home sent the person to: shown first, and focused. */
  focusField?: FieldKey;
  /** Runs the review (and shows Run): offered after a save that leaves engineers to review. */
  startRun?: () => void;
}

/** Shown unfolded, after the required ones: what a review table and the grid need most. */
const KEY_FIELDS: readonly FieldKey[] = ['performanceScore', 'name', 'department', 'potential', 'potentialScore', 'level'];

/** "A 列 · 工号" from a header cell at A1. */
export function columnOption(address: string, text: string, zh: boolean): string {
  const letters = address.replace(/\d+$/u, '');
  return zh ? `${letters} 列 · ${text}` : `Column ${letters} · ${text}`;
}

type Choices = Partial<Record<FieldKey, number>>;

interface Loaded {
  state: SettingsSheetState;
  candidates: SheetInfo[];
  /** The sheet the reader would take by name (settings' 名单工作表, then the usual names). */
  byName: string | undefined;
  sheet: string | undefined;
  proposal: MappingProposal | undefined;
  /** The roster sheet as read, for the values of its columns (value maps). */
  grid: SheetGrid | undefined;
  choices: Choices;
}

/** Values listed per value map (a rating column has a handful; more means it is not one). */
const MAX_VALUES = 12;

type Chosen = Partial<Record<ValueMapKind, Record<string, MapBand | null>>>;

type Notice = { intent: 'success' | 'error' | 'info'; text: string };

function choicesOf(p: MappingProposal | undefined, dismissed: ReadonlySet<FieldKey>): Choices {
  const out: Choices = {};
  for (const f of p?.fields ?? []) if (f.header && !(f.source === 'guess' && dismissed.has(f.field))) out[f.field] = f.header.col;
  return out;
}

async function proposalFor(
  host: WorkbookHost,
  sheet: string | undefined,
  settings: Settings,
): Promise<{ proposal: MappingProposal | undefined; grid: SheetGrid | undefined }> {
  if (sheet === undefined) return { proposal: undefined, grid: undefined };
  const [grid] = await host.readSheets([sheet]);
  return { proposal: grid ? proposeMapping(grid, settings) : undefined, grid };
}

export function MapTab({ s, host, check, refresh, focusField, startRun }: MapTabProps) {
  const styles = useStyles();
  // Guesses a person confirmed, and guesses a person cleared (kept cleared across a save and a reload).
  const [confirmed, setConfirmed] = useState<ReadonlySet<FieldKey>>(new Set());
  const dismissed = useRef(new Set<FieldKey>());
  const focused = useRef<HTMLSelectElement | null>(null);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [chosen, setChosen] = useState<Chosen>({});
  const checkedRoster = check.status === 'ready' && check.outcome.ok ? check.outcome.input.rosterSheet : undefined;

  const load = useCallback(
    async (preferred?: string): Promise<void> => {
      setError(undefined);
      try {
        const state = await readSettingsState(host);
        const candidates = rosterCandidates(state.sheets);
        const byName = findSheetByName(state.sheets, [state.settings.rosterSheet, ...ROSTER_SHEET_NAMES])?.name;
        const sheet = preferred ?? checkedRoster ?? byName ?? candidates[0]?.name;
        const { proposal, grid } = await proposalFor(host, sheet, state.settings);
        setChosen({});
        setLoaded({ state, candidates, byName, sheet, proposal, grid, choices: choicesOf(proposal, dismissed.current) });
      } catch (e) {
        setError(e);
      }
    },
    [host, checkedRoster],
  );

  useEffect(() => {
    void load();
    // Load once when the page opens; a save reloads explicitly.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const ready = loaded !== undefined;
  useEffect(() => {
    if (ready && focusField) focused.current?.focus();
  }, [ready, focusField]);

  if (error !== undefined) return <Failure s={s} error={error} onRetry={() => void load()} />;
  if (!loaded) return <Spinner size="small" label={s.t('loading')} />;
  const { proposal, choices } = loaded;

  const changeSheet = async (sheet: string): Promise<void> => {
    setNotice(undefined);
    try {
      const { proposal: p, grid } = await proposalFor(host, sheet, loaded.state.settings);
      setConfirmed(new Set());
      setChosen({});
      dismissed.current.clear();
      setLoaded({ ...loaded, sheet, proposal: p, grid, choices: choicesOf(p, dismissed.current) });
    } catch (e) {
      setError(e);
    }
  };

  /** A guess still waiting for a person's word: shown, never saved. */
  const pending = (f: FieldProposal): boolean => f.source === 'guess' && choices[f.field] === f.header?.col && !confirmed.has(f.field);
  const setChoice = (f: FieldProposal, col: number | undefined): void => {
    setNotice(undefined);
    if (f.source === 'guess' && col === undefined) dismissed.current.add(f.field);
    else dismissed.current.delete(f.field);
    setConfirmed(new Set([...confirmed, f.field]));
    setLoaded({ ...loaded, choices: { ...choices, [f.field]: col } });
  };
  const confirm = (field: FieldKey): void => {
    setNotice(undefined);
    setConfirmed(new Set([...confirmed, field]));
  };
  /** The choices that would be saved: without pending guesses. */
  const kept: Choices = {};
  for (const f of proposal?.fields ?? []) if (!pending(f) && choices[f.field] !== undefined) kept[f.field] = choices[f.field];

  /** The value maps of the columns chosen for performance, potential and level, with the values found. */
  const valueColumns: ValueMapColumn[] = [];
  for (const kind of VALUE_MAP_KINDS) {
    const col = choices[VALUE_MAP_FIELD[kind]];
    const header = proposal?.headers.find((h) => h.col === col);
    if (!proposal || !loaded.grid || col === undefined || !header) continue;
    const found = valuesInColumn(loaded.grid, proposal.headerRow, col, kind, loaded.state.settings, MAX_VALUES);
    if (found.values.length > 0) valueColumns.push({ kind, header: header.text, ...found });
  }
  const choose = (kind: ValueMapKind, key: string, band: MapBand | null): void => {
    setNotice(undefined);
    // Mapping the values of a guessed column is a person's word on the column too.
    setConfirmed(new Set([...confirmed, VALUE_MAP_FIELD[kind]]));
    setChosen({ ...chosen, [kind]: { ...chosen[kind], [key]: band } });
  };

  const invalid = (): string | undefined => {
    const waiting = (proposal?.fields ?? []).filter((f) => f.required && pending(f)).map((f) => s.pick(FIELD_LABELS[f.field]));
    if (waiting.length > 0) return s.t('mapConfirmRequired', { fields: waiting.join(s.lang === 'zh-CN' ? '、' : ', ') });
    if (kept.id === undefined) return s.t('mapMissing', { fields: s.pick(FIELD_LABELS.id) });
    if (kept.performance === undefined && kept.performanceScore === undefined) return s.t('mapPerfEither');
    const cols = Object.values(kept).filter((c): c is number => c !== undefined);
    const twice = cols.find((c, i) => cols.indexOf(c) !== i);
    if (twice !== undefined) {
      const fields = (proposal?.fields ?? []).filter((f) => kept[f.field] === twice).map((f) => s.pick(FIELD_LABELS[f.field]));
      const header = proposal?.headers.find((h) => h.col === twice);
      return s.t('mapDuplicate', { fields: fields.join(s.lang === 'zh-CN' ? '、' : ', '), column: header ? columnOption(header.address, header.text, s.lang === 'zh-CN') : '' });
    }
    // The reader recognises the header row by the ID column and at least two other fields.
    if (cols.length < 3) return s.t('mapTooFew');
    return undefined;
  };

  const save = async (): Promise<void> => {
    if (!proposal || loaded.sheet === undefined) return;
    const why = invalid();
    if (why) {
      setNotice({ intent: 'error', text: why });
      return;
    }
    const lang = keyLang(loaded.state.grid, s.lang);
    const entries: SettingsWriteEntry[] = [];
    if (loaded.byName !== loaded.sheet) entries.push({ key: lang === 'zh-CN' ? '名单工作表' : 'roster sheet', value: loaded.sheet });
    for (const f of proposal.fields) {
      const col = kept[f.field];
      const key = lang === 'zh-CN' ? `列:${FIELD_NAMES[f.field].zh}` : `column:${FIELD_NAMES[f.field].en}`;
      // Found by its name already: no row needed. A saved mapping set to "not used" is emptied.
      if (col === f.header?.col && (f.source === 'alias' || f.source === 'mapping')) continue;
      if (col === undefined) {
        if (f.source === 'mapping') entries.push({ key, value: '' });
        continue;
      }
      const header = proposal.headers.find((h) => h.col === col);
      if (header) entries.push({ key, value: header.text });
    }
    for (const v of valueColumns) entries.push(...valueMapEntries(v.kind, v.values, chosen[v.kind] ?? {}, lang));
    if (entries.length === 0) {
      setNotice({ intent: 'info', text: s.t('mapNothing') });
      return;
    }
    setSaving(true);
    try {
      const { sheet, cells } = settingsCellWrites(loaded.state.grid, entries, lang);
      await host.writeCells(sheet, cells);
      await refresh();
      await load(loaded.sheet);
      setNotice({ intent: 'success', text: s.t('mapSaved', { sheet }) });
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const fieldRow = (f: FieldProposal) => {
    const col = choices[f.field];
    const guess = pending(f);
    return (
      <Field
        key={f.field}
        className={styles.mapRow}
        required={f.required}
        label={s.pick(FIELD_LABELS[f.field])}
        hint={guess ? s.t('mapGuess') : undefined}
        validationState={f.required && kept[f.field] === undefined && !(f.field === 'performance' && kept.performanceScore !== undefined) && !(f.field === 'performanceScore' && kept.performance !== undefined) ? 'warning' : 'none'}
      >
        <div className={styles.mapControl}>
          <Select
            ref={f.field === focusField ? focused : undefined}
            value={col === undefined ? '' : String(col)}
            onChange={(_, d) => setChoice(f, d.value === '' ? undefined : Number(d.value))}
          >
            <option value="">{s.t('mapNone')}</option>
            {proposal?.headers.map((h) => (
              <option key={h.col} value={String(h.col)}>
                {columnOption(h.address, h.text, s.lang === 'zh-CN')}
              </option>
            ))}
          </Select>
          {guess && (
            <>
              <Badge appearance="tint" color="warning" shape="rounded">
                {s.t('mapGuessBadge')}
              </Badge>
              <Button size="small" onClick={() => confirm(f.field)} aria-label={s.t('mapConfirmField', { field: s.pick(FIELD_LABELS[f.field]) })}>
                {s.t('mapConfirm')}
              </Button>
            </>
          )}
        </div>
      </Field>
    );
  };
  // After a save: what the check now finds, and the run right there when someone can be reviewed.
  const reviewable = check.status === 'ready' && check.outcome.ok ? check.outcome.result.reviews.length : 0;
  const checked = check.status === 'ready' && (
    <MessageBar intent={check.outcome.ok ? 'success' : 'error'} layout="multiline">
      <MessageBarBody>
        {check.outcome.ok
          ? `${s.t('rosterFound', { sheet: check.outcome.input.rosterSheet })} · ${s.t('engineersReviewable', { n: reviewable })}`
          : s.pick(check.outcome.fatal.message)}
      </MessageBarBody>
      {startRun && reviewable > 0 && (
        <MessageBarActions>
          <Button size="small" onClick={startRun}>
            {s.t('runButtonCount', { n: reviewable })}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
  const first = (proposal?.fields ?? []).filter(
    (f) => f.required || KEY_FIELDS.includes(f.field) || f.field === focusField || pending(f),
  );
  const rest = (proposal?.fields ?? []).filter((f) => !first.includes(f));

  return (
    <section className={styles.section} aria-label={s.t('tabMap')}>
      <Text size={200}>{s.t('mapIntro')}</Text>
      {loaded.candidates.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{s.t('mapNoSheets')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={s.t('mapSheet')}>
          <Select value={loaded.sheet ?? ''} onChange={(_, d) => void changeSheet(d.value)}>
            {loaded.candidates.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {proposal && (
        <>
          <Text size={200} className={styles.muted}>
            {s.t('mapHeaderRow', { row: proposal.headerRow + 1 })}
          </Text>
          {first.map(fieldRow)}
          {valueColumns.map((v) => (
            <ValueMaps key={v.kind} s={s} column={v} chosen={chosen[v.kind] ?? {}} onChoose={(key, band) => choose(v.kind, key, band)} />
          ))}
          {rest.length > 0 && (
            <Fold label={s.t('mapOthers', { n: rest.length })}>{rest.map(fieldRow)}</Fold>
          )}
          <div className={styles.stickyBar}>
            {notice && (
              <MessageBar intent={notice.intent} layout="multiline">
                <MessageBarBody>{notice.text}</MessageBarBody>
              </MessageBar>
            )}
            {notice?.intent === 'success' && checked}
            <div className={styles.row}>
              <Button appearance="primary" data-primary="" disabled={saving} onClick={() => void save()}>
                {s.t('mapSave')}
              </Button>
            </div>
          </div>
        </>
      )}
      {!proposal && notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
