// The calibration's box picker: the nine boxes laid out as the grid (潜力 upward, 绩效 rightward) with both
// axes and their scales, in the boxes' colours. The current box is marked 「当前」 and stays in full colour;
// it is not a choice (a move goes somewhere else), so a click on it only says so.
import { Caption1, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { BOX_TABLE } from '../domain/catalogue';
import type { Settings } from '../domain/settings';
import type { Box } from '../domain/types';
import type { Strings } from './i18n';
import { useStyles } from './styles';

export interface BoxPickerProps {
  s: Strings;
  /** The group's name (e.g. 调整到). */
  label: string;
  labelOf: (b: Box) => string;
  colours: Settings['boxColours'] | undefined;
  current: Box;
  target: Box | undefined;
  disabled: boolean;
  onPick: (b: Box) => void;
  /** A click on the current box. */
  onCurrent: () => void;
}

/** Rows top to bottom: potential high, medium, low; columns: performance needs → excellent. */
export const GRID_ROWS: readonly (readonly Box[])[] = [
  [7, 8, 9],
  [4, 5, 6],
  [1, 2, 3],
];
export const POTENTIAL_SCALE = ['scaleHigh', 'scaleMedium', 'scaleLow'] as const;
export const PERFORMANCE_SCALE = ['scaleNeeds', 'scaleQualified', 'scaleExcellent'] as const;

export interface GridFrameProps {
  s: Strings;
  /** The group's accessible name. */
  label: string;
  children: ReactNode;
}

/** The 3×3 frame both grids share: 潜力 above, 高/中/低 down the left, 待提升/合格/优秀 along the bottom, 绩效 under it. */
export function GridFrame({ s, label, children }: GridFrameProps) {
  const styles = useStyles();
  return (
    <>
      <Caption1 className={styles.muted}>{s.t('potentialAxis')}</Caption1>
      <div className={styles.grid} role="group" aria-label={label}>
        {POTENTIAL_SCALE.map((k, i) => (
          <Caption1 key={k} className={styles.scaleY} style={{ gridRow: i + 1 }} aria-hidden="true">
            {s.t(k)}
          </Caption1>
        ))}
        {children}
        {PERFORMANCE_SCALE.map((k, i) => (
          <Caption1 key={k} className={styles.scaleX} style={{ gridColumn: i + 2 }} aria-hidden="true">
            {s.t(k)}
          </Caption1>
        ))}
      </div>
      <Caption1 className={mergeClasses(styles.muted, styles.axisX)}>{s.t('performanceAxis')}</Caption1>
    </>
  );
}

/** Where box `b` (the i-th of GRID_ROWS.flat()) sits in the frame. */
export function boxPlace(i: number): { gridRow: number; gridColumn: number } {
  return { gridRow: Math.floor(i / 3) + 1, gridColumn: (i % 3) + 2 };
}

export function BoxPicker({ s, label, labelOf, colours, current, target, disabled, onPick, onCurrent }: BoxPickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.section}>
      <GridFrame s={s} label={label}>
        {GRID_ROWS.flat().map((b, i) => {
          const info = BOX_TABLE[b];
          const isCurrent = b === current;
          const text = s.t('calBoxOption', { box: b, label: labelOf(b) });
          return (
            <button
              key={b}
              type="button"
              className={mergeClasses(styles.box, target === b && styles.boxSelected, isCurrent && styles.boxCurrent)}
              style={{ ...boxPlace(i), backgroundColor: colours?.[b] ?? info.colour, color: info.fontColour, minHeight: '44px' }}
              aria-pressed={isCurrent ? undefined : target === b}
              aria-current={isCurrent ? 'true' : undefined}
              data-box={b}
              disabled={disabled}
              onClick={() => (isCurrent ? onCurrent() : onPick(b))}
            >
              {/* The visible text is the name: 「5 中坚力量」, the current one 「5 中坚力量 当前」. */}
              <span>{text}</span>
              {isCurrent && (
                <>
                  {' '}
                  <span className={styles.currentTag}>{s.t('calCurrent')}</span>
                </>
              )}
            </button>
          );
        })}
      </GridFrame>
    </div>
  );
}
