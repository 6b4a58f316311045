import { checkContent, CONTENT_KIND_LABELS_ZH, parseFindingsFile, SEVERITY_LABELS_ZH, trackRectification, type ContentKind } from '../../content/index.js';
import { formatChinaTime, InputError } from '../../model/index.js';
import type { ReportTable } from '../../report/index.js';
import { CliInputError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { loadContentRules, parseJson, readText } from './content-inputs.js';
import { accountsOption, loadAccounts, loadPosts, parseAtOption, postsOptions, runPeriod } from './shared.js';

/** `govmedia check`: content checks of titles and texts (错别字, 规范表述, leaders, personal data, ads, links, reposts), with rectification against the last check. */
export const checkCommand: CommandDefinition = {
  name: 'check',
  description: 'check post titles and texts: 错别字/异形词, 规范表述, leader names and titles, personal data, ads and links, reposts without source; --previous FILE tracks rectification (整改)',
  example: 'govmedia check --posts examples/data/posts.csv --accounts examples/data/accounts.csv --roster examples/data/roster.csv --at 2024-09-30 --format json --out findings.json',
  steps: 5,
  options(cmd) {
    postsOptions(cmd);
    accountsOption(cmd);
    cmd
      .option('--rules <file>', 'office rule dictionary: a JSON rule set, or CSV (错误写法,正确写法,类别,级别,来源 …); extends the defaults')
      .option('--replace-rules', 'use the --rules dictionary instead of the default word lists')
      .option('--roster <file>', 'leader roster: CSV 姓名,职务 (titles separated by 、) or JSON [{ name, titles }]')
      .option('--allowlist <file>', 'phrases never flagged (one a line), added to 五星红旗, 路口交通 …')
      .option('--sensitive <file>', 'the office’s sensitive-word list (one a line)')
      .option('--allow-domains <file>', 'link domains that are fine (one a line), added to gov.cn and the platforms’ domains')
      .option('--traditional', 'convert traditional to simplified before matching (needs the optional package opencc-js)')
      .option('--at <time>', 'check time (China time); default: the end of the posts’ last day (or of --period)')
      .option('--previous <file>', 'the last check’s findings (JSON from --format json): new / fixed / still open with days open')
      .option('--working-days', 'count days open in working days (mainland calendar) instead of calendar days')
      .option('--overdue-days <n>', 'open longer than this many days is overdue, 超N天未整改 (default 7)');
  },
  async run(opts, ctx) {
    const accounts = await loadAccounts(opts, ctx);
    let table = await loadPosts(opts, ctx);
    const period = opts.period === undefined ? null : runPeriod(opts, table);
    if (period) table = table.filterTime(period.start, period.end);
    const at = parseAtOption('--at', opts.at) ?? period?.end ?? runPeriod(opts, table)?.end ?? null;
    if (at === null) throw new CliInputError(`${String(opts.posts)}: no dated posts; give the check time with --at`);
    if (!table.texts && !table.titles) throw new CliInputError(`${String(opts.posts)}: no 标题/title or 正文/text column to check`);
    const { rules, toSimplified } = await loadContentRules(opts, ctx.io);
    ctx.progress.step('检查内容');
    const result = checkContent(table, rules, { ...(accounts ? { accounts } : {}), ...(toSimplified ? { toSimplified } : {}) });
    const atIso = formatChinaTime(at);
    // A bare --at date is the end of that day (next midnight): label that day.
    const atDay = formatChinaTime(atIso.endsWith('T00:00:00+08:00') ? at - 1 : at).slice(0, 10);
    let rect: ReturnType<typeof trackRectification> | undefined;
    if (opts.previous !== undefined) {
      const file = String(opts.previous);
      let prev;
      try {
        prev = parseFindingsFile(parseJson(await readText(file, ctx.io), file), { file });
      } catch (e) {
        if (e instanceof InputError) throw new CliInputError(e.message, e.rejections);
        throw e;
      }
      const overdueDays = numberOption('--overdue-days', opts.overdueDays, { integer: true, min: 0 });
      rect = trackRectification(prev, { at, findings: result.findings }, { days: opts.workingDays === true ? 'working' : 'calendar', ...(overdueDays === undefined ? {} : { overdueDays }) });
    }
    const findings = rect ? rect.findings : result.findings.map((f) => ({ ...f, firstSeenAt: atIso }));
    const table1: ReportTable = {
      title: `内容检查发现的问题（${findings.length} 条，检查时间 ${atDay}）`,
      columns: [
        { key: 'account', label: '账号' }, { key: 'publishedAt', label: '发布时间' }, { key: 'where', label: '位置' }, { key: 'kind', label: '类别' },
        { key: 'matched', label: '原文' }, { key: 'context', label: '上下文' }, { key: 'suggestion', label: '建议' }, { key: 'severity', label: '级别' },
      ],
      rows: findings.map((f) => ({
        account: f.accountName ?? f.accountId, publishedAt: f.publishedAt.slice(0, 16).replace('T', ' '), where: `${f.field === 'title' ? '标题' : '正文'}第${f.offset + 1}字`,
        kind: f.kindZh, matched: f.matched, context: f.context.replace(/\s+/g, ' '), suggestion: f.suggestion, severity: SEVERITY_LABELS_ZH[f.severity],
      })),
    };
    const kinds: ReportTable = {
      title: '按类别',
      columns: [{ key: 'kind', label: '类别' }, { key: 'count', label: '条数', align: 'right' }],
      rows: (Object.entries(result.byKind) as [ContentKind, number][]).map(([k, n]) => ({ kind: CONTENT_KIND_LABELS_ZH[k], count: n })),
    };
    const extra: ReportTable[] = [kinds];
    if (rect) {
      extra.push({
        title: `整改情况（上次检查 ${formatChinaTime(Date.parse(rect.previousAt) - (rect.previousAt.endsWith('T00:00:00+08:00') ? 1 : 0)).slice(0, 10)}；${rect.days === 'calendar' ? '自然日' : '工作日'}；超${rect.overdueDays}天未整改）`,
        columns: [
          { key: 'unit', label: '单位' }, { key: 'new', label: '新发现', align: 'right' }, { key: 'fixed', label: '已整改', align: 'right' },
          { key: 'open', label: '未整改', align: 'right' }, { key: 'overdue', label: `超${rect.overdueDays}天未整改`, align: 'right' }, { key: 'accounts', label: '涉及账号' },
        ],
        rows: rect.byUnit.map((u) => ({ unit: u.unit, new: u.new, fixed: u.fixed, open: u.open, overdue: u.overdue, accounts: u.overdueAccounts.map((a) => `${a.accountName}（${a.overdue}条，最长${a.maxDaysOpen}天）`).join('；') })),
      });
      const supervision = rect.byUnit.flatMap((u) => u.supervision.map((f) => ({ unit: u.unit, account: f.accountName ?? f.accountId, kind: f.kindZh ?? CONTENT_KIND_LABELS_ZH[f.kind], matched: f.matched, firstSeenAt: f.firstSeenAt.slice(0, 10), daysOpen: f.daysOpen })));
      extra.push({
        title: '督办清单',
        columns: [{ key: 'unit', label: '单位' }, { key: 'account', label: '账号' }, { key: 'kind', label: '类别' }, { key: 'matched', label: '原文' }, { key: 'firstSeenAt', label: '首次发现' }, { key: 'daysOpen', label: '未整改天数', align: 'right' }],
        rows: supervision,
      });
    }
    return {
      json: {
        at: atIso, posts: result.posts, chars: result.chars, byKind: result.byKind, bySeverity: result.bySeverity, findings,
        ...(rect ? { rectification: { previousAt: rect.previousAt, days: rect.days, overdueDays: rect.overdueDays, new: rect.new.map((f) => f.key), fixed: rect.fixed, open: rect.open.map((f) => ({ key: f.key, daysOpen: f.daysOpen, overdue: f.overdue })), byUnit: rect.byUnit } } : {}),
      },
      table: table1,
      extraTables: extra,
      report: {
        title: '政务新媒体内容检查',
        subtitle: `检查时间 ${atDay}`,
        sections: [
          { kind: 'facts' as const, facts: [['检查稿件', result.posts], ['发现问题', findings.length], ['疑似单项否决（待人工确认）', result.bySeverity['veto-candidate']], ['扣分项', result.bySeverity.deduction], ['提示', result.bySeverity.note]] },
          ...extra.map((t) => ({ kind: 'table' as const, title: t.title ?? '', table: t })),
          { kind: 'table' as const, title: table1.title ?? '', table: table1 },
        ],
      },
    };
  },
};
