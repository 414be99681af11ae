// Map columns: pick the roster sheet and the column of each roster field (best guesses preselected), and
// save the choice as `列:` rows (and 名单工作表) in 盘点设置, then check again.
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { FieldKey, Settings } from '../domain/settings';
import { FIELD_NAMES } from '../domain/settingsKeys';
import type { SheetInfo, WorkbookHost } from '../workbook/host';
import { proposeMapping, type MappingProposal } from '../workbook/mapping';
import { findSheetByName, ROSTER_SHEET_NAMES, rosterCandidates } from '../workbook/read/sheets';
import { settingsCellWrites, type SettingsWriteEntry } from '../workbook/settingsWrite';
import { Failure } from './Failure';
import { FIELD_LABELS, type Strings } from './i18n';
import { useStyles } from './styles';
import { keyLang, readSettingsState, type CheckState, type SettingsSheetState } from './workbookState';

export interface MapTabProps {
  s: Strings;
  host: WorkbookHost;
  check: CheckState;
  /** Checks the workbook again; resolves when done. */
  refresh: () => Promise<void>;
}

type Choices = Partial<Record<FieldKey, number>>;

interface Loaded {
  state: SettingsSheetState;
  candidates: SheetInfo[];
  /** The sheet the reader would take by name (settings' 名单工作表, then the usual names). */
  byName: string | undefined;
  sheet: string | undefined;
  proposal: MappingProposal | undefined;
  choices: Choices;
}

type Notice = { intent: 'success' | 'error' | 'info'; text: string };

function choicesOf(p: MappingProposal | undefined): Choices {
  const out: Choices = {};
  for (const f of p?.fields ?? []) if (f.header) out[f.field] = f.header.col;
  return out;
}

async function proposalFor(host: WorkbookHost, sheet: string | undefined, settings: Settings): Promise<MappingProposal | undefined> {
  if (sheet === undefined) return undefined;
  const [grid] = await host.readSheets([sheet]);
  return grid ? proposeMapping(grid, settings) : undefined;
}

export function MapTab({ s, host, check, refresh }: MapTabProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const checkedRoster = check.status === 'ready' && check.outcome.ok ? check.outcome.input.rosterSheet : undefined;

  const load = useCallback(
    async (preferred?: string): Promise<void> => {
      setError(undefined);
      try {
        const state = await readSettingsState(host);
        const candidates = rosterCandidates(state.sheets);
        const byName = findSheetByName(state.sheets, [state.settings.rosterSheet, ...ROSTER_SHEET_NAMES])?.name;
        const sheet = preferred ?? checkedRoster ?? byName ?? candidates[0]?.name;
        const proposal = await proposalFor(host, sheet, state.settings);
        setLoaded({ state, candidates, byName, sheet, proposal, choices: choicesOf(proposal) });
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

  if (error !== undefined) return <Failure s={s} error={error} onRetry={() => void load()} />;
  if (!loaded) return <Spinner size="small" label={s.t('loading')} />;
  const { proposal, choices } = loaded;

  const changeSheet = async (sheet: string): Promise<void> => {
    setNotice(undefined);
    try {
      const p = await proposalFor(host, sheet, loaded.state.settings);
      setLoaded({ ...loaded, sheet, proposal: p, choices: choicesOf(p) });
    } catch (e) {
      setError(e);
    }
  };

  const setChoice = (field: FieldKey, col: number | undefined): void => {
    setNotice(undefined);
    setLoaded({ ...loaded, choices: { ...choices, [field]: col } });
  };

  const invalid = (): string | undefined => {
    if (choices.id === undefined) return s.t('mapMissing', { fields: s.pick(FIELD_LABELS.id) });
    if (choices.performance === undefined && choices.performanceScore === undefined) return s.t('mapPerfEither');
    const cols = Object.values(choices).filter((c): c is number => c !== undefined);
    if (new Set(cols).size !== cols.length) return s.t('mapDuplicate');
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
      const col = choices[f.field];
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

  const headerOption = (col: number): string => {
    const h = proposal?.headers.find((x) => x.col === col);
    return h ? `${h.address} · ${h.text}` : '';
  };

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
          {proposal.fields.map((f) => {
            const col = choices[f.field];
            const guessed = f.source === 'guess' && col === f.header?.col;
            return (
              <Field
                key={f.field}
                className={styles.mapRow}
                required={f.required}
                label={s.pick(FIELD_LABELS[f.field])}
                hint={guessed ? s.t('mapGuess') : undefined}
              >
                <Select
                  value={col === undefined ? '' : String(col)}
                  onChange={(_, d) => setChoice(f.field, d.value === '' ? undefined : Number(d.value))}
                >
                  <option value="">{s.t('mapNone')}</option>
                  {proposal.headers.map((h) => (
                    <option key={h.col} value={String(h.col)}>
                      {headerOption(h.col)}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          <div className={styles.row}>
            <Button appearance="primary" disabled={saving} onClick={() => void save()}>
              {s.t('mapSave')}
            </Button>
          </div>
        </>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {notice?.intent === 'success' && check.status === 'ready' && (
        <MessageBar intent={check.outcome.ok ? 'success' : 'error'} layout="multiline">
          <MessageBarBody>
            {check.outcome.ok
              ? `${s.t('rosterFound', { sheet: check.outcome.input.rosterSheet })} · ${s.t('engineersReviewable', { n: check.outcome.result.reviews.length })}`
              : s.pick(check.outcome.fatal.message)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
