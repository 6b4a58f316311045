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

/**
 * Thrown for bad input in strict mode; names the record, column and reason. The message
 * is in Chinese, the readers' language (a clerk may see it):
 * `posts.csv：第 4 行，列“发布时间”：不是日期时间："…"（另有 2 处）` (row 4, column, reason; and 2 more).
 * A whole-record problem (column `(record)`, `(header)` …) names no column. `rejections` holds every problem.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly rejections: readonly Rejection[],
    readonly source?: string,
  ) {
    const first = rejections[0];
    const where = source ? `${source}：` : '';
    super(
      first
        ? `${where}第 ${first.row} 行${/^\((record|row|file|header)\)$/.test(first.column) ? '' : `，列“${first.column}”`}：${first.reason}` +
            (rejections.length > 1 ? `（另有 ${rejections.length - 1} 处）` : '')
        : `${where}输入无效`,
    );
  }
}
