import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { resolveIndex } from '../../indices/index.js';
import { safeParseMatrix, type Matrix, type Platform } from '../../model/index.js';
import { parseLabel } from '../../ingest/index.js';
import { matrixReport } from '../../report/index.js';
import { CliInputError, CliUsageError } from '../io.js';
import { describeRejection, numberOption } from '../inputs.js';
import type { CommandContext, CommandDefinition } from './command.js';
import { accountsOption, loadAccounts, loadPosts, periodJson, postsOptions, runPeriod, unknownIndexZh } from './shared.js';

/** `govmedia matrix`: matrix coverage (units × platforms), gaps and excesses, linked publishing (echo) and totals. */
export const matrixCommand: CommandDefinition = {
  name: 'matrix',
  description: '账号矩阵：单位 × 平台的覆盖情况（对照开设规则）、缺位与多开、对龙头账号的联动（整体联动）和合计',
  example: 'govmedia matrix --matrix examples/data/matrix.json --accounts examples/data/accounts.csv --posts examples/data/posts.csv --period 2024-09 --format html --out matrix.html',
  steps: 5,
  options(cmd) {
    cmd.requiredOption('--matrix <file>', '矩阵定义（JSON：id、name、lead 龙头、members 成员、units 单位、rules 规则）');
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--window-hours <hours>', '成员在这么多小时内转发或重复龙头账号的文章即算联动（默认 24）')
      .option('--platforms <list>', '覆盖表的平台，逗号分隔（默认：微信、微博及成员用到的其他平台）')
      .option('--index <id>', '矩阵总指数所用的指数（成员的平均值）', 'wci-14.2');
  },
  async run(opts, ctx) {
    // A bad --index is a usage error before any file is read (not an internal error after scoring).
    try { resolveIndex(String(opts.index)); } catch { throw new CliUsageError(unknownIndexZh(String(opts.index))); }
    const matrix = await loadMatrix(String(opts.matrix), ctx);
    const accounts = (await loadAccounts(opts, ctx))!;
    const table = await loadPosts(opts, ctx);
    const period = runPeriod(opts, table);
    ctx.progress.step('计算覆盖与联动');
    const platforms = opts.platforms === undefined ? undefined : String(opts.platforms).split(',').map((p) => platformOf(p.trim()));
    const windowHours = numberOption('--window-hours', opts.windowHours, { min: 0 });
    const r = matrixReport(matrix, accounts, table, {
      ...(period ? { period } : {}), ...(platforms ? { platforms } : {}), ...(windowHours === undefined ? {} : { windowHours }), index: String(opts.index),
    });
    return {
      // JSON without each lead post's row index: the same bytes for any row order (issue 13 kind 6).
      json: {
        period: periodJson(period), matrix: { id: matrix.id, name: matrix.name, lead: matrix.lead }, coverage: r.coverage,
        linkedPublishing: { ...r.linkedPublishing, perLeadPost: r.linkedPublishing.perLeadPost.map(({ index: _row, ...p }) => p) }, totals: r.totals,
      },
      table: r.grid,
      extraTables: [r.gaps, r.excesses, r.members],
      report: r.document,
    };
  },
};

function platformOf(raw: string): Platform {
  const p = parseLabel('platform', raw);
  if (!p.ok || p.value === undefined) throw new CliUsageError(`--platforms：未知平台 ${JSON.stringify(raw)}`);
  return p.value;
}

/** Reads and validates the matrix JSON (zod, at the boundary); errors name the file and field. */
async function loadMatrix(file: string, ctx: CommandContext): Promise<Matrix> {
  ctx.progress.step(`读取 ${file}`);
  let text: string;
  try {
    text = await readFile(resolve(ctx.io.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(`${file}：${code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(e)}）`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliInputError(`${file}：不是有效的 JSON（${(e as Error).message}）`);
  }
  const r = safeParseMatrix(json);
  if (!r.success) throw new CliInputError(`${file}：${describeRejection(r.errors[0]!, file).replace(/^第 1 条记录，/, '')}`, r.errors);
  return r.data;
}
