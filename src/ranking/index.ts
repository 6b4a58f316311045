// Public exports of src/ranking: rankings, shortlists (十佳), award scores, rank correlation and robustness.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { rank } from './rank.js';
export type { RankMethod, RankOptions } from './rank.js';
export { rankWithinGroups } from './rank-within-groups.js';
export { rankMovers } from './rank-movers.js';
export type { RankMove, RankedEntry } from './rank-movers.js';
export { spearman } from './spearman.js';
export { kendallTauB } from './kendall-tau-b.js';
export { shortlist, SHORTLIST_EXCLUSION_LABELS_ZH } from './shortlist.js';
export type {
  ShortlistCandidate, ShortlistCandidateInput, ShortlistCategory, ShortlistCategoryResult, ShortlistEntry,
  ShortlistExclusion, ShortlistOptions,
} from './shortlist.js';
export { awardScores } from './award-scores.js';
export type { AwardInput, AwardResult, AwardScoresOptions, AwardWeights } from './award-scores.js';
export { combinePlatformScores } from './combine-platform-scores.js';
export { rankRobustness } from './rank-robustness.js';
export type { AccountRobustness, RobustnessOptions, RobustnessStats } from './rank-robustness.js';
export { compareRankings } from './compare-rankings.js';
export type { CompareRankingsOptions, RankingComparison } from './compare-rankings.js';
export { rankAccounts } from './rank-accounts.js';
export type { RankAccountsOptions, RankedAccount } from './rank-columns.js';
export { shortlistCandidates } from './shortlist-candidates.js';
export type { ScoredAccountInput, ShortlistCandidatesOptions, VerdictInput } from './shortlist-candidates.js';
