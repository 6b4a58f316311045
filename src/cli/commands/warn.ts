import { earlyWarningsReport } from '../../report/index.js';
import { CliInputError, CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { loadCheckInputs, replyPolicyOption } from './check-inputs.js';
import { calendarNotice, holidaysOption } from './calendar-option.js';
import { accountsOption, parseAtOption, postsOptions } from './shared.js';

/** `govmedia warn`: early warnings (预警) before the next check, red/yellow/green per unit. */
export const warnCommand: CommandDefinition = {
  name: 'warn',
  description: '下次检查前的预警：不发文就会触发 14 天未更新否决的账号、回复时限早于下次检查的留言、到期的备案；按单位给出红/黄/绿',
  example: 'govmedia warn --accounts examples/data/accounts.csv --posts examples/data/posts.csv --messages examples/data/messages.csv --registry examples/data/registry.csv --at 2024-09-24 --next 2024-09-30',
  steps: 6,
  options(cmd) {
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--messages <file>', '公众留言文件：回复时限早于 --next 的未回复留言')
      .option('--registry <file>', '备案文件：变更情况和未按时备案的台账账号')
      .requiredOption('--at <time>', '当前时间（北京时间），如 "2024-09-25 09:00"；只写日期即当天结束时')
      .requiredOption('--next <time>', '下次检查时间（北京时间）；只写日期即当天结束时')
      .option('--stale-days <n>', '未更新否决：检查前这么多天没有发文（默认 14，国家规定）')
      .option('--warn-days <n>', '到 --at 时已至少这么多天未发文的账号给出预警（默认 7，本工具的设定）')
      .option('--policy <name>', '留言回复时限规则：yueqing（乐清，默认）、yinchuan（银川）或 jingmen（荆门）')
      .option('--filing-days <n>', '备案变更的办理时限，工作日（默认 5，湖北；临沂为 2）');
    holidaysOption(cmd);
  },
  async run(opts, ctx) {
    const { calendar, accounts, table, messages, registry } = await loadCheckInputs(opts, ctx);
    const at = parseAtOption('--at', opts.at)!, next = parseAtOption('--next', opts.next)!;
    if (next < at) throw new CliUsageError('--next 早于 --at');
    const policy = replyPolicyOption(opts);
    if (accounts.length === 0) throw new CliInputError(`${String(opts.accounts)}：没有账号`);
    ctx.progress.step('预警');
    const staleDays = numberOption('--stale-days', opts.staleDays, { min: 1 }), warnDays = numberOption('--warn-days', opts.warnDays, { min: 0 });
    const filingDays = numberOption('--filing-days', opts.filingDays, { integer: true, min: 0 });
    const r = earlyWarningsReport(accounts, table, messages, registry, {
      at, next, ...(staleDays === undefined ? {} : { staleDays }), ...(warnDays === undefined ? {} : { warnDays }),
      ...(policy ? { policy: policy } : {}), ...(filingDays === undefined ? {} : { filingDeadline: filingDays }), calendar,
    });
    calendarNotice(ctx.io, '条留言答复或备案', r.result.calendarNotCovered, r.result.uncoveredYears, calendar);
    return { json: r.result, table: r.byUnit, extraTables: [r.list], report: r.document };
  },
};
