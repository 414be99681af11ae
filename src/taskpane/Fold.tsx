// A folded part of a page (选项, 其他字段, 高级): a button that says whether it is open, and the part below it.
// Our own rather than Fluent's Accordion, whose collapse animation hands React an `inert={true}` it warns about.
import { Button } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { useStyles } from './styles';

export interface FoldProps {
  label: string;
  children: ReactNode;
  /** Controlled: open or not (e.g. unfolded when a field inside is in error). */
  open?: boolean;
  onToggle?: (open: boolean) => void;
}

export function Fold({ label, children, open, onToggle }: FoldProps) {
  const styles = useStyles();
  const [own, setOwn] = useState(false);
  const isOpen = open ?? own;
  const id = useId();
  return (
    <div className={styles.section}>
      <Button
        appearance="transparent"
        className={styles.foldButton}
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => {
          setOwn(!isOpen);
          onToggle?.(!isOpen);
        }}
      >
        <span aria-hidden="true" className={styles.chevron}>
          {isOpen ? '▾' : '▸'}
        </span>
        {label}
      </Button>
      <div id={id} hidden={!isOpen} className={styles.section}>
        {isOpen && children}
      </div>
    </div>
  );
}
