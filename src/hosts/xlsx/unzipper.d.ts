// The part of unzipper (a dependency of exceljs, v0.10) the streamed re-run uses: the zip's central
// directory, and a stream of one part's inflated bytes. unzipper ships no typings of its own.
declare module 'unzipper' {
  import type { Readable } from 'stream';

  interface ZipEntry {
    path: string;
    type: 'File' | 'Directory';
    /** The inflated size the central directory declares. */
    uncompressedSize: number;
    stream(): Readable;
  }

  interface ZipDirectory {
    files: ZipEntry[];
  }

  export const Open: {
    file(path: string, options?: { tailSize?: number }): Promise<ZipDirectory>;
  };
}
