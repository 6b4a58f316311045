/**
 * The tabular shape every formatter (terminal table, CSV, Markdown, HTML) renders:
 * ordered columns with display labels, and plain JSON-friendly rows keyed by
 * column key. Commands build one of these from a library result; JSON output uses
 * the library result itself, not this view.
 */
export interface ReportColumn {
  /** Key of the value in each row. */
  key: string;
  /** Header shown to people (Chinese for office-facing reports). */
  label: string;
  /** Alignment in text tables and Markdown; default: right for numbers, left otherwise. */
  align?: 'left' | 'right';
  /** Fixed number of decimals for numeric cells; default: the number as JavaScript prints it. */
  digits?: number;
}

/** A table ready for display. Cell values: string, number, boolean, null/undefined (empty). */
export interface ReportTable {
  title?: string;
  columns: ReportColumn[];
  rows: Record<string, unknown>[];
}
