import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  contentRulesFromCsv, defaultContentRules, extendContentRules, parseContentRules, parseWordList, rosterFromCsv, type ContentRuleSet, type ContentRuleSetInput,
} from '../../content/index.js';
import { loadTraditionalToSimplified } from '../../homogeneity/load-traditional-to-simplified.js';
import { InputError } from '../../model/index.js';
import { CliInputError, CliUsageError, type CliIO } from '../io.js';

/** Reads a text file relative to the CLI's cwd; a clear input error otherwise. */
export async function readText(file: string, io: CliIO): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(`${file}：${code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(e)}）`}`);
  }
}

/** Parses JSON text; an input error naming the file otherwise. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliInputError(`${file}：不是有效的 JSON（${(e as Error).message}）`);
  }
}

const wrap = <T>(file: string, f: () => T): T => {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new CliInputError(e.message.startsWith(file) ? e.message : `${file}：${e.message}`, e.rejections);
    throw e;
  }
};

/**
 * The content rule set of a CLI run: the defaults (unless --replace-rules), extended by
 * --rules (JSON rule set or CSV dictionary), --roster, --allowlist, --sensitive and
 * --allow-domains files.
 */
export async function loadContentRules(opts: Record<string, unknown>, io: CliIO): Promise<{ rules: ContentRuleSet; toSimplified?: (s: string) => string }> {
  let rules: ContentRuleSet = defaultContentRules();
  const extra: ContentRuleSetInput = {};
  const replace = opts.replaceRules === true;
  if (opts.rules !== undefined) {
    const file = String(opts.rules);
    const text = await readText(file, io);
    const r = /\.json$/i.test(file)
      ? wrap(file, () => parseContentRules(parseJson(text, file)))
      : { rules: wrap(file, () => contentRulesFromCsv(text, { file, defaults: { kind: 'typo', severity: 'deduction', source: `本单位词表 ${file}` } })) };
    rules = extendContentRules(rules, r, replace ? { replace: ['rules'] } : {});
  } else if (replace) throw new CliUsageError('--replace-rules 需要 --rules 文件');
  if (opts.roster !== undefined) {
    const file = String(opts.roster);
    const text = await readText(file, io);
    extra.roster = /\.json$/i.test(file) ? (wrap(file, () => parseContentRules({ roster: parseJson(text, file) })).roster) : wrap(file, () => rosterFromCsv(text, { file }));
  }
  if (opts.allowlist !== undefined) extra.allowlist = parseWordList(await readText(String(opts.allowlist), io));
  if (opts.allowDomains !== undefined) extra.allowedDomains = parseWordList(await readText(String(opts.allowDomains), io));
  if (opts.sensitive !== undefined) {
    const file = String(opts.sensitive);
    const words = parseWordList(await readText(file, io));
    if (words.length) extra.rules = [{ id: `sensitive:${file}`, kind: 'sensitive', severity: 'deduction', patterns: words, suggestion: '核实后删除或修改', source: `本单位敏感词表 ${file}` }];
  }
  rules = extendContentRules(rules, extra);
  const out: { rules: ContentRuleSet; toSimplified?: (s: string) => string } = { rules };
  if (opts.traditional === true) {
    try {
      out.toSimplified = await loadTraditionalToSimplified();
    } catch (e) {
      throw new CliUsageError(/not installed/.test((e as Error).message) ? '--traditional：需要可选包 opencc-js，请先安装（npm install opencc-js）' : `--traditional：${(e as Error).message}`);
    }
  }
  return out;
}
