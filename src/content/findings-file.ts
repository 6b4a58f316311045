import { z } from 'zod';
import { InputError } from '../model/errors.js';
import { issuesToRejections } from '../model/parse.js';
import { timestamp } from '../model/timestamp.js';
import { ContentKindSchema, SeveritySchema } from './content-rule.js';
import { zodErrorZh } from '../model/zod-error-zh.js';

/** One finding as stored in a findings file (the JSON `govmedia check` writes). */
export const StoredFindingSchema = z.object({
  key: z.string().min(1),
  accountId: z.string().min(1),
  accountName: z.string().optional(),
  unit: z.string().optional(),
  postId: z.string(),
  publishedAt: z.string(),
  field: z.enum(['title', 'text']),
  kind: ContentKindSchema,
  kindZh: z.string().optional(),
  ruleId: z.string(),
  matched: z.string(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  context: z.string().default(''),
  suggestion: z.string().default(''),
  severity: SeveritySchema,
  source: z.string().default(''),
  /** When this finding was first found (China time); absent = at this file's check time. */
  firstSeenAt: z.string().optional(),
  /** A human confirmed it (inspect takes only confirmed findings as evidence). */
  confirmed: z.boolean().optional(),
});
export type StoredFinding = z.output<typeof StoredFindingSchema>;

/** A findings file: the check time and the findings. */
export const FindingsFileSchema = z.object({ at: timestamp, findings: z.array(StoredFindingSchema) });
export type FindingsFile = z.output<typeof FindingsFileSchema>;

/**
 * Reads a findings file (the JSON written by `govmedia check --format json`, or any
 * object with `at` and `findings`); throws {@link InputError} naming the finding
 * (row = its 1-based position) and field.
 * @throws {InputError} naming the finding (row = its 1-based position) and the field; `source` is the file.
 * @returns The check time (a `Date`) and the findings, defaults filled in.
 * @example parseFindingsFile({ at: '2024-09-30', findings: [] }).findings.length // 0
 */
export function parseFindingsFile(input: unknown, options: { file?: string } = {}): FindingsFile {
  const r = FindingsFileSchema.safeParse(input, { error: zodErrorZh });
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  const row = i.path[0] === 'findings' && typeof i.path[1] === 'number' ? i.path[1] + 1 : 1;
  const column = (i.path[0] === 'findings' ? i.path.slice(2) : i.path).map(String).join('.') || '(file)';
  throw new InputError([{ ...issuesToRejections([i], row)[0]!, column }], options.file ?? '问题清单文件');
}
