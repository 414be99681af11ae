// The run's options, folded under 选项: which output sheets to write (named in the pane's language, with the
// sheet's own name in the output language beside it when the two differ), an earlier review workbook picked
// with a button of the pane's own (the browser's file input would speak the browser's language), and IDs for
// one-person plan sheets.
import { Button, Checkbox, Field, Input, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang, Text as Words } from '../domain/types';
import type { WorkbookHost } from '../workbook/host';
import { sheetName, type NamedRole } from '../workbook/write/text';
import type { Strings } from './i18n';
import { useStyles } from './styles';

/** The outputs the pane offers, in the order of DOMAIN.md's output table. */
export const PANE_OUTPUTS: readonly NamedRole[] = ['results', 'grid', 'gaps', 'check', 'plans', 'pool', 'mentoring', 'talentMap', 'succession', 'assessment', 'cards', 'summary', 'overview'];

/** Outputs written only when the workbook has their input (评价汇总: a 能力评价 sheet). */
export const CONDITIONAL_OUTPUTS: readonly NamedRole[] = ['assessment'];

/** The conditional outputs a workbook cannot have: 评价汇总 where the check found no 能力评价 sheet. */
export function unavailableOutputs(input: { assessments?: unknown } | undefined): ReadonlySet<NamedRole> {
  return new Set<NamedRole>(input && input.assessments === undefined ? ['assessment'] : []);
}

/** IDs typed for one-person plan sheets: commas (either width), 、 or semicolons, spaces. */
export function parseIdList(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\s]+/u).map((t) => t.trim()).filter((t) => t !== ''))];
}

export type PreviousFile =
  | { status: 'none' }
  | { status: 'reading'; name: string }
  | { status: 'loaded'; name: string; host: WorkbookHost }
  | { status: 'failed'; name: string; message: Words };

export interface RunOptionsValue {
  outputs: ReadonlySet<NamedRole>;
  plansFor: string;
  previous: PreviousFile;
}

export const DEFAULT_OPTIONS: RunOptionsValue = { outputs: new Set(PANE_OUTPUTS), plansFor: '', previous: { status: 'none' } };

/**
 * An earlier review workbook picked by the person: read in the pane (exceljs, loaded only when needed),
 * never uploaded. Its results give each engineer's previous box.
 */
async function openPrevious(file: File): Promise<PreviousFile> {
  const [{ loadWorkbook }, { XlsxHost }] = await Promise.all([import('../hosts/xlsx/load'), import('../hosts/xlsx/host')]);
  const loaded = await loadWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
  return loaded.ok
    ? { status: 'loaded', name: file.name, host: new XlsxHost(loaded.workbook) }
    : { status: 'failed', name: file.name, message: loaded.problem.message };
}

/** The label of an output: its name in the pane's language, and the sheet's name when that differs. */
export function outputLabel(role: NamedRole, paneLang: Lang, outputLang: Lang): string {
  const mine = sheetName(role, paneLang);
  const sheet = sheetName(role, outputLang);
  return mine === sheet ? mine : `${mine} · ${sheet}`;
}

export interface RunOptionsProps {
  s: Strings;
  outputLang: Lang;
  value: RunOptionsValue;
  onChange: (v: RunOptionsValue) => void;
  disabled: boolean;
  /** Conditional outputs whose input the workbook lacks (评价汇总 without 能力评价): not offered. */
  unavailable?: ReadonlySet<NamedRole>;
}

export function RunOptions({ s, outputLang, value, onChange, disabled, unavailable }: RunOptionsProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { outputs, previous } = value;
  const toggle = (role: NamedRole, on: boolean): void => {
    const next = new Set(outputs);
    if (on) next.add(role);
    else next.delete(role);
    onChange({ ...value, outputs: next });
  };
  const picked = (): void => {
    const file = input.current?.files?.[0];
    if (input.current) input.current.value = '';
    if (!file) return;
    onChange({ ...value, previous: { status: 'reading', name: file.name } });
    void openPrevious(file).then(
      (p) => onChange({ ...value, previous: p }),
      (error: unknown) => onChange({ ...value, previous: { status: 'failed', name: file.name, message: { zh: String(error), en: String(error) } } }),
    );
  };
  const previousHint =
    previous.status === 'loaded' ? s.t('previousLoaded', { name: previous.name }) : previous.status === 'reading' ? s.t('previousReading', { name: previous.name }) : s.t('previousHint');

  return (
    <div className={styles.section}>
      <fieldset className={styles.fieldset}>
        <legend>
          <Text weight="semibold">{s.t('outputsLegend')}</Text>
        </legend>
        {PANE_OUTPUTS.filter((role) => !unavailable?.has(role)).map((role) => (
          <Checkbox
            key={role}
            label={outputLabel(role, s.lang, outputLang)}
            checked={outputs.has(role)}
            disabled={disabled}
            onChange={(_, d) => toggle(role, d.checked === true)}
          />
        ))}
      </fieldset>
      <Field
        label={s.t('previousLabel')}
        hint={previousHint}
        validationMessage={previous.status === 'failed' ? s.pick(previous.message) : undefined}
      >
        <div className={styles.row}>
          <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
            {s.t('previousChoose')}
          </Button>
          {previous.status === 'loaded' && (
            <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChange({ ...value, previous: { status: 'none' } })}>
              {s.t('previousClear')}
            </Button>
          )}
        </div>
      </Field>
      <input ref={input} type="file" accept=".xlsx" hidden aria-hidden="true" tabIndex={-1} onChange={picked} />
      <Field label={s.t('plansForLabel')} hint={s.t('plansForHint')}>
        <Input value={value.plansFor} disabled={disabled} onChange={(_, d) => onChange({ ...value, plansFor: d.value })} />
      </Field>
    </div>
  );
}
