// Issue 17 item 7: every public function that validates with zod fails with one of the
// documented classes — InputError for data (naming the row and the field), TypeError
// naming the function and the field for an argument — never with a raw ZodError.
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  InputError, PostsTable, buildQuarterlyReport, compileContentRules, contentRulesFromCsv, defineIndex, earlyWarnings,
  interactionStats, parseAccount, parseContentRules, parseFindingsFile, parseMatrix, parseMessage, parsePost,
  parseRegistryEntry, readAccounts, readMessages, readRegistry, rosterFromCsv, shortlist,
} from '../../src/index.js';

/** Runs `f`, returns what it threw (fails the test when it does not throw). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

async function rejected(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

/** The documented class, not a ZodError, and the message names `words`. */
function expectDocumented(e: Error, cls: typeof InputError | typeof TypeError, ...words: string[]) {
  expect(e).not.toBeInstanceOf(ZodError);
  expect(e).toBeInstanceOf(cls);
  for (const w of words) expect(e.message).toContain(w);
}

describe('model parseX: InputError naming the row and the field', () => {
  it.each([
    ['parseAccount', () => parseAccount({ id: 'a', name: '某市发布', platform: 'wechat', unit: '某市政府办公室', level: 'planet' }, 7), 'level'],
    ['parsePost', () => parsePost({ accountId: 'a', publishedAt: 'yesterday-ish' }, 3), 'publishedAt'],
    ['parseMessage', () => parseMessage({ id: 'm', accountId: 'a', receivedAt: 'never' }, 2), 'receivedAt'],
    ['parseRegistryEntry', () => parseRegistryEntry({ accountId: 'a', unit: '某市政府办公室', platform: 'wechat', filedAt: '2024-01-01', status: 'exploded' }, 4), 'status'],
    ['parseMatrix', () => parseMatrix({ lead: 'a', members: 'b' }), 'members'],
  ])('%s', (_name, f, field) => {
    const e = thrown(f);
    expectDocumented(e, InputError, field);
    expect((e as InputError).rejections.length).toBeGreaterThan(0);
    expect((e as InputError).rejections.every((r) => r.row >= 1)).toBe(true);
  });

  it('the row given is the row reported', () => {
    const e = thrown(() => parseAccount({ id: 'a', name: '某市发布', platform: 'wechat', unit: '某市政府办公室', level: 'planet' }, 7)) as InputError;
    expect(e.rejections[0]).toMatchObject({ row: 7, column: 'level' });
  });
});

describe('content: parseFindingsFile, parseContentRules (InputError), compileContentRules (TypeError)', () => {
  it('parseFindingsFile names the finding (1-based) and the field', () => {
    const e = thrown(() => parseFindingsFile({ at: '2024-09-30', findings: [{ nonsense: true }] }, { file: 'findings.json' }));
    expectDocumented(e, InputError, 'findings.json', '第 1 行');
  });
  it('parseContentRules names the field path', () => {
    expectDocumented(thrown(() => parseContentRules({ rules: [{ id: 'x', kind: 'no-such-kind' }] })), InputError, 'rules.0');
  });
  it('compileContentRules names itself and the field', () => {
    expectDocumented(thrown(() => compileContentRules({ rules: [{ id: 'x', kind: 'no-such-kind' }] } as never)), TypeError, 'compileContentRules', 'rules.0');
  });
  it('contentRulesFromCsv and rosterFromCsv with a bad row: InputError naming the file and line', () => {
    expectDocumented(thrown(() => contentRulesFromCsv('id,kind,severity,patterns\nr1,no-such-kind,error,x\n', { file: 'rules.csv' })), InputError, 'rules.csv', '第 2 行');
    expectDocumented(thrown(() => rosterFromCsv('姓名,职务\n,局长\n', { file: 'roster.csv' })), InputError, 'roster.csv', '第 2 行');
  });
});

describe('arguments: TypeError naming the function and the field', () => {
  it('defineIndex', () => {
    expectDocumented(thrown(() => defineIndex({ id: 'x', name: 'x', dimensions: [] } as never)), TypeError, 'defineIndex', 'dimensions');
  });
  it('shortlist names the candidate and the field', () => {
    expectDocumented(thrown(() => shortlist([{ accountId: 'a', score: 1, posts: -1 }] as never)), TypeError, 'shortlist', 'scores[0].posts');
  });

  // A reply policy object (an office's own) was parsed with zod's .parse: a bad one escaped as ZodError.
  const badPolicy = { id: 'office', firstResponse: { amount: -1, unit: 'workingDays' } } as never;
  it('interactionStats with a bad policy object', () => {
    expectDocumented(thrown(() => interactionStats([], { policy: badPolicy, at: '2024-09-30' })), TypeError, 'interactionStats', 'policy.firstResponse.amount');
  });
  it('earlyWarnings with a bad policy object', () => {
    const e = thrown(() => earlyWarnings([], PostsTable.fromPosts([]), [], [], { at: '2024-09-25', next: '2024-10-01', policy: badPolicy }));
    expectDocumented(e, TypeError, 'earlyWarnings', 'policy.firstResponse.amount');
  });
  it('buildQuarterlyReport with a bad policy object', () => {
    const e = thrown(() => buildQuarterlyReport({ accounts: [], verdicts: [], at: '2020-03-20', policy: badPolicy }));
    expectDocumented(e, TypeError, 'buildQuarterlyReport', 'policy.firstResponse.amount');
  });
  it('an unknown policy name stays a RangeError', () => {
    expect(thrown(() => interactionStats([], { policy: 'nowhere' as never, at: '2024-09-30' }))).toBeInstanceOf(RangeError);
    expect(thrown(() => interactionStats([], { policy: 'toString' as never, at: '2024-09-30' }))).toBeInstanceOf(RangeError);
  });
});

describe('readers in strict mode: InputError naming the line and the column', () => {
  it('readAccounts', async () => {
    const e = await rejected(readAccounts('账号ID,账号名称,平台,主办单位,层级\na,某市发布,微信,某市政府办公室,星球级\n', { strict: true, sourceName: 'ledger.csv' }));
    expectDocumented(e, InputError, 'ledger.csv', '第 2 行', '层级');
  });
  it('readMessages', async () => {
    const e = await rejected(readMessages('id,accountId,receivedAt\nm1,a,not a time\n', { strict: true, sourceName: 'messages.csv' }));
    expectDocumented(e, InputError, 'messages.csv', '第 2 行', 'receivedAt');
  });
  it('readRegistry', async () => {
    const e = await rejected(readRegistry('accountId,unit,platform,filedAt\na,某市政府办公室,wechat,not a time\n', { strict: true, sourceName: 'registry.csv' }));
    expectDocumented(e, InputError, 'registry.csv', '第 2 行', 'filedAt');
  });
});
