// Public exports of src/model: records (Post, Account, Message, RegistryEntry, Matrix), their parseX / safeParseX, InputError, China time and DateArg.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { toInstant } from './to-instant.js';
export type { DateArg } from './to-instant.js';
export { ACCOUNT_KINDS, KIND_LABELS_ZH, LEVELS, LEVEL_LABELS_ZH, PLATFORMS, PLATFORM_LABELS_ZH } from './enums.js';
export type { AccountKind, Level, Platform } from './enums.js';
export type { Account, Matrix, Message, Post, Presence, RegistryEntry } from './schemas.js';
export { InputError } from './errors.js';
export type { Rejection } from './errors.js';
export {
  parseAccount, parseMatrix, parseMessage, parsePost, parseRegistryEntry, safeParseAccount, safeParseMatrix,
  safeParseMessage, safeParsePost, safeParseRegistryEntry,
} from './parse.js';
export type { SafeParseResult } from './parse.js';
export { DAY_MS, formatChinaTime, parseChinaTime } from './time.js';
export { timestamp } from './timestamp.js';
