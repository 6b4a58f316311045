/**
 * Commander's own usage messages in Chinese (a clerk reads the CLI in Chinese; the exit
 * code stays 2). Each message of commander 14 that a user can trigger is matched by its
 * English form; anything not matched (a future commander message) passes unchanged,
 * with only the leading `error:` translated.
 */
const RULES: readonly [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '([^']*)'/, (_, f) => `错误：未知选项 ${f}`],
  [/^error: unknown command '([^']*)'/, (_, c) => `错误：未知命令 ${c}`],
  [/^error: option '([^']*)' argument missing/, (_, f) => `错误：选项 ${f} 缺少取值`],
  [/^error: required option '([^']*)' not specified/, (_, f) => `错误：缺少必需的选项 ${f}`],
  [/^error: missing required argument '([^']*)'/, (_, a) => `错误：缺少必需的参数 ${a}`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (_, f, v, c) => `错误：选项 ${f} 的取值 “${v}” 无效，可选：${c}`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\.(.*)/, (_, f, v, rest) => `错误：选项 ${f} 的取值 “${v}” 无效${rest.trim() ? `（${rest.trim()}）` : ''}`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (_, c, e, g) => `错误：${c ? `命令 ${c} ` : ''}参数过多（应为 ${e} 个，给了 ${g} 个）`],
  [/^error: (.*) cannot be used with (.*)/, (_, a, b) => `错误：${a} 不能与 ${b} 同时使用`],
  [/^\(Did you mean one of (.*)\?\)/, (_, l) => `（是否想用：${l}？）`],
  [/^\(Did you mean (.*)\?\)/, (_, f) => `（是否想用 ${f}？）`],
  [/^error: /, () => '错误：'],
];

/** One commander error message (possibly several lines) in Chinese. */
export function commanderMessageZh(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [re, f] of RULES) {
        const m = re.exec(line);
        if (m) return f(...(m as unknown as string[])) + line.slice(m[0].length);
      }
      return line;
    })
    .join('\n');
}

/** The hint printed after a usage error. */
export const HELP_AFTER_ERROR_ZH = '（用 --help 查看用法）';
