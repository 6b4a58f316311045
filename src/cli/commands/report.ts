import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFindingsFile } from '../../content/index.js';
import { inspect, reconcileRegistry, stratifiedSample } from '../../inspection/index.js';
import { InputError } from '../../model/index.js';
import { buildQuarterlyReport, quarterlyReportDocx, quarterlyReportHtml, quarterlyReportMarkdown, quarterlyReportTables, quarterlyReportXlsx } from '../../report/index.js';
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
    throw new CliInputError(`${String(file)}: cannot write: ${(e as Error).message}`);
  }
}

/** `govmedia report`: the quarterly inspection 通报 (seed 004's shape) as Markdown, HTML, .docx, and .xlsx annexes. */
export const reportCommand: CommandDefinition = {
  name: 'report',
  description: 'the quarterly inspection 通报 (seed 004’s shape): accounts by 开设主体 and type, sample pass rates, change from last quarter, unanswered shares, registry and content problems, the 单项否决 annex; --docx/--xlsx/--html/--md write the files',
  example: 'govmedia report --accounts examples/data/accounts.csv --posts examples/data/posts.csv --messages examples/data/messages.csv --registry examples/data/registry.csv --at 2024-09-30 --sample-share 0.3 --previous-rate 0.8 --format md --out report.md',
  steps: 7,
  options(cmd) {
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--messages <file>', 'public messages: sampled accounts not replying within the limit')
      .option('--registry <file>', 'registry (备案) file: registry problems')
      .option('--findings <file>', 'content findings (JSON from govmedia check); with --confirmed-only, only those marked "confirmed": true')
      .option('--confirmed-only', 'report only content findings a human confirmed')
      .option('--at <time>', 'check time (China time); default: the end of the posts’ last day')
      .option('--sample-share <share>', 'inspect a seeded stratified sample (platform × level) of this share of the accounts (default: all)')
      .option('--sample-size <n>', '… or of this many accounts')
      .option('--seed <n>', 'seed of the sample (default 1)')
      .option('--previous-rate <rate>', 'last quarter’s overall pass rate (0.818 or 81.8%)')
      .option('--policy <name>', 'reply limit: yueqing (default), yinchuan or jingmen')
      .option('--quarter <label>', 'e.g. 2024年第三季度 (default from --at)')
      .option('--issuer <name>', '发文机关 (default 省人民政府办公厅)')
      .option('--date <date>', '发文日期 (default --at)')
      .option('--docx <file>', 'write the 通报 as Word .docx')
      .option('--xlsx <file>', 'write the annexes as an .xlsx workbook')
      .option('--html <file>', 'write the 通报 as a self-contained HTML page')
      .option('--md <file>', 'write the 通报 as Markdown');
    holidaysOption(cmd);
  },
  async run(opts, ctx) {
    const { calendar, accounts, table, messages, registry } = await loadCheckInputs(opts, ctx);
    const at = parseAtOption('--at', opts.at) ?? runPeriod(opts, table)?.end;
    if (at === undefined) throw new CliInputError(`${String(opts.posts)}: no dated posts; give the check time with --at`);
    const policy = replyPolicyOption(opts);
    let previousRate: number | undefined;
    if (opts.previousRate !== undefined) {
      const s = String(opts.previousRate).trim();
      const v = s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s);
      if (!(v >= 0 && v <= 1)) throw new CliUsageError(`--previous-rate: expected a rate such as 0.818 or 81.8%, got ${JSON.stringify(opts.previousRate)}`);
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
    const sampled = share === undefined && size === undefined ? accounts : stratifiedSample(accounts, { ...(size === undefined ? { share: share! } : { size }), ...(seed === undefined ? {} : { seed }) });
    const verdicts = inspect(sampled, table, messages, registry, { at });
    const registryFindings = registry.length ? reconcileRegistry(accounts, registry, table, { at, calendar }) : [];
    const report = buildQuarterlyReport({
      accounts, verdicts, messages, registryFindings, at, ...(contentFindings ? { contentFindings } : {}), ...(previousRate === undefined ? {} : { previousRate }),
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
    const { rates, problems, annex } = quarterlyReportTables(report);
    return {
      json: report,
      table: rates,
      extraTables: [problems, annex],
      report: { title: report.title, subtitle: `${report.issuer} ${report.date}`, sections: [rates, problems, annex].map((t) => ({ kind: 'table' as const, title: t.title ?? '', table: t })) },
    };
  },
};
