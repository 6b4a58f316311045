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
  description: 'early warnings (预警) before the next check: accounts the 14-day no-update veto will hit unless they post, messages whose reply deadline falls before it, registry filings due; red/yellow/green per unit',
  example: 'govmedia warn --accounts examples/data/accounts.csv --posts examples/data/posts.csv --messages examples/data/messages.csv --registry examples/data/registry.csv --at 2024-09-24 --next 2024-09-30',
  steps: 6,
  options(cmd) {
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--messages <file>', 'public messages file: unanswered messages whose reply deadline falls before --next')
      .option('--registry <file>', 'registry (备案) file: changes and ledger accounts not filed in time')
      .requiredOption('--at <time>', 'now (China time), e.g. "2024-09-25 09:00"; a bare date means the end of that day')
      .requiredOption('--next <time>', 'the next check time (China time); a bare date means the end of that day')
      .option('--stale-days <n>', 'the no-update veto: no post in this many days before a check (default 14, national)')
      .option('--warn-days <n>', 'warn accounts silent for at least this many days at --at (default 7, ours)')
      .option('--policy <name>', 'reply policy: yueqing (default), yinchuan or jingmen')
      .option('--filing-days <n>', 'working days to file a registry change (default 5, Hubei; Linyi 2)');
    holidaysOption(cmd);
  },
  async run(opts, ctx) {
    const { calendar, accounts, table, messages, registry } = await loadCheckInputs(opts, ctx);
    const at = parseAtOption('--at', opts.at)!, next = parseAtOption('--next', opts.next)!;
    if (next < at) throw new CliUsageError('--next is before --at');
    const policy = replyPolicyOption(opts);
    if (accounts.length === 0) throw new CliInputError(`${String(opts.accounts)}: no accounts`);
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
