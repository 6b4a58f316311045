import { earlyWarnings } from '../../inspection/early-warnings.js';
import type { ReportTable } from '../../report/index.js';
import { CliInputError, CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { loadCheckInputs, replyPolicyOption } from './check-inputs.js';
import { calendarNotice, holidaysOption } from './calendar-option.js';
import { accountsOption, parseAtOption, postsOptions } from './shared.js';

const LEVEL_ZH = { red: '红', yellow: '黄', green: '绿' } as const;
const KIND_ZH = { stale: '更新（2周无更新否决）', reply: '留言答复', filing: '备案' } as const;

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
    const r = earlyWarnings(accounts, table, messages, registry, {
      at, next, ...(staleDays === undefined ? {} : { staleDays }), ...(warnDays === undefined ? {} : { warnDays }),
      ...(policy ? { policy: policy } : {}), ...(filingDays === undefined ? {} : { filingDeadline: filingDays }), calendar,
    });
    calendarNotice(ctx.io, '条留言答复或备案', r.calendarNotCovered, r.uncoveredYears, calendar);
    const units: ReportTable = {
      title: `各单位预警（${r.at.slice(0, 16).replace('T', ' ')} → 下次检查 ${r.next.slice(0, 16).replace('T', ' ')}）`,
      columns: [{ key: 'status', label: '预警' }, { key: 'unit', label: '单位' }, { key: 'accounts', label: '账号数', align: 'right' }, { key: 'red', label: '红色', align: 'right' }, { key: 'yellow', label: '黄色', align: 'right' }],
      rows: r.units.map((u) => ({ ...u, status: LEVEL_ZH[u.status] })),
    };
    const list: ReportTable = {
      title: `预警清单（${r.warnings.length} 条）`,
      columns: [{ key: 'level', label: '级别' }, { key: 'unit', label: '单位' }, { key: 'accountName', label: '账号' }, { key: 'kind', label: '类别' }, { key: 'deadline', label: '时限' }, { key: 'evidence', label: '情况' }],
      rows: r.warnings.map((w) => ({ ...w, level: LEVEL_ZH[w.level], kind: KIND_ZH[w.kind], deadline: w.deadline ? w.deadline.slice(0, 16).replace('T', ' ') : w.uncoveredYear ? '日历未覆盖' : '—' })),
    };
    const count = (s: 'red' | 'yellow' | 'green') => r.units.filter((u) => u.status === s).length;
    return {
      json: r,
      table: units,
      extraTables: [list],
      report: {
        title: '政务新媒体检查预警',
        subtitle: `预警时间 ${r.at.slice(0, 16).replace('T', ' ')}，下次检查 ${r.next.slice(0, 16).replace('T', ' ')}`,
        sections: [
          { kind: 'facts', facts: [['红色预警单位', count('red')], ['黄色预警单位', count('yellow')], ['绿色单位', count('green')], ['预警条数', r.warnings.length], ...(r.calendarNotCovered ? [['日历未覆盖（无法判断时限）', r.calendarNotCovered] as [string, number]] : [])] },
          { kind: 'table', title: units.title ?? '', table: units },
          { kind: 'table', title: list.title ?? '', table: list },
        ],
      },
    };
  },
};
