import type { QuarterlyReport } from './build-quarterly-report.js';
import type { ReportTable } from './report-table.js';

/** The three summary tables of a quarterly 通报, as {@link quarterlyReportTables} returns them. */
export interface QuarterlyReportTables {
  /** 合格率: overall, by 开设主体 and by type (开设数, 抽查数, 合格数, 合格率). */
  rates: ReportTable;
  /** 发现的问题: unanswered within the limit (with its share of the level's sample), registry and content problems. */
  problems: ReportTable;
  /** 附件: the accounts with a 单项否决 problem. */
  annex: ReportTable;
}

const pct = (p: number | null): string => (p === null ? '—' : `${p}%`);

/**
 * The 通报's figures as report tables (terminal, CSV, Markdown, HTML all render them):
 * one place for the column labels the CLI's `govmedia report` and the office app both show.
 * Complexity O(rows of the report).
 *
 * @returns The rate, problem and annex tables.
 * @example quarterlyReportTables(report).rates.rows[0].kind // '总体'
 */
export function quarterlyReportTables(report: QuarterlyReport): QuarterlyReportTables {
  return {
    rates: {
      title: `${report.quarter}检查抽查合格率`,
      columns: [{ key: 'kind', label: '分类' }, { key: 'label', label: '分组' }, { key: 'accounts', label: '开设数' }, { key: 'checked', label: '抽查数' }, { key: 'passed', label: '合格数' }, { key: 'rate', label: '合格率', align: 'right' }],
      rows: [
        { kind: '总体', label: '全部', accounts: report.population.total, checked: report.sample.checked, passed: report.sample.passed, rate: pct(report.sample.ratePercent) },
        ...report.sample.byHost.map((r) => ({ kind: '按开设主体', ...r, rate: pct(r.ratePercent) })),
        ...report.sample.byType.map((r) => ({ kind: '按类型', ...r, rate: pct(r.ratePercent) })),
      ],
    },
    problems: {
      title: '发现的问题',
      columns: [{ key: 'kind', label: '问题' }, { key: 'label', label: '分组/类别' }, { key: 'count', label: '数量', align: 'right' }, { key: 'share', label: '占比', align: 'right' }],
      rows: [
        ...report.problems.unanswered.map((u) => ({ kind: '未在规定时限内回复', label: u.label, count: u.accounts, share: pct(u.sharePercent) })),
        ...(report.problems.calendarNotCovered?.messages
          ? [{ kind: '未在规定时限内回复', label: `日历未覆盖 ${report.problems.calendarNotCovered.years.join('、')} 年，无法判断的留言（${report.problems.calendarNotCovered.accounts} 个账号）`, count: report.problems.calendarNotCovered.messages, share: '' }]
          : []),
        ...report.problems.registry.map((r) => ({ kind: '备案', label: r.label, count: r.count, share: '' })),
        ...report.problems.content.map((c) => ({ kind: '内容', label: c.label, count: c.count, share: '' })),
      ],
    },
    annex: {
      title: '附件：存在“单项否决”问题政务新媒体名单',
      columns: [{ key: 'name', label: '政务新媒体名称' }, { key: 'unit', label: '开设主体' }, { key: 'type', label: '类型' }, { key: 'problems', label: '存在问题' }],
      rows: report.annex.map((a) => ({ ...a })),
    },
  };
}
