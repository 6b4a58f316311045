// Public exports of src/activity: account activity, interaction statistics and activity tiers.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { activityTier } from './activity-tiers.js';
export type { ActivityTier, TierThresholds } from './activity-tiers.js';
export { accountActivity } from './account-activity.js';
export type { AccountActivity, ActivityOptions } from './account-activity.js';
export type { ReplyPolicy } from './reply-policies.js';
export { interactionStats } from './interaction-stats.js';
export type { InteractionOptions, InteractionStats } from './interaction-stats.js';
export { deadlineFrom } from './deadline-from.js';
export type { Deadline } from './reply-policies.js';
export { replyDeadlineStatus } from './reply-deadline-status.js';
export type { DeadlineStatus, ReplyDeadlineOptions, SettledDeadline } from './reply-deadline-status.js';
