// Settings: output language and the thresholds of DOMAIN.md, read from the workbook's 盘点设置 and saved
// back there (only the changed keys), so they travel with the file. The general ones show; the thresholds
// fold under 高级 (and unfold when one of them is in error). Save stays in view; an error shows at its field.
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Switch, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Text as TwoLang } from '../domain/types';
import { settingsCellWrites } from '../workbook/settingsWrite';
import type { WorkbookHost } from '../workbook/host';
import { Failure } from './Failure';
import { Fold } from './Fold';
import type { Strings } from './i18n';
import { checkForm, formValues, SETTING_FIELDS, type FormValues, type SettingField, type SettingGroup } from './settingsForm';
import { useStyles } from './styles';
import { keyLang, readSettingsState, type SettingsSheetState } from './workbookState';

export interface SettingsTabProps {
  s: Strings;
  host: WorkbookHost;
  /** Called after a save, to check the workbook again. */
  onSaved: () => void;
}

const ADVANCED: readonly SettingGroup[] = ['groupCutoffs', 'groupChecks', 'groupPlans'];

export function SettingsTab({ s, host, onSaved }: SettingsTabProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<SettingsSheetState | undefined>(undefined);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, TwoLang>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [advanced, setAdvanced] = useState(false);

  const load = async (): Promise<void> => {
    setError(undefined);
    try {
      const state = await readSettingsState(host);
      setLoaded(state);
      setValues(formValues(state.settings));
      setErrors({});
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  if (error !== undefined) return <Failure s={s} error={error} onRetry={() => void load()} />;
  if (!loaded) return <Spinner size="small" label={s.t('loading')} />;

  const set = (id: string, v: string): void => {
    setNotice(undefined);
    setValues({ ...values, [id]: v });
  };

  const save = async (): Promise<void> => {
    const lang = keyLang(loaded.grid, s.lang);
    const checked = checkForm(values, loaded.settings, lang);
    setErrors(checked.errors);
    if (SETTING_FIELDS.some((x) => x.group !== 'groupGeneral' && checked.errors[x.id] !== undefined)) setAdvanced(true);
    if (Object.keys(checked.errors).length > 0) {
      setNotice({ intent: 'error', text: s.t('settingsInvalid') });
      return;
    }
    if (checked.entries.length === 0) {
      setNotice({ intent: 'info', text: s.t('settingsNothing') });
      return;
    }
    setSaving(true);
    try {
      const { sheet, cells } = settingsCellWrites(loaded.grid, checked.entries, lang);
      await host.writeCells(sheet, cells);
      await load();
      setNotice({ intent: 'success', text: s.t('settingsSaved', { n: checked.entries.length, sheet }) });
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const control = (f: SettingField) => {
    const v = values[f.id] ?? '';
    const label = s.pick(f.label);
    const message = errors[f.id];
    const field = (child: JSX.Element) => (
      <Field
        key={f.id}
        label={label}
        hint={f.hint ? s.pick(f.hint) : undefined}
        validationMessage={message ? s.pick(message) : undefined}
        validationState={message ? 'error' : 'none'}
      >
        {child}
      </Field>
    );
    switch (f.kind) {
      case 'language':
        return field(
          <Select value={v} onChange={(_, d) => set(f.id, d.value)}>
            <option value="zh-CN">{s.t('langZh')}</option>
            <option value="en-US">{s.t('langEn')}</option>
          </Select>,
        );
      case 'boolean':
        return (
          <Switch
            key={f.id}
            label={label}
            checked={v === 'true'}
            onChange={(_, d) => set(f.id, d.checked ? 'true' : 'false')}
          />
        );
      case 'date':
        // Text, not the browser's date field: that one speaks the browser's language, not the pane's.
        return field(<Input value={v} placeholder="2026-01-31" onChange={(_, d) => set(f.id, d.value)} />);
      case 'number':
        return field(<Input inputMode="decimal" value={v} onChange={(_, d) => set(f.id, d.value)} />);
    }
  };

  return (
    <section className={styles.section} aria-label={s.t('tabSettings')}>
      <Text size={200}>{s.t('settingsIntro')}</Text>
      {SETTING_FIELDS.filter((f) => f.group === 'groupGeneral').map(control)}
      <Fold label={s.t('settingsAdvanced')} open={advanced} onToggle={setAdvanced}>
        {ADVANCED.map((g) => (
          <div key={g} className={styles.section}>
            <Subtitle2 as="h2">{s.t(g)}</Subtitle2>
            {SETTING_FIELDS.filter((f) => f.group === g).map(control)}
          </div>
        ))}
      </Fold>
      <div className={styles.stickyBar}>
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Button appearance="primary" data-primary="" disabled={saving} onClick={() => void save()}>
            {s.t('settingsSave')}
          </Button>
        </div>
      </div>
    </section>
  );
}
