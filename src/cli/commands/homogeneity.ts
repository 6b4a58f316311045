import type { HomogeneityPostRef, HomogeneousAccountPair, HomogeneousPostPair } from '../../homogeneity/index.js';
import { homogeneityReport } from '../../report/index.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { accountsOption, loadAccounts, loadPosts, periodJson, postsOptions, requirePeriodWithPosts } from './shared.js';

/** `govmedia homogeneity`: near-duplicate content between accounts (同质化) and consolidation suggestions. */
export const homogeneityCommand: CommandDefinition = {
  name: 'homogeneity',
  description: 'find accounts publishing the same or nearly the same content (同质化) and suggest which to merge',
  example: 'govmedia homogeneity --posts examples/data/posts.csv --accounts examples/data/accounts.csv --period 2024-09 --threshold 0.8 --format md',
  steps: 4,
  options(cmd) {
    postsOptions(cmd);
    accountsOption(cmd);
    cmd
      .option('--threshold <jaccard>', 'near-duplicate threshold on character-trigram Jaccard similarity (default 0.8)')
      .option('--min-share <share>', 'an account pair is homogeneous when one side has at least this share of its posts duplicated (default 0.3)')
      .option('--min-pairs <n>', '… and at least this many uncited duplicate post pairs (default 3)')
      .option('--min-chars <n>', 'posts whose own text has fewer meaningful characters (Han, letters, digits) are skipped and counted (default 10)')
      .option('--max-lag-hours <hours>', 'ignore post pairs further apart than this (default: no limit)')
      .option('--max-listed-pairs <n>', 'post pairs listed in the JSON output, most similar first (default 1000)')
      .option('--all-pairs', 'JSON output: every account pair sharing a near-duplicate, not only the homogeneous ones');
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
