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
  description: '检查文章标题和正文：错别字/异形词、规范表述、领导姓名和职务、个人信息、广告和链接、未注明来源的转载；--previous 文件跟踪整改',
  example: 'govmedia check --posts examples/data/posts.csv --accounts examples/data/accounts.csv --roster examples/data/roster.csv --at 2024-09-30 --format json --out findings.json',
  steps: 5,
  options(cmd) {
    postsOptions(cmd);
    accountsOption(cmd);
    cmd
      .option('--rules <file>', '本单位词表：JSON 规则集或 CSV（错误写法,正确写法,类别,级别,来源 …）；在默认词表上增补')
      .option('--replace-rules', '只用 --rules 词表，不用默认词表')
      .option('--roster <file>', '领导名单：CSV（姓名,职务；多个职务用、分隔）或 JSON [{ name, titles }]')
      .option('--allowlist <file>', '从不标记的词语（每行一个），加在 五星红旗、路口交通 … 之外')
      .option('--sensitive <file>', '本单位的敏感词表（每行一个）')
      .option('--allow-domains <file>', '允许的链接域名（每行一个），加在 gov.cn 和各平台域名之外')
      .option('--traditional', '比对前先繁体转简体（需要可选包 opencc-js）')
      .option('--at <time>', '检查时间（北京时间）；默认：帖子最后一天（或 --period）结束时')
      .option('--previous <file>', '上次检查的问题清单（--format json 的输出）：新增 / 已整改 / 仍未整改及天数')
      .option('--working-days', '未整改天数按工作日（内地日历）计算，而不是自然日')
      .option('--overdue-days <n>', '超过这么多天未整改即为超期（超N天未整改，默认 7）');
  },
  async run(opts, ctx) {
    const accounts = await loadAccounts(opts, ctx);
    let table = await loadPosts(opts, ctx);
    const period = opts.period === undefined ? null : runPeriod(opts, table);
    if (period) table = table.filterTime(period.start, period.end);
    const at = parseAtOption('--at', opts.at) ?? period?.end ?? runPeriod(opts, table)?.end ?? null;
    if (at === null) throw new CliInputError(`${String(opts.posts)}：没有带发布时间的帖子；请用 --at 给出检查时间`);
    if (!table.texts && !table.titles) throw new CliInputError(`${String(opts.posts)}：没有可检查的 标题/title 或 正文/text 列`);
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
