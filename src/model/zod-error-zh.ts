import type { z } from 'zod';

/** zod's type names as a clerk reads them. */
const TYPE_ZH: Record<string, string> = {
  string: '文本', number: '数', int: '整数', bigint: '整数', boolean: '是/否', date: '日期', array: '列表', tuple: '列表',
  object: '对象', record: '对象', map: '对象', set: '集合', null: '空值', undefined: '空', nan: 'NaN', symbol: '符号',
};

/** What was given, for "应为 X，实际为 Y". */
function given(input: unknown): string {
  if (input === null) return '空值';
  if (typeof input === 'string') return `文本 ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : `数 ${input}`;
  if (typeof input === 'boolean') return `是/否 ${input}`;
  if (input instanceof Date) return '日期';
  if (Array.isArray(input)) return '列表';
  return TYPE_ZH[typeof input] ?? typeof input;
}

const show = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));

/**
 * zod's issues in Chinese, by issue code: the reason a clerk reads in a rejection
 * (`第 3 行，列“平台”：…`). Passed per parse (`schema.safeParse(input, { error: zodErrorZh })`)
 * at the readers' boundary, never set globally (`z.config`), so an importer's own zod
 * keeps its messages. A message a schema gives itself (`.min(1, 'ID 为空')`, a custom
 * issue) wins over this map. English terms: invalid_type 类型不对 / 缺少此项 (required),
 * invalid_value 应为…之一, too_small 过小/为空, too_big 过大, invalid_format 格式不对,
 * unrecognized_keys 未知的字段, invalid_union 取值无效.
 * @param issue zod's raw issue (code, input, and the code's details).
 * @returns The reason in Chinese.
 * @example zodErrorZh({ code: 'invalid_type', expected: 'string', input: undefined, path: [] } as never) // '缺少此项（必填）'
 * @internal
 */
export function zodErrorZh(issue: z.core.$ZodRawIssue): string {
  const i = issue as z.core.$ZodRawIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined) return '缺少此项（必填）';
      return `类型不对：应为${TYPE_ZH[String(i.expected)] ?? String(i.expected)}，实际为${given(i.input)}`;
    case 'invalid_value': {
      const values = (i.values as unknown[] | undefined) ?? [];
      return values.length === 1 ? `应为 ${show(values[0])}：${given(i.input)}` : `应为 ${values.map(show).join('/')} 之一：${given(i.input)}`;
    }
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string') return min === 1 ? '为空' : `过短：至少 ${min} 个字符`;
      if (i.origin === 'array' || i.origin === 'set') return min === 1 ? '为空（至少 1 项）' : `过少：至少 ${min} 项`;
      return `过小：须${i.inclusive ? ' ≥ ' : ' > '}${min}${i.input === undefined ? '' : `，实际为 ${String(i.input)}`}`;
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return `过长：至多 ${max} 个字符`;
      if (i.origin === 'array' || i.origin === 'set') return `过多：至多 ${max} 项`;
      return `过大：须${i.inclusive ? ' ≤ ' : ' < '}${max}${i.input === undefined ? '' : `，实际为 ${String(i.input)}`}`;
    }
    case 'invalid_format':
      return `格式不对（${String(i.format)}）${i.input === undefined ? '' : `：${given(i.input)}`}`;
    case 'not_multiple_of':
      return `须为 ${String(i.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `未知的字段：${((i.keys as string[] | undefined) ?? []).join('、')}`;
    case 'invalid_key':
      return '有无效的键';
    case 'invalid_element':
      return '有无效的元素';
    case 'invalid_union':
      return i.input === undefined ? '缺少此项（必填）' : `取值无效：${given(i.input)}`;
    default:
      return '取值无效';
  }
}
