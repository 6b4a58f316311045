import { findHomogeneousAccounts, type HomogeneityPostRef, type HomogeneousAccountPair, type HomogeneousPostPair } from '../../homogeneity/index.js';
import { PLATFORM_LABELS_ZH, type Platform } from '../../model/index.js';
import { pairHeatmapSpec, type ReportTable } from '../../report/index.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { accountNamer, accountsOption, loadAccounts, loadPosts, periodJson, postsOptions, requirePeriodWithPosts } from './shared.js';

const HOUR = 3_600_000;

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
    const result = findHomogeneousAccounts(table, {
      ...(period ? { period } : {}),
      ...(opts.threshold !== undefined ? { threshold: numberOption('--threshold', opts.threshold, { min: 0, max: 1 })! } : {}),
      ...(opts.minShare !== undefined ? { minShare: numberOption('--min-share', opts.minShare, { min: 0, max: 1 })! } : {}),
      ...(opts.minPairs !== undefined ? { minPairs: numberOption('--min-pairs', opts.minPairs, { integer: true, min: 1 })! } : {}),
      ...(opts.minChars !== undefined ? { minChars: numberOption('--min-chars', opts.minChars, { integer: true, min: 1 })! } : {}),
      ...(maxLag !== undefined ? { maxLagHours: maxLag } : {}),
      ...(maxPairs !== undefined ? { maxListedPairs: maxPairs } : {}),
      ...(accounts ? { accounts } : {}),
    });
    const sk = result.stats.skipped;
    if (sk.placeholder + sk.short > 0) {
      ctx.io.stderr.write(`govmedia: 同质化比对跳过 ${sk.placeholder + sk.short} 篇：仅有平台占位文字（如“转发微博”“分享图片”）或空转发 ${sk.placeholder} 篇，`
        + `自有文字不足 ${result.stats.minChars} 个有效字符 ${sk.short} 篇（--min-chars 可调）；这些帖子不参与比对\n`);
    }
    if (!accounts && result.highOverlap.length > 0) {
      ctx.io.stderr.write('govmedia: 未给 --accounts（台账），无法判断主办单位：内容同质化的账号只列为高度重合，不作整合建议\n');
    }
    const name = accountNamer(accounts);
    const homogeneous = result.accountPairs.filter((p) => p.homogeneous);
    const table1: ReportTable = {
      title: `同质化账号对（${period?.label ?? '无数据'}）`,
      columns: [
        { key: 'a', label: '账号A' },
        { key: 'b', label: '账号B' },
        { key: 'pairs', label: '重复帖对' },
        { key: 'shareAInB', label: 'A重复占比', digits: 3 },
        { key: 'shareBInA', label: 'B重复占比', digits: 3 },
        { key: 'source', label: '多为首发' },
        { key: 'lagHours', label: '中位时差(小时)', digits: 1 },
        { key: 'meanJaccard', label: '平均相似度', digits: 3 },
      ],
      rows: homogeneous.map((p) => ({
        a: name(p.a), b: name(p.b), pairs: p.pairs, shareAInB: p.shareAInB, shareBInA: p.shareBInA,
        source: p.source === null ? '持平' : name(p.source), lagHours: p.medianLagMs / HOUR, meanJaccard: p.meanJaccard,
      })),
    };
    const suggestions: ReportTable = {
      title: '整合建议',
      columns: [
        { key: 'keep', label: '建议保留' },
        { key: 'merge', label: '建议整合' },
        { key: 'reason', label: '依据' },
        { key: 'keepBecause', label: '保留理由' },
      ],
      rows: result.suggestions.map((s) => ({
        keep: name(s.keep),
        merge: s.merge.map(name),
        reason: REASONS[s.reason] + (s.unit ? `：${s.unit}` : '') + (s.platform ? ` ${PLATFORM_LABELS_ZH[s.platform as Platform] ?? s.platform}` : ''),
        keepBecause: s.keepBecause,
      })),
    };
    const overlap: ReportTable = {
      title: '高度重合（不同或未知主办单位，不作整合建议）',
      columns: [
        { key: 'accounts', label: '账号' }, { key: 'units', label: '主办单位' }, { key: 'unknown', label: '主办单位未知' },
        { key: 'pairs', label: '同质化账号对' },
      ],
      rows: result.highOverlap.map((g) => ({ accounts: g.accountIds.map(name), units: g.units, unknown: g.unitUnknown.map(name), pairs: g.evidence.accountPairs.length })),
    };
    const cells = homogeneous.flatMap((p) => [
      { a: name(p.a), b: name(p.b), share: p.shareAInB },
      { a: name(p.b), b: name(p.a), share: p.shareBInA },
    ]);
    const s = result.stats;
    return {
      // JSON without each post's row index: the output is the same for any row order (issue 13 kind 6).
      json: {
        period: periodJson(period), ...result,
        pairs: { ...result.pairs, list: result.pairs.list.map(pairOut) },
        accountPairs: (opts.allPairs ? result.accountPairs : homogeneous).map(accountPairOut),
        suggestions: result.suggestions.map((x) => ({ ...x, evidence: { accountPairs: x.evidence.accountPairs.map(accountPairOut) } })),
        highOverlap: result.highOverlap.map((x) => ({ ...x, evidence: { accountPairs: x.evidence.accountPairs.map(accountPairOut) } })),
      },
      table: table1,
      extraTables: [suggestions, ...(overlap.rows.length ? [overlap] : [])],
      report: {
        title: '政务新媒体同质化检测',
        subtitle: period ? `统计周期 ${period.label}` : '无数据',
        sections: [
          {
            kind: 'facts',
            facts: [
              ['比对帖子', s.compared], ['近似重复帖对', result.pairs.count], ['其中注明转载', result.pairs.cited],
              ['跳过：平台占位文字或空转发', s.skipped.placeholder], [`跳过：不足 ${s.minChars} 个有效字符`, s.skipped.short],
              ['同质化账号对', homogeneous.length], ['账号群', result.clusters.length], ['相似度阈值 (Jaccard)', s.threshold],
              ['MinHash / LSH', `${s.numPerm} 个哈希，${s.bands} 段 × ${s.rows} 行（${s.method}）`],
            ],
          },
          ...(cells.length > 0 ? [{ kind: 'chart' as const, title: '账号间重复占比', spec: pairHeatmapSpec(cells) }] : []),
          { kind: 'table', title: '同质化账号对', table: table1 },
          { kind: 'table', title: '整合建议', table: suggestions },
          ...(overlap.rows.length ? [{ kind: 'table' as const, title: overlap.title!, table: overlap }] : []),
        ],
      },
    };
  },
};

const refOut = ({ index: _row, ...r }: HomogeneityPostRef) => r;
const pairOut = (p: HomogeneousPostPair) => ({ ...p, a: refOut(p.a), b: refOut(p.b) });
const accountPairOut = (p: HomogeneousAccountPair) => ({ ...p, examples: p.examples.map(pairOut) });

const REASONS = { 'same-unit-platform': '同一单位同一平台多个账号', 'homogeneous-content': '内容同质化', both: '同一单位同平台且内容同质化' } as const;
