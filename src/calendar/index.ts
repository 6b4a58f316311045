export * from './china-holidays.js';
export * from './working-calendar.js';
export * from './is-working-day.js';
export * from './add-working-days.js';
export * from './working-time.js';
export * from './calendar-not-covered-error.js';
