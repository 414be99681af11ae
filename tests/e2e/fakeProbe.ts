// What a browser test may ask a page about the fake workbook it runs on (window.e2e), shared by the test page
// (paneOnFake.tsx) and the stand-in office.js (officeStandIn.ts).
import type { FakeExcel } from '../hosts/excel/fakeExcel';

export interface E2eProbe {
  /** Sheets that exist now, in tab order. */
  sheetNames(): string[];
  activeSheet(): string | undefined;
  /** The selected cell as `sheet!A1`. */
  selection(): string | undefined;
  /** Changes made to a sheet (an input sheet must have none). */
  writesTo(sheet: string): string[];
  /** A person selects cells in Excel: `A3:F3,A5:F5` is two areas (Ctrl+click). */
  selectCells(sheet: string, address: string): void;
}

export function probeOf(fake: FakeExcel): E2eProbe {
  return {
    sheetNames: () => fake.workbook.sheets.filter((s) => !s.deleted).map((s) => s.name),
    activeSheet: () => fake.workbook.active,
    selection: () => {
      const sel = fake.workbook.selection;
      return sel && `${sel.sheet}!${sel.address}`;
    },
    writesTo: (sheet) => [...(fake.sheet(sheet)?.writes ?? [])],
    selectCells: (sheet, address) => {
      fake.workbook.selection = { sheet, address };
    },
  };
}
