import { execFile } from 'node:child_process';
import { describe, it } from 'vitest';

// Connections to the engine servers started by scripts/engines.sh (CI: .ci/run;
// locally: `npm run test:engines`). Tests talk to PostgreSQL through `psql` on its Unix
// socket and to ClickHouse through its HTTP interface on localhost.

/** Whether the engine tests must run (CI sets GOVMEDIA_REQUIRE_ENGINES=1): then a missing server fails. */
export const REQUIRED = process.env.GOVMEDIA_REQUIRE_ENGINES === '1';

export interface PgConnection { host: string; user: string; database: string }
export interface ClickHouseCluster { urls: string[]; cluster: string }

export function pgFromEnv(): PgConnection | undefined {
  const host = process.env.GOVMEDIA_PG_HOST;
  return host ? { host, user: process.env.GOVMEDIA_PG_USER ?? 'postgres', database: process.env.GOVMEDIA_PG_DATABASE ?? 'postgres' } : undefined;
}

export function clickhouseFromEnv(): ClickHouseCluster | undefined {
  const urls = process.env.GOVMEDIA_CLICKHOUSE_URLS?.split(',').filter(Boolean);
  return urls?.length ? { urls, cluster: process.env.GOVMEDIA_CLICKHOUSE_CLUSTER ?? 'govmedia_2shards' } : undefined;
}

/**
 * `describe` when the engine is configured; otherwise a visible skip (or, when
 * GOVMEDIA_REQUIRE_ENGINES=1, a failing test) naming the missing variable.
 */
export function describeEngine<C>(name: string, engine: 'postgres' | 'clickhouse', conn: C | undefined, envVar: string, body: (conn: C) => void): void {
  if (conn) {
    describe(name, () => body(conn));
    return;
  }
  // scripts/engines.sh lists the engines whose Debian package could not be installed.
  const uninstallable = (process.env.GOVMEDIA_ENGINES_UNAVAILABLE ?? '').split(/\s+/).includes(engine);
  const notice = uninstallable
    ? `${name}: the ${engine} package could not be installed on this machine (scripts/engines.sh)`
    : `${name}: ${envVar} is not set, so no ${engine} server is running; start one with \`npm run test:engines\` (scripts/engines.sh)`;
  if (REQUIRED && !uninstallable) {
    describe(name, () => it('has its server (GOVMEDIA_REQUIRE_ENGINES=1)', () => { throw new Error(`required engine missing — ${notice}`); }));
  } else {
    process.stderr.write(`NOTICE skipped: ${notice}\n`);
    describe.skip(`${name} [skipped: ${envVar} not set]`, () => it('needs the server', () => {}));
  }
}

/** Runs SQL through psql (-v ON_ERROR_STOP), returning rows of a CSV result with header. */
export function psql(pg: PgConnection, sql: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const child = execFile('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--csv', '-h', pg.host, '-U', pg.user, '-d', pg.database, '-f', '-'],
      { maxBuffer: 256 << 20, env: { ...process.env, PGTZ: 'UTC' } }, (err, stdout, stderr) => {
        if (err) return reject(new Error(`psql: ${stderr || err.message}`));
        resolve(parseCsv(stdout));
      });
    child.stdin!.end(sql);
  });
}

function parseCsv(text: string): Record<string, string>[] {
  // psql --csv: values without commas, quotes or newlines here (ids are ASCII in these tests); the last statement's rows.
  const lines = text.split('\n').filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const head = lines[0]!.split(',');
  return lines.slice(1).map((l) => {
    const v = l.split(',');
    return Object.fromEntries(head.map((h, i) => [h, v[i] ?? '']));
  });
}

/** Runs one statement on a ClickHouse server over HTTP; `FORMAT JSON` results come back parsed. */
export async function clickhouse(url: string, sql: string, settings: Record<string, string | number> = {}): Promise<Record<string, unknown>[]> {
  const q = new URLSearchParams(Object.entries(settings).map(([k, v]) => [k, String(v)]));
  const res = await fetch(`${url}/?${q}`, { method: 'POST', body: sql });
  const body = await res.text();
  if (!res.ok) throw new Error(`ClickHouse ${url}: HTTP ${res.status}: ${body.slice(0, 2000)}`);
  if (!/FORMAT\s+JSON\s*$/i.test(sql)) return [];
  return (JSON.parse(body) as { data: Record<string, unknown>[] }).data;
}
