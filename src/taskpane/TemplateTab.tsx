// Insert template: the input sheets with their headers (and, on request, sample engineers) for a new
// workbook. Sheets that already exist are named and left alone: nothing is inserted over them.
import { Button, Checkbox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../domain/types';
import type { WorkbookHost } from '../workbook/host';
import { Failure } from './Failure';
import type { Strings } from './i18n';
import { insertTemplate } from './insertTemplate';
import { useStyles } from './styles';

export interface TemplateTabProps {
  s: Strings;
  host: WorkbookHost;
  onInserted: () => void;
  /** Goes on to Home's next step (the run) after an insert. */
  onNext: () => void;
}

type Notice = { intent: 'success' | 'warning' | 'error'; text: string };

export function TemplateTab({ s, host, onInserted, onNext }: TemplateTabProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(s.lang);
  const [withSample, setWithSample] = useState(false);
  const [count, setCount] = useState('20');
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const list = (names: string[]): string => names.map((n) => (s.lang === 'zh-CN' ? `「${n}」` : `"${n}"`)).join(s.lang === 'zh-CN' ? '、' : ', ');

  const insert = async (): Promise<void> => {
    setNotice(undefined);
    setError(undefined);
    const n = Number(count);
    if (withSample && !(Number.isInteger(n) && n >= 1 && n <= 500)) {
      setNotice({ intent: 'error', text: s.t('templateCountInvalid') });
      return;
    }
    setBusy(true);
    try {
      const done = await insertTemplate(host, lang, withSample ? n : 0);
      if (!done.ok) {
        setNotice({ intent: 'warning', text: s.t('templateExists', { sheets: list(done.existing) }) });
        return;
      }
      setNotice({ intent: 'success', text: s.t('templateDone', { sheets: list(done.sheets) }) });
      onInserted();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-label={s.t('tabTemplate')}>
      <Text size={200}>{s.t('templateIntro')}</Text>
      <Field label={s.t('templateLang')}>
        <Select value={lang} onChange={(_, d) => setLang(d.value === 'en-US' ? 'en-US' : 'zh-CN')}>
          <option value="zh-CN">{s.t('langZh')}</option>
          <option value="en-US">{s.t('langEn')}</option>
        </Select>
      </Field>
      <Checkbox label={s.t('templateSample')} checked={withSample} onChange={(_, d) => setWithSample(d.checked === true)} />
      {withSample && (
        <Field label={s.t('templateCount')}>
          <Input type="number" min={1} max={500} value={count} onChange={(_, d) => setCount(d.value)} />
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
          {s.t('templateInsert')}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.intent === 'success' && (
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={onNext}>
                {s.t('templateNext')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {error !== undefined && <Failure s={s} error={error} onRetry={() => void insert()} />}
    </section>
  );
}
