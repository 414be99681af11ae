// A small nine-box: potential upward, performance rightward (box 9 top right), with the axes named across and
// the scale of each (高/中/低, 待提升/合格/优秀); each box shows its label, count and share in the colours of
// BOX_TABLE; clicking a box lists its engineers, the first few, then 「查看全部」: in Excel the results table
// filtered to the box, on the standalone page everyone listed here.
import { Button, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import { BOX_TABLE } from '../domain/catalogue';
import type { Settings } from '../domain/settings';
import type { Box, EngineerReview } from '../domain/types';
import type { Strings } from './i18n';
import { boxPlace, GRID_ROWS, GridFrame } from './BoxPicker';
import { useStyles } from './styles';

export interface NineBoxProps {
  s: Strings;
  reviews: readonly EngineerReview[];
  settings: Pick<Settings, 'boxLabels' | 'boxColours'>;
  /**
   * Where the results table can be shown filtered (Excel): 「查看全部」 filters it to the box, named by the
   * sheet it shows. Absent (the standalone page): 「查看全部」 lists everyone here.
   */
  showAll?: { sheet: string; show: (box: Box) => void };
}

/** People listed at first under a box; the rest on request (a box can hold hundreds). */
export const BOX_LIST_FIRST = 20;

/** A share as people read it: whole percent, "<1%" for a few among many. */
export function shareText(count: number, total: number): string {
  if (total === 0 || count === 0) return '0%';
  const pct = (100 * count) / total;
  return pct < 1 ? '<1%' : `${Math.round(pct)}%`;
}

export function NineBox({ s, reviews, settings, showAll }: NineBoxProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<Box | undefined>(undefined);
  const [all, setAll] = useState(false);
  const counts = new Map<Box, number>();
  for (const r of reviews) counts.set(r.finalBox, (counts.get(r.finalBox) ?? 0) + 1);
  const label = (b: Box): string => settings.boxLabels[b] ?? s.pick(BOX_TABLE[b].label);
  const people = selected === undefined ? [] : reviews.filter((r) => r.finalBox === selected);

  return (
    <div className={styles.section}>
      <Subtitle2 as="h2">{s.t('gridTitle')}</Subtitle2>
      <GridFrame s={s} label={s.t('gridTitle')}>
        {GRID_ROWS.flat().map((b, i) => {
          const info = BOX_TABLE[b];
          const count = counts.get(b) ?? 0;
          return (
            <button
              key={b}
              type="button"
              style={{ ...boxPlace(i), backgroundColor: settings.boxColours[b] ?? info.colour, color: info.fontColour }}
              className={mergeClasses(styles.box, selected === b && styles.boxSelected)}
              aria-pressed={selected === b}
              data-box={b}
              onClick={() => {
                setAll(false);
                setSelected(selected === b ? undefined : b);
              }}
            >
              {/* The visible text is the button's name (WCAG 2.5.3: people say what they see). */}
              <span>
                {b} {label(b)}
              </span>{' '}
              <span className={styles.boxCount}>{count}</span>{' '}
              <span>{shareText(count, reviews.length)}</span>
            </button>
          );
        })}
      </GridFrame>
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
                {(all ? people : people.slice(0, BOX_LIST_FIRST)).map((r) => (
                  <TableRow key={r.engineer.id}>
                    <TableCell>{r.engineer.name}</TableCell>
                    <TableCell>{r.engineer.id}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {people.length > BOX_LIST_FIRST && !all && !showAll && (
            <Button size="small" onClick={() => setAll(true)}>
              {s.t('showAllPeople', { n: people.length })}
            </Button>
          )}
          {people.length > 0 && showAll && (
            <Button size="small" onClick={() => showAll.show(selected)}>
              {s.t('showAllInSheet', { n: people.length, sheet: showAll.sheet })}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
