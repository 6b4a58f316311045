import { describe, expect, it } from 'vitest';
import {
  InputError, parseAccount, parseMatrix, parseMessage, parsePost, parseRegistryEntry,
  safeParseMessage, safeParsePost, safeParseRegistryEntry, safeParseMatrix,
} from '../../src/index.js';

const account = Object.freeze({ id: 'A1', name: '江州发布', platform: 'wechat', unit: '江州市人民政府办公室', level: 'city' });

describe('parseAccount(input)', () => {
  it('fills the documented defaults: kind unit, status active, region empty', () => {
    const a = parseAccount(account);
    expect(a.kind).toBe('unit');
    expect(a.status).toBe('active');
    expect(a.region).toBe('');
    expect(a.followers).toBeUndefined();
  });
  it('throws an InputError naming the field and reason', () => {
    let err: unknown;
    try { parseAccount({ ...account, platform: 'fax' }, 7); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.rejections).toHaveLength(1);
    expect(e.rejections[0]).toMatchObject({ row: 7, column: 'platform' });
    expect(e.message).toMatch(/^账号：第 7 行，列“platform”：应为 “wechat”\/“weibo”.* 之一：文本 "fax"$/);
  });
  it('rejects negative follower counts and empty ids (trimmed)', () => {
    expect(() => parseAccount({ ...account, followers: -1 })).toThrow(/列“followers”：过小：须 ≥ 0，实际为 -1/);
    expect(() => parseAccount({ ...account, id: '   ' })).toThrow(/列“id”：ID 为空/);
  });
});

describe('parsePost(input)', () => {
  it('reads a timestamp without an offset as China time and keeps missing metrics undefined', () => {
    const p = parsePost({ accountId: 'A1', publishedAt: '2024-03-01 08:30:00', reads: 0 });
    expect(p.publishedAt.toISOString()).toBe('2024-03-01T00:30:00.000Z');
    expect(p.reads).toBe(0);
    expect(p.likes).toBeUndefined();
    expect(p.isOriginal).toBeUndefined();
  });
  it('rejects a bad date, a negative count and a position 0, naming each field', () => {
    const r = safeParsePost({ accountId: 'A1', publishedAt: '2024-02-30 08:00', reads: -5, position: 0 }, 3);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.errors.map((e) => e.column).sort()).toEqual(['position', 'publishedAt', 'reads']);
      for (const e of r.errors) expect(e.row).toBe(3);
    }
  });
  it('rejects a missing account id', () => {
    expect(() => parsePost({ publishedAt: '2024-03-01' })).toThrow(/列“accountId”：缺少此项（必填）/);
  });
});

describe('parseMessage(input)', () => {
  it('defaults the category to consultation', () => {
    expect(parseMessage({ accountId: 'A1', receivedAt: '2024-03-01 09:00' }).category).toBe('consultation');
  });
  it('rejects a message replied before it was received', () => {
    const input = { accountId: 'A1', receivedAt: '2024-03-01 09:00', repliedAt: '2024-03-01 08:59' };
    expect(() => parseMessage(input)).toThrow(/列“repliedAt”：回复时间早于收到时间/);
    const r = safeParseMessage(input);
    expect(r.success).toBe(false);
  });
  it('rejects a message closed before it was received, and accepts a reply at the same instant', () => {
    expect(safeParseMessage({ accountId: 'A1', receivedAt: '2024-03-01 09:00', closedAt: '2024-02-28 09:00' }).success).toBe(false);
    expect(safeParseMessage({ accountId: 'A1', receivedAt: '2024-03-01 09:00', repliedAt: '2024-03-01 09:00' }).success).toBe(true);
  });
  it('safeParseMessage returns errors instead of throwing on an unknown category', () => {
    const r = safeParseMessage({ accountId: 'A1', receivedAt: '2024-03-01', category: 'praise' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors[0]!.column).toBe('category');
  });
});

describe('parseRegistryEntry(input) and parseMatrix(input)', () => {
  it('registry entries default to status opened with no changes', () => {
    const e = parseRegistryEntry({ accountId: 'A1', unit: '江州市公安局', platform: 'weibo', filedAt: '2023-01-05' });
    expect(e.status).toBe('opened');
    expect(e.changes).toEqual([]);
    const bad = safeParseRegistryEntry({ accountId: 'A1', unit: '江州市公安局', platform: 'weibo', filedAt: '2023-01-05', status: 'lost' });
    expect(bad.success).toBe(false);
  });
  it('matrices default id, name, units and rules; a unit defaults to type government', () => {
    const m = parseMatrix({ lead: 'A1', members: ['A2'], units: [{ unit: '江州市公安局', level: 'city' }] });
    expect(m).toMatchObject({ id: 'matrix', name: '', rules: [] });
    expect(m.units[0]!.type).toBe('government');
    const r = safeParseMatrix({ lead: 'A1', members: [''] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors[0]!.column).toBe('members.0');
  });
});
