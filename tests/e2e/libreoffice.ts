// LibreOffice as a second, independent reader of every workbook the product writes: each must convert to a
// PDF headless (a very large one to .ods). One soffice start for all files, with a profile of its own so it never meets a running one.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export interface Converted {
  file: string;
  /** What LibreOffice wrote, or undefined when it could not read the workbook. */
  out?: string;
}

/**
 * Above this size a workbook is converted to .ods instead of PDF: LibreOffice reads every sheet either way,
 * but a review of 1,470 engineers prints to some 2,000 pages, which takes minutes to lay out.
 */
const PDF_LIMIT = 400_000;

export function convertToPdf(files: readonly string[]): Converted[] {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-out-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-profile-'));
  // Copies under plain names: soffice names each PDF after its input, and two inputs may share a name.
  const inputs = files.map((f, i) => {
    const copy = path.join(out, `in-${i}.xlsx`);
    fs.copyFileSync(f, copy);
    return { copy, to: fs.statSync(f).size > PDF_LIMIT ? 'ods' : 'pdf' };
  });
  const soffice = (to: string, batch: string[]): void => {
    if (batch.length === 0) return;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, ...batch],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
    );
  };
  try {
    for (const to of ['pdf', 'ods']) soffice(to, inputs.filter((i) => i.to === to).map((i) => i.copy));
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file, i) => {
    const written = path.join(out, `in-${i}.${inputs[i].to}`);
    return { file, out: fs.existsSync(written) && fs.statSync(written).size > 1000 ? written : undefined };
  });
}
