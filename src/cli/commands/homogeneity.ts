import type { HomogeneityPostRef, HomogeneousAccountPair, HomogeneousPostPair } from '../../homogeneity/index.js';
import { homogeneityReport } from '../../report/index.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { accountsOption, loadAccounts, loadPosts, periodJson, postsOptions, requirePeriodWithPosts } from './shared.js';

/** `govmedia homogeneity`: near-duplicate content between accounts (同质化) and consolidation suggestions. */
export const homogeneityCommand: CommandDefinition = {
  name: 'homogeneity',
  description: '找出发布相同或几乎相同内容的账号（同质化），并建议整合哪些账号',
  example: 'govmedia homogeneity --posts examples/data/posts.csv --accounts examples/data/accounts.csv --period 2024-09 --threshold 0.8 --format md',
  steps: 4,
  options(cmd) {
    postsOptions(cmd);
    accountsOption(cmd);
    cmd
      .option('--threshold <jaccard>', '近似重复的阈值：按字符三元组的 Jaccard 相似度（默认 0.8）')
      .option('--min-share <share>', '一对账号中一方至少有这么大比例的文章重复时算同质化（默认 0.3）')
      .option('--min-pairs <n>', '……且至少有这么多对未注明来源的重复文章（默认 3）')
      .option('--min-chars <n>', '正文有效字符（汉字、字母、数字）少于此数的文章不参与比对，只计数（默认 10）')
      .option('--max-lag-hours <hours>', '发布时间相隔超过这么多小时的文章对不计（默认不限）')
      .option('--max-listed-pairs <n>', 'JSON 输出中列出的文章对数，最相似的在前（默认 1000）')
      .option('--all-pairs', 'JSON 输出：列出所有有近似重复文章的账号对，而不只是同质化的');
  },
  async run(opts, ctx) {
    const table = await loadPosts(opts, ctx);
    const accounts = await loadAccounts(opts, ctx);
    const period = requirePeriodWithPosts(opts, table);
    const maxLag = numberOption('--max-lag-hours', opts.maxLagHours, { min: 0 });
    const maxPairs = numberOption('--max-listed-pairs', opts.maxListedPairs, { integer: true, min: 0 });
    ctx.progress.step('比对内容');
    const r = homogeneityReport(table, {
      ...(period ? { period } : {}),
      ...(opts.threshold !== undefined ? { threshold: numberOption('--threshold', opts.threshold, { min: 0, max: 1 })! } : {}),
      ...(opts.minShare !== undefined ? { minShare: numberOption('--min-share', opts.minShare, { min: 0, max: 1 })! } : {}),
      ...(opts.minPairs !== undefined ? { minPairs: numberOption('--min-pairs', opts.minPairs, { integer: true, min: 1 })! } : {}),
      ...(opts.minChars !== undefined ? { minChars: numberOption('--min-chars', opts.minChars, { integer: true, min: 1 })! } : {}),
      ...(maxLag !== undefined ? { maxLagHours: maxLag } : {}),
      ...(maxPairs !== undefined ? { maxListedPairs: maxPairs } : {}),
      ...(accounts ? { accounts } : {}),
    });
    const result = r.result;
    const sk = result.stats.skipped;
    if (sk.placeholder + sk.short > 0) {
      ctx.io.stderr.write(`govmedia: 同质化比对跳过 ${sk.placeholder + sk.short} 篇：仅有平台占位文字（如“转发微博”“分享图片”）或空转发 ${sk.placeholder} 篇，`
        + `自有文字不足 ${result.stats.minChars} 个有效字符 ${sk.short} 篇（--min-chars 可调）；这些帖子不参与比对\n`);
    }
    if (!accounts && result.highOverlap.length > 0) {
      ctx.io.stderr.write('govmedia: 未给 --accounts（台账），无法判断主办单位：内容同质化的账号只列为高度重合，不作整合建议\n');
    }
    const homogeneous = result.accountPairs.filter((p) => p.homogeneous);
    return {
      // JSON without each post's row index: the output is the same for any row order (issue 13 kind 6).
      json: {
        period: periodJson(period), ...result,
        pairs: { ...result.pairs, list: result.pairs.list.map(pairOut) },
        accountPairs: (opts.allPairs ? result.accountPairs : homogeneous).map(accountPairOut),
        suggestions: result.suggestions.map((x) => ({ ...x, evidence: { accountPairs: x.evidence.accountPairs.map(accountPairOut) } })),
        highOverlap: result.highOverlap.map((x) => ({ ...x, evidence: { accountPairs: x.evidence.accountPairs.map(accountPairOut) } })),
      },
      table: r.pairs,
      extraTables: [r.suggestions, ...(r.highOverlap.rows.length ? [r.highOverlap] : [])],
      report: r.document,
    };
  },
};

const refOut = ({ index: _row, ...r }: HomogeneityPostRef) => r;
const pairOut = (p: HomogeneousPostPair) => ({ ...p, a: refOut(p.a), b: refOut(p.b) });
const accountPairOut = (p: HomogeneousAccountPair) => ({ ...p, examples: p.examples.map(pairOut) });
