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

/** Commander's help headings in Chinese. */
const TITLES_ZH: Readonly<Record<string, string>> = {
  'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '通用选项：',
};
const usageZh = (s: string) => s.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]');

/** East Asian wide and full-width characters take two terminal columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/**
 * Commander's help layout in Chinese (`configureHelp`): the headings (用法/选项/命令),
 * `[options]`/`[command]` in the usage line, and the extras after an option's
 * description (`（可选：…；默认：…）` for `(choices: …, default: …)`). Widths count a
 * Chinese character as two columns, and a long description wraps between characters
 * as well as at spaces, so the help keeps its 80-column layout.
 */
export const HELP_ZH = {
  styleTitle: (s: string): string => TITLES_ZH[s] ?? s,
  styleUsage: usageZh,
  styleSubcommandTerm: usageZh,
  displayWidth: (s: string): number => s.replace(/\x1b\[[0-9;]*m/g, '').replace(WIDE, '..').length,
  optionDescription(option: { description: string; argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string; required: boolean; optional: boolean }): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`可选：${option.argChoices.join('、')}`);
    // Boolean defaults (false) mean nothing to a clerk; a value option's default is shown.
    if (option.defaultValue !== undefined && (option.required || option.optional))
      extra.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
    return extra.length ? `${option.description}（${extra.join('；')}）` : option.description;
  },
  boxWrap(this: { displayWidth(s: string): number }, str: string, width: number): string {
    if (width < 40) return str;
    const out: string[] = [];
    for (const raw of str.split('\n')) {
      // Break after a space, or between two characters when either is Chinese (no space between words).
      const chunks = raw.match(/\s*(?:[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+)/g) ?? [''];
      let parts: string[] = [];
      let w = 0;
      for (const c of chunks) {
        const cw = this.displayWidth(c);
        if (parts.length > 0 && w + cw > width) {
          // No line starts with closing punctuation (the chunk before goes down with it) or ends with an opening bracket or quote.
          const last = parts[parts.length - 1]!;
          const keep = parts.length > 1 && (/^[，。；：、）」』”’》]/.test(c.trimStart()) || /[（「『“‘《]$/.test(last)) ? 1 : 0;
          out.push(parts.slice(0, parts.length - keep).join(''));
          parts = [...parts.slice(parts.length - keep), c].map((p, i) => (i === 0 ? p.trimStart() : p));
          w = this.displayWidth(parts.join(''));
        } else {
          parts.push(c);
          w += cw;
        }
      }
      out.push(parts.join(''));
    }
    return out.join('\n');
  },
};

/** `--help` and the `help` command in Chinese (commander's defaults are English). */
export const HELP_OPTION_ZH = ['-h, --help', '显示帮助'] as const;
export const HELP_COMMAND_ZH = ['help [command]', '显示某个命令的帮助'] as const;
