import { z } from 'zod';
import { CHINA_HOLIDAYS, createWorkingCalendar, defaultWorkingCalendar, type HolidayYear, type WorkingCalendar } from '../../calendar/index.js';
import { CliInputError, type CliIO } from '../io.js';
import type { CommandDefinition } from './command.js';
import { parseJson, readText } from './content-inputs.js';

type Cmd = Parameters<CommandDefinition['options']>[0];

/** `--holidays <file>`: more years for the working calendar (deadlines of warn and report). */
export function holidaysOption(cmd: Cmd): void {
  cmd.option(
    '--holidays <file>',
    '内置工作日历（2019–2026 年）没有的年份的节假日安排，JSON，格式同 CHINA_HOLIDAYS：{"2027": {"source": "国务院办公厅关于2027年部分节假日安排的通知", "off": [["2027-01-01","2027-01-03"]], "work": ["2027-02-07"]}}',
  );
}

const Year = z.object({
  source: z.string().default('--holidays'),
  off: z.array(z.tuple([z.string(), z.string()])),
  work: z.array(z.string()).default([]),
});
const Holidays = z.record(z.string().regex(/^\d{4}$/, '年份须为四位数字'), Year);

/**
 * The run's working calendar: the shipped one, or with `--holidays` the shipped years
 * plus (or replaced by) the file's. A bad file is invalid input (exit 1) naming the file.
 */
export async function loadCalendar(opts: Record<string, unknown>, io: CliIO): Promise<WorkingCalendar> {
  if (opts.holidays === undefined) return defaultWorkingCalendar();
  const file = String(opts.holidays);
  const parsed = Holidays.safeParse(parseJson(await readText(file, io), file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliInputError(`${file}：节假日数据格式不对（${issue.path.join('.') || '顶层'}：${issue.message}）；应为 {"2027": {"source": "…", "off": [["2027-01-01","2027-01-03"]], "work": ["2027-02-07"]}}`);
  }
  const data: Record<number, HolidayYear> = { ...CHINA_HOLIDAYS };
  for (const [y, v] of Object.entries(parsed.data)) data[Number(y)] = v;
  try {
    return createWorkingCalendar(data);
  } catch (e) {
    const msg = (e as Error).message.replace(/^createWorkingCalendar: /, '');
    const bad = /bad date "([^"]*)"/.exec(msg);
    throw new CliInputError(`${file}：${bad ? `日期 ${JSON.stringify(bad[1])} 无效（应为 YYYY-MM-DD）` : /no years given/.test(msg) ? '没有给出任何年份' : msg}`);
  }
}

/**
 * The stderr notice when some deadlines ran past the calendar (日历未覆盖): how many,
 * which years, that they were not counted as late, and how to add the year.
 */
export function calendarNotice(io: CliIO, what: string, count: number, years: readonly number[], calendar: WorkingCalendar): void {
  if (!count) return;
  const ys = years.join('、');
  io.stderr.write(
    `govmedia: 注意: ${count} ${what}的时限落在 ${ys} 年，工作日历只覆盖 ${calendar.years[0]}–${calendar.years[1]} 年：已标为“日历未覆盖”（无法判断是否超期，不计为超期），其余照常计算。` +
      `补充 ${ys} 年节假日安排：--holidays 文件（JSON，格式同 CHINA_HOLIDAYS；库中用 createWorkingCalendar）\n`,
  );
}
