// Public exports of src/calendar: China working days and working time (holidays, 调休).
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { CHINA_HOLIDAYS } from './china-holidays.js';
export type { HolidayYear } from './china-holidays.js';
export { createWorkingCalendar, defaultWorkingCalendar } from './working-calendar.js';
export type { WorkingCalendar, WorkingDayOptions } from './working-calendar.js';
export { isWorkingDay } from './is-working-day.js';
export { addWorkingDays, countWorkingDays } from './add-working-days.js';
export { addWorkingTime, workingMsBetween } from './working-time.js';
export type { WorkingTimeOptions } from './working-time.js';
export { CalendarNotCoveredError } from './calendar-not-covered-error.js';
