import type { z } from 'zod';
import { InputError, type Rejection } from './errors.js';
import { AccountSchema, MatrixSchema, MessageSchema, PostSchema, RegistryEntrySchema } from './schemas.js';
import { zodErrorZh } from './zod-error-zh.js';

/** Result of a `safeParseX` call: the parsed value or every problem found. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; errors: Rejection[] };

/**
 * Turns zod issues into rejections naming the record and field.
 * @param issues zod's issues.
 * @param row The record's row, as the user's spreadsheet numbers it.
 * @returns One rejection per issue (column = the field path, `(record)` for the whole).
 * @example issuesToRejections([{ code: 'custom', path: ['level'], message: 'bad level', input: 'x' }], 7) // [{ row: 7, column: 'level', reason: 'bad level' }]
 */
export function issuesToRejections(issues: readonly z.core.$ZodIssue[], row: number): Rejection[] {
  return issues.map((i) => ({ row, column: i.path.map(String).join('.') || '(record)', reason: i.message }));
}

function parsers<S extends z.ZodType>(schema: S, what: string) {
  const safe = (input: unknown, row = 1): SafeParseResult<z.output<S>> => {
    const r = schema.safeParse(input, { error: zodErrorZh });
    return r.success ? { success: true, data: r.data } : { success: false, errors: issuesToRejections(r.error.issues, row) };
  };
  const parse = (input: unknown, row = 1): z.output<S> => {
    const r = safe(input, row);
    if (!r.success) throw new InputError(r.errors, what);
    return r.data;
  };
  return { parse, safe };
}

const account = parsers(AccountSchema, '账号');
const post = parsers(PostSchema, '发文');
const message = parsers(MessageSchema, '留言');
const registry = parsers(RegistryEntrySchema, '备案记录');
const matrix = parsers(MatrixSchema, '矩阵');

/** Validates an account; throws {@link InputError} naming the field. @example parseAccount({ id: 'a', name: '某某发布', platform: 'wechat', unit: '某市政府办公室', level: 'city' }).kind // 'unit' */
export const parseAccount = account.parse;
/** Validates an account; returns `{ success, data | errors }`, never throws. */
export const safeParseAccount = account.safe;
/** Validates a post (timestamps without offset are China time); throws {@link InputError}. */
export const parsePost = post.parse;
/** Validates a post; returns `{ success, data | errors }`, never throws. */
export const safeParsePost = post.safe;
/** Validates a message; throws {@link InputError} (e.g. replied before received). */
export const parseMessage = message.parse;
/** Validates a message; returns `{ success, data | errors }`, never throws. */
export const safeParseMessage = message.safe;
/** Validates a registry (备案) entry; throws {@link InputError}. */
export const parseRegistryEntry = registry.parse;
/** Validates a registry entry; returns `{ success, data | errors }`, never throws. */
export const safeParseRegistryEntry = registry.safe;
/** Validates a matrix definition; throws {@link InputError}. */
export const parseMatrix = matrix.parse;
/** Validates a matrix definition; returns `{ success, data | errors }`, never throws. */
export const safeParseMatrix = matrix.safe;
