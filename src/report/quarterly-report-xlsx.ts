import type { QuarterlyReport } from './build-quarterly-report.js';

/**
 * The annexes of the quarterly 通报 as an .xlsx workbook (bytes): sheets 合格率 (by 主体
 * and type), 单项否决名单, 其他不合格, 未按时回复, 备案问题, 内容问题 — each with a header row.
 *
 * Writing uses `write-excel-file` (MIT; one dependency, fflate; runs in browsers and Node
 * through its `universal` entry), imported lazily. Chosen for writing over exceljs (which
 * pulls in archiver, unzipper and tmp, Node-only) and over SheetJS (npm's `xlsx` is frozen
 * at 0.18.5 with known advisories; the ingest side reads with SheetJS CE from its own
 * tarball, a reader we do not need for writing).
 * @returns The .xlsx file's bytes.
 * @example const bytes = await quarterlyReportXlsx(report); // Uint8Array starting with "PK"
 */
export async function quarterlyReportXlsx(report: QuarterlyReport): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  type Cell = { value: string | number; fontWeight?: 'bold' } | null;
  const sheet = (name: string, head: string[], rows: (string | number | null)[][]) => ({
    sheet: name,
    data: [head.map((h): Cell => ({ value: h, fontWeight: 'bold' })), ...rows.map((r) => r.map((v): Cell => (v === null ? null : { value: v })))],
    columns: head.map((h) => ({ width: Math.max(8, h.length * 2 + 2) })),
  });
  const pct = (p: number | null) => (p === null ? null : p);
  const s = report.sample;
  const sheets = [
    sheet('合格率', ['分类', '分组', '开设数', '抽查数', '合格数', '合格率(%)'], [
      ['总体', '全部', report.population.total, s.checked, s.passed, pct(s.ratePercent)],
      ...s.byHost.map((r) => ['按开设主体', r.label, r.accounts, r.checked, r.passed, pct(r.ratePercent)]),
      ...s.byType.map((r) => ['按类型', r.label, r.accounts, r.checked, r.passed, pct(r.ratePercent)]),
    ]),
    sheet('单项否决名单', ['序号', '政务新媒体名称', '开设主体', '类型', '存在问题'], report.annex.map((a, i) => [i + 1, a.name, a.unit, a.type, a.problems])),
    sheet('其他不合格', ['序号', '政务新媒体名称', '开设主体', '类型', '存在问题'], report.failing.map((a, i) => [i + 1, a.name, a.unit, a.type, a.problems])),
    sheet('未按时回复', ['序号', '政务新媒体名称', '开设主体', '层级', '超时留言数'], report.problems.unansweredAccounts.map((a, i) => [i + 1, a.name, a.unit, a.host, a.late])),
    sheet('备案问题', ['问题', '起数', '涉及账号'], report.problems.registry.map((r) => [r.label, r.count, r.accounts.join('、')])),
    sheet('内容问题', ['账号', '单位', '发布时间', '类别', '原文', '上下文', '建议', '级别'], report.contentFindings.map((f) => [f.account, f.unit, f.publishedAt, f.kind, f.matched, f.context, f.suggestion, f.severity])),
  ];
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
