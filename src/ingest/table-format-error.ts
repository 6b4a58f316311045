import { InputError } from '../model/errors.js';

/**
 * A whole input that cannot be read as a table: a binary file (PNG, gzip, a zip that
 * is not a workbook), an empty file or one with no header, a legacy format without a
 * reader, bytes that are not in the encoding the start of the file announced. One
 * error for the file, never rows of "missing account id". It is an {@link InputError}
 * with no row rejections (the CLI exits 1 with the message); `message` is the reason
 * (Chinese / English), `source` the file.
 */
export class TableFormatError extends InputError {
  constructor(
    readonly reason: string,
    source?: string,
  ) {
    super([], source);
    this.message = reason;
  }
}
