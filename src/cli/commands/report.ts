import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFindingsFile } from '../../content/index.js';
import { InputError } from '../../model/index.js';
import { quarterlyInspectionReport, quarterlyReportDocx, quarterlyReportHtml, quarterlyReportMarkdown, quarterlyReportXlsx } from '../../report/index.js';
import { CliInputError, CliUsageError, type CliIO } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { loadCheckInputs, replyPolicyOption } from './check-inputs.js';
import { parseJson, readText } from './content-inputs.js';
import { calendarNotice, holidaysOption } from './calendar-option.js';
import { accountsOption, parseAtOption, postsOptions, runPeriod } from './shared.js';

async function save(file: unknown, data: string | Uint8Array, io: CliIO): Promise<void> {
  if (file === undefined) return;
  try {
    await writeFile(resolve(io.cwd, String(file)), data);
  } catch (e) {
    throw new CliInputError(`${String(file)}：无法写入（${(e as Error).message}）`);
  }
}

/** `govmedia report`: the quarterly inspection 通报 (seed 004's shape) as Markdown, HTML, .docx, and .xlsx annexes. */
export const reportCommand: CommandDefinition = {
  name: 'report',
  description: '季度检查通报（省级季度检查情况通报的格式）：按开设主体和类型的账号数、抽查合格率、与上季度比较、留言未回复比例、备案和内容问题、单项否决附件；--docx/--xlsx/--html/--md 写出文件',
  example: 'govmedia report --accounts examples/data/accounts.csv --posts examples/data/posts.csv --messages examples/data/messages.csv --registry examples/data/registry.csv --at 2024-09-30 --sample-share 0.3 --previous-rate 0.8 --format md --out report.md',
  steps: 7,
  options(cmd) {
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--messages <file>', '公众留言：抽查账号中未在时限内回复的')
      .option('--registry <file>', '备案文件：备案问题')
      .option('--findings <file>', '内容问题清单（govmedia check 输出的 JSON）；加 --confirmed-only 时只用标记为 "confirmed": true 的')
      .option('--confirmed-only', '只通报经人工确认的内容问题')
      .option('--at <time>', '检查时间（北京时间）；默认：帖子最后一天结束时')
      .option('--sample-share <share>', '按此比例抽样检查（按平台 × 层级分层、固定种子；默认全部检查）')
      .option('--sample-size <n>', '……或抽这么多个账号')
      .option('--seed <n>', '抽样种子（默认 1）')
      .option('--previous-rate <rate>', '上季度总体合格率（0.818 或 81.8%）')
      .option('--policy <name>', '留言回复时限规则：yueqing（乐清，默认）、yinchuan（银川）或 jingmen（荆门）')
      .option('--quarter <label>', '通报所属季度，如 2024年第三季度（默认由 --at 推出）')
      .option('--issuer <name>', '发文机关（默认 省人民政府办公厅）')
      .option('--date <date>', '发文日期（默认 --at）')
      .option('--docx <file>', '把通报写成 Word 文件（.docx）')
      .option('--xlsx <file>', '把附件写成 Excel 工作簿（.xlsx）')
      .option('--html <file>', '把通报写成独立的 HTML 网页')
      .option('--md <file>', '把通报写成 Markdown');
    holidaysOption(cmd);
  },
  async run(opts, ctx) {
    const { calendar, accounts, table, messages, registry } = await loadCheckInputs(opts, ctx);
    const at = parseAtOption('--at', opts.at) ?? runPeriod(opts, table)?.end;
    if (at === undefined) throw new CliInputError(`${String(opts.posts)}：没有带发布时间的帖子；请用 --at 给出检查时间`);
    const policy = replyPolicyOption(opts);
    let previousRate: number | undefined;
    if (opts.previousRate !== undefined) {
      const s = String(opts.previousRate).trim();
      const v = s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s);
      if (!(v >= 0 && v <= 1)) throw new CliUsageError(`--previous-rate：应为比率，如 0.818 或 81.8%，收到 ${JSON.stringify(opts.previousRate)}`);
      previousRate = v;
    }
    let contentFindings;
    if (opts.findings !== undefined) {
      const file = String(opts.findings);
      try {
        contentFindings = parseFindingsFile(parseJson(await readText(file, ctx.io), file), { file }).findings;
      } catch (e) {
        if (e instanceof InputError) throw new CliInputError(e.message, e.rejections);
        throw e;
      }
      if (opts.confirmedOnly === true) contentFindings = contentFindings.filter((f) => f.confirmed === true);
    }
    ctx.progress.step('检查抽查');
    const share = numberOption('--sample-share', opts.sampleShare, { min: 0, max: 1 });
    const size = numberOption('--sample-size', opts.sampleSize, { integer: true, min: 0, max: accounts.length });
    const seed = numberOption('--seed', opts.seed, { integer: true });
    const { report, registryFindings, tables, document } = quarterlyInspectionReport(accounts, table, messages, registry, {
      at, ...(share === undefined && size === undefined ? {} : { sample: { ...(size === undefined ? { share: share! } : { size }), ...(seed === undefined ? {} : { seed }) } }),
      ...(contentFindings ? { contentFindings } : {}), ...(previousRate === undefined ? {} : { previousRate }),
      ...(policy ? { policy: policy } : {}), ...(opts.quarter ? { quarter: String(opts.quarter) } : {}), ...(opts.issuer ? { issuer: String(opts.issuer) } : {}),
      ...(opts.date ? { date: parseAtOption('--date', opts.date)! - 1 } : {}), calendar,
    });
    const nc = report.problems.calendarNotCovered;
    calendarNotice(ctx.io, '条留言答复', nc.messages, nc.years, calendar);
    const filingNc = registryFindings.filter((f) => f.kind === 'filing-calendar-not-covered');
    calendarNotice(ctx.io, '项备案', filingNc.length, [...new Set(filingNc.map((f) => f.uncoveredYear!))].sort((a, b) => a - b), calendar);
    ctx.progress.step('写出通报');
    await save(opts.md, quarterlyReportMarkdown(report), ctx.io);
    await save(opts.html, quarterlyReportHtml(report), ctx.io);
    if (opts.docx !== undefined) await save(opts.docx, await quarterlyReportDocx(report), ctx.io);
    if (opts.xlsx !== undefined) await save(opts.xlsx, await quarterlyReportXlsx(report), ctx.io);
    return { json: report, table: tables.rates, extraTables: [tables.problems, tables.annex], report: document };
  },
};
