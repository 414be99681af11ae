// What the department workbooks card's parts share: looks (lists that wrap long Chinese file names at any
// width), drop zones that take files for themselves (the page's own drop would open them as a roster), and the
// file functions, loaded when first needed with exceljs (in the chunk of the page's other file functions).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState, type DragEvent } from 'react';

export const departmentFiles = () => import(/* webpackChunkName: "xlsx" */ './departmentFiles');

export const useDepartmentStyles = makeStyles({
  part: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  wrap: { overflowWrap: 'anywhere' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  problem: { display: 'flex', flexDirection: 'column' },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  file: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  fileText: { flex: '1 1 auto', minWidth: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  role: { color: tokens.colorNeutralForeground3 },
  summary: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * Opens the browser's file picker from a Fluent button (no native file control on the page speaking the
 * browser's language). The input is made for the one pick and never joins the page, so the page's own file
 * input stays the only one in it; `take` gets the files chosen (nothing when the person cancels).
 */
export function pickFiles(accept: string, multiple: boolean, take: (files: File[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = multiple;
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) take([...input.files]);
  });
  input.click();
}

export interface DropTarget {
  active: boolean;
  handlers: {
    onDragOver: (e: DragEvent<HTMLElement>) => void;
    onDragLeave: (e: DragEvent<HTMLElement>) => void;
    onDrop: (e: DragEvent<HTMLElement>) => void;
  };
}

/** Files dropped on this element go to `take` and no further (not to the page's drop). */
export function useDropTarget(take: (files: File[]) => void): DropTarget {
  const [active, setActive] = useState(false);
  return {
    active,
    handlers: {
      onDragOver: (e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = 'copy';
        setActive(true);
      },
      onDragLeave: (e) => {
        if (e.relatedTarget === null || !e.currentTarget.contains(e.relatedTarget as Node)) setActive(false);
      },
      onDrop: (e) => {
        e.preventDefault();
        e.stopPropagation();
        setActive(false);
        take([...e.dataTransfer.files]);
      },
    },
  };
}
