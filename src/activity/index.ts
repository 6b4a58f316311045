export * from './activity-tiers.js';
export * from './account-activity.js';
export * from './reply-policies.js';
export * from './interaction-stats.js';
export * from './deadline-from.js';
export * from './reply-deadline-status.js';
