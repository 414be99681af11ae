// The value maps of 列映射: for the column chosen for 绩效, 潜力 or 培育层级, the values found in it and a
// choice per value — what it reads as now (a saved 绩效映射 row, or the built-in words) or another band. Only
// the choices a person changes are saved, with the mapping, when they press 保存映射.
import { Field, Select, Text } from '@fluentui/react-components';
import { bandNow, MAP_BANDS, type FoundValue, type MapBand, type ValueMapKind } from '../workbook/valueMaps';
import { Fold } from './Fold';
import type { Strings } from './i18n';
import { useStyles } from './styles';

export interface ValueMapColumn {
  kind: ValueMapKind;
  /** The column's header text as HR named it. */
  header: string;
  values: FoundValue[];
  /** Distinct values left out of `values`. */
  more: number;
}

export interface ValueMapsProps {
  s: Strings;
  column: ValueMapColumn;
  /** A person's choices by value key: a band, or null for "as read without a map row". */
  chosen: Readonly<Record<string, MapBand | null>>;
  onChoose: (key: string, band: MapBand | null) => void;
}

const TITLE = { performance: 'valueMapPerformance', potential: 'valueMapPotential', level: 'valueMapLevel' } as const;

/** What a value reads as after the person's choice (undefined: nothing, the reader would report it). */
export function chosenBand(v: FoundValue, chosen: Readonly<Record<string, MapBand | null>>): MapBand | undefined {
  if (!(v.key in chosen)) return bandNow(v);
  return chosen[v.key] ?? v.builtIn;
}

export function ValueMaps({ s, column, chosen, onChoose }: ValueMapsProps) {
  const styles = useStyles();
  const bands = MAP_BANDS[column.kind];
  const unread = (v: FoundValue): boolean => chosenBand(v, chosen) === undefined && !v.score;
  const unknown = column.values.filter(unread).length;
  const labelOf = (b: MapBand): string => s.pick(bands.find((x) => x.band === b)?.label ?? { zh: b, en: b });
  const title = s.t(TITLE[column.kind], { column: column.header, n: column.values.length });
  return (
    <Fold label={unknown > 0 ? `${title} · ${s.t('valueMapUnknown', { n: unknown })}` : title}>
      <Text size={200} className={styles.muted}>
        {s.t('valueMapIntro')}
      </Text>
      {column.values.map((v) => {
        const choice = v.key in chosen ? chosen[v.key] : (v.saved ?? null);
        const missing = unread(v);
        return (
          <Field
            key={v.key}
            className={styles.mapRow}
            label={s.t('valueMapValue', { value: v.text, n: v.count })}
            validationState={missing ? 'warning' : 'none'}
            validationMessage={missing ? s.t('valueMapNone') : undefined}
          >
            <Select value={choice ?? ''} onChange={(_, d) => onChoose(v.key, d.value === '' ? null : (d.value as MapBand))}>
              <option value="">{v.builtIn ? s.t('valueMapAsRead', { band: labelOf(v.builtIn) }) : v.score ? s.t('valueMapScore') : s.t('valueMapUnset')}</option>
              {bands.map((b) => (
                <option key={b.band} value={b.band}>
                  {s.pick(b.label)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {column.more > 0 && (
        <Text size={200} className={styles.muted}>
          {s.t('valueMapMore', { n: column.more })}
        </Text>
      )}
    </Fold>
  );
}
