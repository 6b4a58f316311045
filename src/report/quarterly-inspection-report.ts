import { inspect, type AccountVerdict } from '../inspection/inspect.js';
import { reconcileRegistry, type RegistryFinding } from '../inspection/reconcile-registry.js';
import { stratifiedSample } from '../inspection/stratified-sample.js';
import type { Account, Message, RegistryEntry } from '../model/schemas.js';
import type { PostsTable } from '../table/posts-table.js';
import { buildQuarterlyReport, type QuarterlyReport, type QuarterlyReportInput } from './build-quarterly-report.js';
import { quarterlyReportTables, type QuarterlyReportTables } from './quarterly-report-tables.js';
import type { ReportDocument } from './render-report-html.js';

/** Options of {@link quarterlyInspectionReport}: those of `buildQuarterlyReport` (the check instant `at`, last quarter's rate, policy, titles, calendar), plus the sample. */
export interface QuarterlyInspectionReportOptions extends Omit<QuarterlyReportInput, 'accounts' | 'verdicts' | 'messages' | 'registryFindings'> {
  /** Inspect a seeded stratified sample (`stratifiedSample`, by platform × level) of this `share` (0–1) or `size` of the accounts; default every account. */
  sample?: { share?: number; size?: number; seed?: number };
}

/** What {@link quarterlyInspectionReport} returns: the sample, verdicts and registry findings, the 通报, and the tables and document every output renders. */
export interface QuarterlyInspectionReport {
  /** The accounts inspected (every account, or the sample). */
  sampled: Account[];
  verdicts: AccountVerdict[];
  /** `reconcileRegistry` findings (empty without registry entries). */
  registryFindings: RegistryFinding[];
  /** The 通报 (for `quarterlyReportMarkdown`, `quarterlyReportHtml`, `quarterlyReportDocx`, `quarterlyReportXlsx`). */
  report: QuarterlyReport;
  /** The 通报's tables: pass rates, problems, the annex (`quarterlyReportTables`). */
  tables: QuarterlyReportTables;
  /** The three tables as a report document (title, 发文机关 and date). */
  document: ReportDocument;
}

/**
 * The quarterly inspection 通报 from data, as `govmedia report` and the office app both run
 * it: every account, or a seeded stratified sample (`stratifiedSample`), inspected at the
 * check instant (`inspect`: the national veto rules), the registry reconciled
 * (`reconcileRegistry`, on the working calendar), then `buildQuarterlyReport` (seed 004's
 * shape; see there for the groups, rates and their sources) and its tables and document.
 * Pure and browser-safe; no clock is read (the check instant is `options.at`).
 * Complexity: that of `inspect` and `reconcileRegistry`.
 *
 * @param accounts every account of the region (the population counted in the 通报)
 * @param posts the posts, already joined to the ledger
 * @param messages public messages (the channel veto; replies past the limit)
 * @param registry registry (备案) entries
 * @param options the check instant `at`, the sample, and the options of `buildQuarterlyReport`
 * @returns The sample, verdicts, registry findings, the 通报, its tables and a document of them.
 * @throws {RangeError} from `stratifiedSample` (a share outside 0–1, a size above the accounts), `inspect` and `buildQuarterlyReport` (a bad `at`, `previousRate`)
 * @example // four accounts, one silent for 20 days at the check (the 14-day veto fails it)
 * const r = quarterlyInspectionReport(accounts, posts, [], registry, { at: '2024-09-30 17:00', previousRate: 0.5 });
 * r.report.sample // { checked: 4, passed: 3, ratePercent: 75, … }; r.report.change.points // 25
 */
export function quarterlyInspectionReport(
  accounts: readonly Account[],
  posts: PostsTable,
  messages: readonly Message[],
  registry: readonly RegistryEntry[],
  options: QuarterlyInspectionReportOptions,
): QuarterlyInspectionReport {
  const { sample, ...input } = options;
  const sampled = sample && (sample.share !== undefined || sample.size !== undefined)
    ? stratifiedSample(accounts, { ...(sample.size === undefined ? { share: sample.share! } : { size: sample.size }), ...(sample.seed === undefined ? {} : { seed: sample.seed }) })
    : [...accounts];
  const verdicts = inspect(sampled, posts, messages, registry, { at: options.at });
  const registryFindings = registry.length ? reconcileRegistry(accounts, registry, posts, { at: options.at, ...(options.calendar ? { calendar: options.calendar } : {}) }) : [];
  const report = buildQuarterlyReport({ ...input, accounts, verdicts, messages, registryFindings });
  const tables = quarterlyReportTables(report);
  const document: ReportDocument = {
    title: report.title,
    subtitle: `${report.issuer} ${report.date}`,
    sections: [tables.rates, tables.problems, tables.annex].map((t) => ({ kind: 'table' as const, title: t.title ?? '', table: t })),
  };
  return { sampled, verdicts, registryFindings, report, tables, document };
}
