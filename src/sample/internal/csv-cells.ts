import { CHINA_OFFSET_MS } from '../../model/time.js';
import { reportToCsv } from '../../report/report-to-csv.js';

/** `2024-03-01 08:30:00`, China time, as offices' exports write it; `''` when absent. */
export const csvTime = (d: Date | undefined): string => (d ? new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ') : '');

/** `是` / `否`, `''` when unknown. */
export const csvYesNo = (b: boolean | undefined): string => (b === undefined ? '' : b ? '是' : '否');

/**
 * A count the way provider downloads print it: `10万+` for the cap (100001), the `万`
 * form for 10,000 and above (exact: 12000 → `1.2万`, 12345 → `1.2345万`, so reading it
 * back gives the same number), `-` for missing, plain digits otherwise.
 */
export function csvCount(n: number | undefined): string {
  if (n === undefined) return '-';
  if (n === 100001) return '10万+';
  if (n >= 10000 && Number.isInteger(n)) {
    const whole = Math.floor(n / 10000), frac = String(n % 10000).padStart(4, '0').replace(/0+$/, '');
    return frac ? `${whole}.${frac}万` : `${whole}万`;
  }
  return String(n);
}

/**
 * The sample's CSV text through the package's one CSV writer, {@link reportToCsv}:
 * RFC 4180 quoting, UTF-8 BOM and CRLF as Excel writes, formula-looking cells defused
 * (a lone `-`, the missing-count mark, and plain numbers are left as they are).
 * Cells are strings or numbers (numbers as JavaScript prints them).
 */
export function csvText(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const columns = headers.map((label, i) => ({ key: String(i), label }));
  return reportToCsv({ columns, rows: rows.map((r) => Object.fromEntries(r.map((v, i) => [String(i), v]))) });
}
