import { indexFields, type IndexDefinition } from './index-definition.js';
import { resolveIndex } from './index-catalog.js';
import { tableFieldsOf } from './table-fields.js';

/** Column names of the posts table in the database. */
export interface SqlColumns {
  account: string;
  time: string;
  reads: string;
  looks: string;
  likes: string;
  shares: string;
  comments: string;
  /** Position in the push (1 = headline). */
  position: string;
  /** Boolean or 0/1 original flag (only for indices that use `originals`). */
  original: string;
}

/** Options of {@link toSQL}. */
export interface ToSqlOptions {
  /** `'duckdb'` (default) or `'standard'` (Postgres, Spark SQL, ClickHouse). */
  dialect?: 'duckdb' | 'standard';
  /** Table name (default `posts`). */
  table?: string;
  /** Column names; defaults are the snake_case field names (`account_id`, `published_at`, `reads`, …). */
  columns?: Partial<SqlColumns>;
  /** Restrict to a period; `days` is the index's d. */
  period?: { start: number; end: number; days: number };
  /** Day count when no period is given. */
  days?: number;
  /** How the time column stores instants: epoch milliseconds (default) or a timestamp with time zone. */
  timeUnit?: 'epoch_ms' | 'timestamp';
  /** Override the multiplier / rounding as in `wci`. */
  multiplier?: number;
  roundAverages?: boolean;
}

const DEFAULT_COLUMNS: SqlColumns = {
  account: 'account_id', time: 'published_at', reads: 'reads', looks: 'looks', likes: 'likes', shares: 'shares',
  comments: 'comments', position: 'position', original: 'is_original',
};

const ident = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(name)) throw new RangeError(`toSQL: unsafe identifier "${name}"`);
  return name;
};
const lit = (x: number) => {
  if (!Number.isFinite(x)) throw new RangeError(`toSQL: non-finite number ${x}`);
  return `CAST(${String(x)} AS DOUBLE PRECISION)`;
};

/**
 * Compiles an index definition to SQL computing the same per-account values from a
 * posts table: a grouped aggregate (sums, counts, headline sums, maxima) and the
 * weighted log terms, squared or not, times the multiplier. The same declarative
 * definition drives `scoreAccounts`, so the two agree (tested against DuckDB to 1e-9
 * relative). Accounts without posts in the period do not appear (the library gives
 * them `null`). Output columns: `account_id`, `articles`, one column per dimension,
 * `value`.
 *
 * Uses only `COUNT`, `SUM`, `MAX`, `CASE`, `COALESCE`, `LN`, `GREATEST`, `FLOOR` and
 * `CAST(… AS DOUBLE PRECISION)`, available in DuckDB, Postgres, Spark SQL and ClickHouse;
 * the dialects differ only in rounding averages (`roundAverages`): DuckDB `ROUND(x, 1)`,
 * standard `FLOOR(x * 10 + 0.5) / 10` (Postgres has no `ROUND(double, int)`). Both are
 * executed on DuckDB in the tests; the standard output has not been run on the others here.
 * @example toSQL('wci-14.2', { period: monthPeriod(2024, 3) }) // 'WITH agg AS (SELECT …'
 */
export function toSQL(index: string | IndexDefinition, options: ToSqlOptions = {}): string {
  const def = resolveIndex(index, 'toSQL');
  const dialect = options.dialect ?? 'duckdb';
  if (dialect !== 'duckdb' && dialect !== 'standard') throw new RangeError(`toSQL: unknown dialect "${String(dialect)}" ('duckdb' or 'standard')`);
  const fields = tableFieldsOf(def, 'toSQL');
  const c = { ...DEFAULT_COLUMNS, ...options.columns };
  const table = ident(options.table ?? 'posts');
  const days = options.period?.days ?? options.days;
  if (indexFields(def).includes('days') && !(typeof days === 'number' && days > 0)) throw new RangeError('toSQL: give a period (or options.days > 0): the index divides by days');
  const headline = `${ident(c.position)} = 1`;
  const num = (col: string) => `CAST(${ident(col)} AS DOUBLE PRECISION)`;
  const aggExpr: Record<string, string> = {
    articles: 'COUNT(*)',
    pushes: `SUM(CASE WHEN ${headline} THEN 1 ELSE 0 END)`,
    originals: `SUM(CASE WHEN ${ident(c.original)} THEN 1 ELSE 0 END)`,
  };
  for (const m of ['reads', 'looks', 'likes', 'shares', 'comments'] as const) {
    const cap = m[0]!.toUpperCase() + m.slice(1);
    aggExpr[m] = `COALESCE(SUM(${num(c[m])}), 0)`;
    aggExpr[`headline${cap}`] = `COALESCE(SUM(CASE WHEN ${headline} THEN ${num(c[m])} END), 0)`;
    aggExpr[`max${cap}`] = `COALESCE(MAX(${num(c[m])}), 0)`;
  }
  const used = new Set<string>(['articles']);
  for (const f of fields.values()) if (f !== 'days') used.add(f);
  const selectAgg = [...used].map((f) => `${aggExpr[f]} AS ${f}`).join(',\n    ');
  let where = '';
  if (options.period) {
    const { start, end } = options.period;
    const t = ident(c.time);
    where =
      (options.timeUnit ?? 'epoch_ms') === 'epoch_ms'
        ? `\n  WHERE ${t} >= ${start} AND ${t} < ${end}`
        : `\n  WHERE ${t} >= TIMESTAMP WITH TIME ZONE '${new Date(start).toISOString()}' AND ${t} < TIMESTAMP WITH TIME ZONE '${new Date(end).toISOString()}'`;
  }
  const round = options.roundAverages ?? def.roundAverages;
  const input = (f: string) => (f === 'days' ? lit(days!) : `CAST(${fields.get(f)} AS DOUBLE PRECISION)`);
  const dimSql = def.dimensions.map((d) => {
    const terms = d.terms.map((t) => {
      let x = input(t.field);
      if (t.divideBy) {
        x = `(${x} / ${input(t.divideBy)})`;
        // Postgres has no ROUND(double, int): the standard dialect rounds half up by FLOOR.
        if (round && t.divideBy === 'articles') x = dialect === 'duckdb' ? `ROUND(${x}, 1)` : `(FLOOR(${x} * 10 + 0.5) / 10)`;
      }
      if (t.min !== undefined) x = `GREATEST(${x}, ${lit(t.min)})`;
      return t.transform === 'identity' ? `${lit(t.weight)} * ${x}` : `${lit(t.weight)} * LN(${lit(t.scale)} * ${x} + 1)`;
    });
    return `(${terms.join('\n      + ')}) AS ${ident('dim_' + d.key.replace(/[^A-Za-z0-9_]/g, '_'))}`;
  });
  const sum = def.dimensions.map((d) => `${lit(d.weight)} * dim_${d.key.replace(/[^A-Za-z0-9_]/g, '_')}`).join(' + ');
  const m = options.multiplier ?? def.multiplier;
  const value = def.outer === 'square' ? `(${sum}) * (${sum}) * ${lit(m)}` : `(${sum}) * ${lit(m)}`;
  return `WITH agg AS (
  SELECT ${ident(c.account)} AS account_id,
    ${selectAgg}
  FROM ${table}${where}
  GROUP BY ${ident(c.account)}
), dims AS (
  SELECT account_id, articles,
    ${dimSql.join(',\n    ')}
  FROM agg
)
SELECT account_id, articles, ${def.dimensions.map((d) => `dim_${d.key.replace(/[^A-Za-z0-9_]/g, '_')}`).join(', ')},
  ${value} AS value
FROM dims
ORDER BY account_id`;
}
