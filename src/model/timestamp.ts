import { z } from 'zod';
import { parseChinaTime } from './time.js';

// In its own module so that code using only the time helpers does not bundle zod.
/**
 * zod type for a timestamp: a `Date`, epoch milliseconds, or a string read by
 * {@link parseChinaTime} (no offset = China time). Output is a `Date`.
 */
export const timestamp = z.union([z.date(), z.number(), z.string()]).transform((v, ctx) => {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) {
      ctx.addIssue({ code: 'custom', message: '无效日期' });
      return z.NEVER;
    }
    return v;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      ctx.addIssue({ code: 'custom', message: `不是有限的时间戳（毫秒）：${v}` });
      return z.NEVER;
    }
    return new Date(v);
  }
  const ms = parseChinaTime(v);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `不是日期时间："${v}"` });
    return z.NEVER;
  }
  return new Date(ms);
});
