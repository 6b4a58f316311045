/** One problem with one input record: which record, which column/field, why. */
export interface Rejection {
  /**
   * Where the record is, as the user's spreadsheet numbers it: for a text table the line
   * of the file (header = line 1 when there is no title line; title lines, blank lines and
   * the lines inside a multi-line cell counted), for a workbook the sheet's row number,
   * for JSON the array index + 1, for NDJSON the line.
   */
  row: number;
  /** The same spreadsheet line as `row`, when the reader gives it explicitly (text tables). */
  line?: number;
  /** The column header as it appeared in the input, or the field path. */
  column: string;
  reason: string;
  /** The offending raw value, when there is one. */
  value?: string;
}

/** Thrown for bad input in strict mode; names the record, column and reason. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly rejections: readonly Rejection[],
    readonly source?: string,
  ) {
    const first = rejections[0];
    const where = source ? `${source}: ` : '';
    super(
      first
        ? `${where}row ${first.row}, column "${first.column}": ${first.reason}` +
            (rejections.length > 1 ? ` (and ${rejections.length - 1} more)` : '')
        : `${where}invalid input`,
    );
  }
}
