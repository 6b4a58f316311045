import { parseFindingsFile } from '../../content/index.js';
import { InputError } from '../../model/index.js';
import { contentCheckReport } from '../../report/index.js';
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
    let previous;
    if (opts.previous !== undefined) {
      const file = String(opts.previous);
      try {
        previous = parseFindingsFile(parseJson(await readText(file, ctx.io), file), { file });
      } catch (e) {
        if (e instanceof InputError) throw new CliInputError(e.message, e.rejections);
        throw e;
      }
    }
    const overdueDays = numberOption('--overdue-days', opts.overdueDays, { integer: true, min: 0 });
    const r = contentCheckReport(table, rules, {
      at, ...(accounts ? { accounts } : {}), ...(toSimplified ? { toSimplified } : {}),
      ...(previous ? { previous, days: opts.workingDays === true ? 'working' : 'calendar', ...(overdueDays === undefined ? {} : { overdueDays }) } : {}),
    });
    return {
      json: r.findingsFile,
      table: r.findings,
      extraTables: [r.kinds, ...(r.rectificationTable ? [r.rectificationTable] : []), ...(r.supervision ? [r.supervision] : [])],
      report: r.document,
    };
  },
};
