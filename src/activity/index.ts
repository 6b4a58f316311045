export * from './activity-tiers.js';
export * from './account-activity.js';
export * from './reply-policies.js';
export * from './interaction-stats.js';
