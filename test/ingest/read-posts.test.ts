import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError, readAccounts, readMessages, readPosts, readRegistry } from '../../src/index.js';

const CSV = [
  '账号ID,账号名称,发布时间,标题,阅读数,在看数,点赞数,转发数,位置,是否原创',
  'a,甲发布,2024-03-01 08:00:00,"第一条,带逗号",10万+,12,1.2万,3,1,是',
  'a,甲发布,2024-03-01 08:00:00,"第二条\n换行",3456,-,7,,2,否',
  'b,乙发布,2024-03-02 09:30,第三条,"3,456",1,2,3,1,',
].join('\r\n') + '\r\n';

const chunksOf = (bytes: Uint8Array, size: number) =>
  (async function* () { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); })();

describe('readPosts(source)', () => {
  it('reads a Chinese-header CSV with quotes, embedded newlines, CRLF and every value form', async () => {
    const { table, rejected, keyedBy } = await readPosts(CSV);
    expect(rejected).toEqual([]);
    expect(keyedBy).toBe('accountId');
    expect(table.size).toBe(3);
    expect([...table.rows()].map((p) => [p.accountId, p.title, p.reads, p.looks, p.likes, p.shares, p.position, p.isOriginal])).toEqual([
      ['a', '第一条,带逗号', 100001, 12, 12000, 3, 1, true],
      ['a', '第二条\n换行', 3456, undefined, 7, undefined, 2, false],
      ['b', '第三条', 3456, 1, 2, 3, 1, undefined],
    ]);
    expect(table.row(0).publishedAt.toISOString()).toBe('2024-03-01T00:00:00.000Z'); // no offset = UTC+08:00
  });

  it('reads the same from UTF-8 bytes with a BOM, streamed in 5-byte chunks (split characters)', async () => {
    const bytes = new TextEncoder().encode('\uFEFF' + CSV);
    const whole = await readPosts(CSV);
    const streamed = await readPosts(chunksOf(bytes, 5));
    expect([...streamed.table.rows()]).toEqual([...whole.table.rows()]);
  });

  it('reads GBK bytes (what Excel in China writes), sniffed, also streamed in odd chunks', async () => {
    const gbk = iconv.encode(CSV, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const whole = await readPosts(CSV);
    for (const size of [gbk.length, 7]) expect([...(await readPosts(chunksOf(new Uint8Array(gbk), size))).table.rows()]).toEqual([...whole.table.rows()]);
    expect((await readPosts(new Uint8Array(gbk), { encoding: 'gbk' })).table.size).toBe(3);
  });

  const BAD = [
    '账号ID,发布时间,标题,阅读数',
    'a,2024-03-01 08:00,"有\n换行",1',
    'a,2024-13-01 08:00,坏日期,1',
    ',2024-03-01 08:00,没账号,1',
    'b,2024-03-01 08:00,好,abc',
    'b,2024-03-01 08:00,也好,2',
  ].join('\n');

  it('collect mode keeps the good rows and reports every bad one with row (the line, header = 1, a two-line cell counting two), column and reason', async () => {
    const { table, rejected, rejectedCells } = await readPosts(BAD);
    // A bad optional cell (阅读数 abc) rejects the cell, not the row (issue 12).
    expect(table.size).toBe(3);
    expect(rejected).toEqual([
      { row: 4, line: 4, column: '发布时间', reason: '不是日期时间："2024-13-01 08:00"', value: '2024-13-01 08:00' },
      { row: 5, line: 5, column: '账号ID', reason: '缺少账号ID' },
    ]);
    expect(rejectedCells).toEqual([{ row: 6, line: 6, column: '阅读数', reason: '不是计数（须为 ≥ 0 的数）："abc"', value: 'abc' }]);
    expect(Number.isNaN(table.reads[1]!)).toBe(true);
  });

  it('strict mode throws an InputError naming the first bad row and column', async () => {
    await expect(readPosts(BAD, { strict: true, sourceName: 'posts.csv' })).rejects.toThrow(InputError);
    await expect(readPosts(BAD, { strict: true, sourceName: 'posts.csv' })).rejects.toThrow('posts.csv：第 4 行，列“发布时间”：不是日期时间');
  });

  it('a header named __proto__ or constructor pollutes nothing and is listed as ignored', async () => {
    const { table, ignoredColumns } = await readPosts('账号ID,发布时间,__proto__,constructor\na,2024-03-01,{"polluted":1},x\n');
    expect(table.size).toBe(1);
    expect(ignoredColumns).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('an explicit columns mapping reads unknown headers', async () => {
    const { table } = await readPosts('mp,when,views\na,2024-03-01,9\n', { columns: { mp: 'accountId', when: 'publishedAt', views: 'reads' } });
    expect(table.row(0)).toMatchObject({ accountId: 'a', reads: 9 });
    await expect(readPosts('x\n1\n', { columns: { x: 'nonsense' } })).rejects.toThrow(/^columns: unknown posts field "nonsense"/);
  });

  it('keys by 账号名称 when there is no account-id column', async () => {
    const r = await readPosts('公众号名称,发布时间\n某市发布,2024-03-01\n');
    expect(r.keyedBy).toBe('accountName');
    expect(r.table.accountIds).toEqual(['某市发布']);
  });

  it('reads JSON arrays and NDJSON, reporting a bad record by its index', async () => {
    const json = await readPosts('[{"accountId":"a","publishedAt":"2024-03-01","reads":5},{"accountId":"b","publishedAt":"soon"}]');
    expect(json.table.size).toBe(1);
    expect(json.rejected).toEqual([{ row: 2, column: 'publishedAt', reason: '不是日期时间："soon"', value: 'soon' }]);
    const nd = await readPosts('{"账号ID":"a","发布时间":"2024-03-01","阅读数":"10万+"}\n{not json}\n');
    expect(nd.table.reads[0]).toBe(100001);
    expect(nd.rejected[0]).toMatchObject({ row: 2, column: '(record)' });
  });
});

describe('readAccounts, readMessages, readRegistry', () => {
  it('readAccounts validates with the schema and names the column of a bad value', async () => {
    const r = await readAccounts('账号ID,账号名称,平台,主办单位,层级,粉丝数,服务功能\na,甲,微信,某局,市级,1.2万,是\nb,乙,火星,某局,市级,1,否\nc,丙,微博,某局,宇宙级,1,否\n');
    expect(r.records.map((a) => [a.id, a.platform, a.followers, a.channels?.services])).toEqual([['a', 'wechat', 12000, true]]);
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[3, '平台'], [4, '层级']]);
  });
  it('readMessages rejects a reply before receipt, naming row and column', async () => {
    const r = await readMessages('账号ID,留言时间,类别,回复时间\na,2024-03-02 10:00,投诉,2024-03-01 10:00\n');
    expect(r.rejected).toEqual([{ row: 2, line: 2, column: '回复时间', reason: '回复时间早于收到时间' }]);
  });
  it('readRegistry turns the status change into a change entry', async () => {
    const r = await readRegistry('账号ID,主办单位,平台,备案时间,状态,状态变更时间\na,某局,微信,2024-01-05,关停,2024-01-02\n');
    expect(r.records[0]!.status).toBe('closed');
    expect(r.records[0]!.changes).toEqual([{ event: 'closed', at: new Date('2024-01-01T16:00:00Z') }]);
  });
});
