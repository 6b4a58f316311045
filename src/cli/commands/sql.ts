import { Option, type Command } from 'commander';
import { INDEX_CATALOG, SQL_DIALECTS, toSQL, type SqlColumns, type SqlDialect, type SqlTimeType } from '../../indices/index.js';
import { postsTableDdl, postsTableTsv } from '../../interop/index.js';
import { parsePeriod } from '../../time/index.js';
import { CliUsageError } from '../io.js';
import { numberOption, periodErrorZh } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { loadPosts, periodJson, unknownIndexZh } from './shared.js';

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
      throw new CliUsageError(`--table-columns：应为“字段=列名”对，字段为 ${COLUMN_KEYS.join('、')}，收到 ${JSON.stringify(part)}`);
    out[m[1] as keyof SqlColumns] = m[2]!;
  }
  return out;
}

/**
 * toSQL's and postsTableDdl's RangeError/TypeError (English, naming the function, for
 * programmers) as the user reads them: in Chinese, naming the flag; an unrecognised one
 * passes unchanged.
 */
function sqlErrorZh(message: string, index: string): string {
  const msg = message.replace(/^(toSQL|postsTableDdl): /, '');
  let m: RegExpExecArray | null;
  if ((m = /unsafe identifier "([^"]*)"/.exec(msg))) return `不安全的标识符 ${JSON.stringify(m[1])}（--table、--table-columns 的表名和列名只能用字母、数字和下划线，可带一个 schema. 前缀）`;
  if ((m = /index (\S+) needs "([^"]*)" \(([^)]*)\)/.exec(msg))) return `--index ${m[1]}：需要“${m[2]}”（${m[3]}），SQL 中的帖子表没有这一项；请在自己的查询中关联账号记录`;
  if (/cluster is for the clickhouse dialect/.test(msg)) return '--cluster 只用于 clickhouse 方言';
  if (/whole seconds/.test(msg)) return '--period：ClickHouse 的 DateTime 精确到秒，统计周期的边界须为整秒';
  if (/unknown index/.test(msg)) return unknownIndexZh(index);
  return msg;
}

/** `govmedia sql`: prints the SQL computing an index per account on a database's posts table (toSQL). */
export const sqlCommand: CommandDefinition = {
  name: 'sql',
  description: '输出在 DuckDB、PostgreSQL 或 ClickHouse 中按账号计算指数的 SQL（数据大到一台机器放不下时用）',
  example: 'govmedia sql --index wci-14.2 --dialect clickhouse --time-type timestamp --period 2024-03',
  steps: 1,
  options(cmd: Command) {
    cmd
      .option('--index <id>', `指数：${Object.keys(INDEX_CATALOG).join('、')}（可由帖子表计算的）`, 'wci-14.2')
      .option('--dialect <dialect>', `SQL 方言：${SQL_DIALECTS.join('、')}（standard 即 postgres，也适用于 Spark SQL）`, 'duckdb')
      .option('--time-type <type>', "时间列的存储方式：epoch-ms（数字列，Unix 毫秒）或 timestamp（TIMESTAMPTZ / TIMESTAMP WITH TIME ZONE / DateTime('Asia/Shanghai')）", 'epoch-ms')
      .option('-p, --period <period>', '统计周期（北京时间）：2024-03（月，按 30 天）、2024-W10、2024，或 2024-01-01~2024-03-31；默认：整张表，配合 --days')
      .option('--days <n>', '不给 --period 时的统计天数 d')
      .option('--table <name>', '表名', 'posts')
      .option('--table-columns <pairs>', `--table 表的列名，写成“字段=列名”对，如 account=acct,time=ts（字段：${COLUMN_KEYS.join('、')}）`)
      // `--columns` is the header → field mapping FILE of the commands reading exports: caught (hidden) to name the flag meant here.
      .addOption(new Option('--columns <value>').hideHelp())
      .option('--round-averages', '取对数前把篇均值四舍五入到 1 位小数（与清博的做法一致）')
      .option('--ddl', '改为输出该方言和时间类型下帖子表的 CREATE TABLE 语句')
      .option('--cluster <name>', '与 --ddl、clickhouse 同用：建 <表>_local（MergeTree）和该集群上的 Distributed <表>（在每个分片上执行）')
      .option('--rows <posts-file>', '改为把帖子文件（govmedia 能读的任何格式）的行输出为制表符分隔值，供 --ddl 建的表导入：ClickHouse INSERT … FORMAT TabSeparated、PostgreSQL COPY、DuckDB COPY（DELIMITER \'\\t\', NULL \'\\N\'）');
  },
  async run(opts, ctx) {
    if (opts.columns !== undefined) throw new CliUsageError('--columns：sql 中数据库表的列名请用 --table-columns account=acct,time=ts（--columns 在其他命令中是表头映射文件）');
    ctx.progress.step('生成 SQL');
    const dialect = String(opts.dialect) as SqlDialect;
    if (!SQL_DIALECTS.includes(dialect)) throw new CliUsageError(`--dialect：应为 ${SQL_DIALECTS.join('、')} 之一，收到 ${JSON.stringify(opts.dialect)}`);
    const timeType = String(opts.timeType) as SqlTimeType;
    if (timeType !== 'epoch-ms' && timeType !== 'timestamp') throw new CliUsageError(`--time-type：应为 epoch-ms 或 timestamp，收到 ${JSON.stringify(opts.timeType)}`);
    let period;
    if (opts.period !== undefined) {
      try {
        period = parsePeriod(String(opts.period));
      } catch (e) {
        throw new CliUsageError(periodErrorZh(String(opts.period), e));
      }
    }
    if (opts.ddl && opts.rows !== undefined) throw new CliUsageError('--ddl 与 --rows 只能给一个');
    if (opts.cluster !== undefined && !opts.ddl) throw new CliUsageError('--cluster 须与 --ddl 同用');
    if (opts.ddl || opts.rows !== undefined) {
      const table = String(opts.table);
      if (opts.ddl) {
        let ddl: string;
        try {
          ddl = postsTableDdl({ dialect, timeType, table, ...(opts.cluster === undefined ? {} : { cluster: String(opts.cluster) }) });
        } catch (e) {
          throw new CliUsageError(sqlErrorZh((e as Error).message, String(opts.index)));
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
      if (/divides by days/.test(msg)) throw new CliUsageError(`--period 或 --days：${index} 要除以统计天数 d，请给出其中一个`);
      throw new CliUsageError(sqlErrorZh(msg, index));
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
