// A small nine-box: potential upward, performance rightward (box 9 top right), each box with its label and
// count in the colours of BOX_TABLE; clicking a box lists its engineers.
import { Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import { BOX_TABLE } from '../domain/catalogue';
import type { Settings } from '../domain/settings';
import type { Box, EngineerReview } from '../domain/types';
import type { Strings } from './i18n';
import { useStyles } from './styles';

export interface NineBoxProps {
  s: Strings;
  reviews: readonly EngineerReview[];
  settings: Pick<Settings, 'boxLabels' | 'boxColours'>;
}

/** Rows top to bottom: potential high, medium, low; columns left to right: performance needs → excellent. */
const ROWS: readonly (readonly Box[])[] = [
  [7, 8, 9],
  [4, 5, 6],
  [1, 2, 3],
];

export function NineBox({ s, reviews, settings }: NineBoxProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<Box | undefined>(undefined);
  const counts = new Map<Box, number>();
  for (const r of reviews) counts.set(r.finalBox, (counts.get(r.finalBox) ?? 0) + 1);
  const label = (b: Box): string => settings.boxLabels[b] ?? s.pick(BOX_TABLE[b].label);
  const people = selected === undefined ? [] : reviews.filter((r) => r.finalBox === selected);

  return (
    <div className={styles.section}>
      <Subtitle2 as="h2">{s.t('gridTitle')}</Subtitle2>
      <div className={styles.grid} role="group" aria-label={s.t('gridTitle')}>
        <Caption1 className={styles.axisY}>{s.t('potentialAxis')}</Caption1>
        {ROWS.flat().map((b) => {
          const info = BOX_TABLE[b];
          const count = counts.get(b) ?? 0;
          return (
            <button
              key={b}
              type="button"
              className={mergeClasses(styles.box, selected === b && styles.boxSelected)}
              style={{ backgroundColor: settings.boxColours[b] ?? info.colour, color: info.fontColour }}
              aria-pressed={selected === b}
              data-box={b}
              onClick={() => setSelected(selected === b ? undefined : b)}
            >
              {/* The visible text is the button's name (WCAG 2.5.3: people say what they see). */}
              <span>
                {b} {label(b)}
              </span>{' '}
              <span className={styles.boxCount}>{count}</span>
            </button>
          );
        })}
        <Caption1 className={styles.axisX}>{s.t('performanceAxis')}</Caption1>
      </div>
      {selected !== undefined && (
        <div className={styles.section} aria-live="polite">
          <Text weight="semibold">{s.t('boxPeople', { box: selected, label: label(selected), count: people.length })}</Text>
          {people.length === 0 ? (
            <Text>{s.t('boxEmpty')}</Text>
          ) : (
            <Table size="extra-small" aria-label={s.t('boxPeople', { box: selected, label: label(selected), count: people.length })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{s.t('colName')}</TableHeaderCell>
                  <TableHeaderCell>{s.t('colId')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.map((r) => (
                  <TableRow key={r.engineer.id}>
                    <TableCell>{r.engineer.name}</TableCell>
                    <TableCell>{r.engineer.id}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </div>
      )}
    </div>
  );
}
