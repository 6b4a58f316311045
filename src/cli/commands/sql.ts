import { Option, type Command } from 'commander';
import { INDEX_CATALOG, SQL_DIALECTS, toSQL, type SqlColumns, type SqlDialect, type SqlTimeType } from '../../indices/index.js';
import { postsTableDdl, postsTableTsv } from '../../interop/index.js';
import { parsePeriod } from '../../time/index.js';
import { CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { loadPosts, periodJson } from './shared.js';

const COLUMN_KEYS: readonly (keyof SqlColumns)[] = ['account', 'time', 'reads', 'looks', 'likes', 'shares', 'comments', 'position', 'original'];

/**
 * `--table-columns account=acct,time=ts` → `{ account: 'acct', time: 'ts' }` (toSQL's `columns`). Not `--columns`:
 * that flag is the header → field mapping FILE of every command reading exports (issue 13: no flag means two things).
 */
function parseColumns(spec: unknown): Partial<SqlColumns> {
  if (spec === undefined) return {};
  const out: Partial<SqlColumns> = {};
  for (const part of String(spec).split(',').filter((p) => p.trim() !== '')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m || !COLUMN_KEYS.includes(m[1] as keyof SqlColumns))
      throw new CliUsageError(`--table-columns: expected field=column pairs with fields ${COLUMN_KEYS.join(', ')}, got ${JSON.stringify(part)}`);
    out[m[1] as keyof SqlColumns] = m[2]!;
  }
  return out;
}

/** `govmedia sql`: prints the SQL computing an index per account on a database's posts table (toSQL). */
export const sqlCommand: CommandDefinition = {
  name: 'sql',
  description: 'print the SQL that computes an index per account in DuckDB, PostgreSQL or ClickHouse (for data that outgrows one machine)',
  example: 'govmedia sql --index wci-14.2 --dialect clickhouse --time-type timestamp --period 2024-03',
  steps: 1,
  options(cmd: Command) {
    cmd
      .option('--index <id>', `index: ${Object.keys(INDEX_CATALOG).join(', ')} (table-scorable ones)`, 'wci-14.2')
      .option('--dialect <dialect>', `SQL dialect: ${SQL_DIALECTS.join(', ')} (standard = postgres, also Spark SQL)`, 'duckdb')
      .option('--time-type <type>', "how the time column stores instants: epoch-ms (a number column) or timestamp (TIMESTAMPTZ / TIMESTAMP WITH TIME ZONE / DateTime('Asia/Shanghai'))", 'epoch-ms')
      .option('-p, --period <period>', 'period (China time): 2024-03 (month, 30 days), 2024-W10, 2024, or 2024-01-01~2024-03-31; default: the whole table with --days')
      .option('--days <n>', 'day count d when no --period is given')
      .option('--table <name>', 'table name', 'posts')
      .option('--table-columns <pairs>', `the --table's column names as field=column pairs, e.g. account=acct,time=ts (fields: ${COLUMN_KEYS.join(', ')})`)
      // `--columns` is the header → field mapping FILE of the commands reading exports: caught (hidden) to name the flag meant here.
      .addOption(new Option('--columns <value>').hideHelp())
      .option('--round-averages', 'round per-article averages to 1 decimal before the log, as the provider does')
      .option('--ddl', 'print instead the CREATE TABLE statement(s) of the posts table for the dialect and time type')
      .option('--cluster <name>', 'with --ddl and clickhouse: a <table>_local MergeTree plus a Distributed <table> over this cluster (run on every shard)')
      .option('--rows <posts-file>', 'print instead the rows of a posts file (any format govmedia reads) as tab-separated values for the --ddl table: ClickHouse INSERT … FORMAT TabSeparated, PostgreSQL COPY, DuckDB COPY (DELIMITER \'\\t\', NULL \'\\N\')');
  },
  async run(opts, ctx) {
    if (opts.columns !== undefined) throw new CliUsageError('--columns：sql 中数据库表的列名请用 --table-columns account=acct,time=ts（--columns 在其他命令中是表头映射文件）');
    ctx.progress.step('生成 SQL');
    const dialect = String(opts.dialect) as SqlDialect;
    if (!SQL_DIALECTS.includes(dialect)) throw new CliUsageError(`--dialect: expected ${SQL_DIALECTS.join(', ')}, got ${JSON.stringify(opts.dialect)}`);
    const timeType = String(opts.timeType) as SqlTimeType;
    if (timeType !== 'epoch-ms' && timeType !== 'timestamp') throw new CliUsageError(`--time-type: expected epoch-ms or timestamp, got ${JSON.stringify(opts.timeType)}`);
    let period;
    if (opts.period !== undefined) {
      try {
        period = parsePeriod(String(opts.period));
      } catch (e) {
        throw new CliUsageError(`--period: ${(e as Error).message}`);
      }
    }
    if (opts.ddl && opts.rows !== undefined) throw new CliUsageError('--ddl and --rows: give one of them');
    if (opts.cluster !== undefined && !opts.ddl) throw new CliUsageError('--cluster goes with --ddl');
    if (opts.ddl || opts.rows !== undefined) {
      const table = String(opts.table);
      if (opts.ddl) {
        let ddl: string;
        try {
          ddl = postsTableDdl({ dialect, timeType, table, ...(opts.cluster === undefined ? {} : { cluster: String(opts.cluster) }) });
        } catch (e) {
          throw new CliUsageError((e as Error).message.replace(/^postsTableDdl: /, ''));
        }
        return sqlOutput({ kind: 'ddl', dialect, timeType, table, sql: ddl }, ddl);
      }
      const posts = await loadPosts({ ...opts, posts: opts.rows }, ctx);
      const tsv = [...postsTableTsv(posts, { dialect, timeType })].join('');
      return sqlOutput({ kind: 'rows', dialect, timeType, table, rows: posts.size }, tsv);
    }
    const days = numberOption('--days', opts.days, { min: 0 });
    const index = String(opts.index);
    let sql: string;
    try {
      sql = toSQL(index, {
        dialect, timeType, table: String(opts.table), columns: parseColumns(opts.tableColumns),
        ...(period ? { period } : {}), ...(days === undefined ? {} : { days }), ...(opts.roundAverages ? { roundAverages: true } : {}),
      });
    } catch (e) {
      // toSQL's RangeError/TypeError name the bad argument: a usage error here (exit 2).
      const msg = (e as Error).message.replace(/^toSQL: /, '');
      if (/divides by days/.test(msg)) throw new CliUsageError(`--period or --days: ${index} divides by the day count d, give one of them`);
      throw new CliUsageError(e instanceof TypeError || /unknown index/.test(msg) ? `--index ${index}: ${msg}` : msg);
    }
    const row = { index, dialect, timeType, period: period?.label ?? '', sql };
    return {
      json: { index, dialect, timeType, table: String(opts.table), period: periodJson(period ?? null), sql },
      text: `${sql};\n`,
      table: {
        title: `${index} · ${dialect} · ${timeType}${period ? ` · ${period.label}` : ''}`,
        columns: [
          { key: 'index', label: '指数' }, { key: 'dialect', label: '方言' }, { key: 'timeType', label: '时间列类型' },
          { key: 'period', label: '周期' }, { key: 'sql', label: 'SQL' },
        ],
        rows: [row],
      },
      report: {
        title: `${index} SQL（${dialect}）`,
        sections: [
          { kind: 'facts', title: '参数', facts: [['指数', index], ['方言', dialect], ['时间列类型', timeType], ['周期', period?.label ?? '全表']] },
          { kind: 'text', title: 'SQL', text: sql },
        ],
      },
    };
  },
};

/** Output of `--ddl` / `--rows`: the text itself for the default format, a summary otherwise. */
function sqlOutput(json: Record<string, unknown>, text: string) {
  return {
    json: { ...json, text },
    text,
    table: { title: `${String(json.kind)} · ${String(json.dialect)}`, columns: [{ key: 'text', label: String(json.kind) }], rows: [{ text }] },
    report: { title: `${String(json.kind)}（${String(json.dialect)}）`, sections: [{ kind: 'text' as const, text }] },
  };
}
