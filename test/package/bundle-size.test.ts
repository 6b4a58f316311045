import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Browser bundle budgets of issue 17 (dashboards import a few functions): the *built*
// ESM package bundled by esbuild for the browser, minified, code-split, and measured
// as what a page loads first: the entry chunk plus the chunks it imports statically
// (lazy `import()` chunks — the workbook reader, vega for charts — load only when
// used). Sizes are gzip level 9. Budgets: `import { wci }` ≤ 15 KB, `readPosts +
// scoreAccounts + rank` ≤ 60 KB (measured 2026-11-30: 2.2 KB and 29.6 KB; before this
// change, 1,027 KB min / 279 KB gzip for `import { wci }` from the flattened dist).
const root = resolve(__dirname, '../..');
const KB = 1024;
let dir = '';

beforeAll(() => {
  if (!existsSync(resolve(root, 'dist/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'govmedia-size-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes (minified, gzip) a page loads first for `import { names } from 'govmedia'`, and the packages in it. */
async function initialLoad(names: string[]): Promise<{ min: number; gzip: number; packages: Set<string>; inputs: Set<string> }> {
  const out = join(dir, names.join('-'));
  const r = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './dist/index.js';`, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    bundle: true, splitting: true, format: 'esm', platform: 'browser', minify: true, outdir: out, metafile: true, logLevel: 'silent',
    entryNames: 'entry',
  });
  const meta: Metafile = r.metafile;
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of meta.outputs[file]!.imports) if (i.kind === 'import-statement' && !i.external) walk(i.path);
  };
  // The page's entry (entryNames: 'entry'); lazy import() targets are entry points too.
  walk(Object.keys(meta.outputs).find((f) => /(^|\/)entry\.js$/.test(f))!);
  let min = 0, gzip = 0;
  const packages = new Set<string>(), inputs = new Set<string>();
  for (const f of seen) {
    const bytes = readFileSync(resolve(root, f));
    min += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    for (const input of Object.keys(meta.outputs[f]!.inputs)) {
      inputs.add(input);
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (m) packages.add(m[1]!);
    }
  }
  return { min, gzip, packages, inputs };
}

describe('browser bundle size of the built package (esbuild, minified, gzip)', () => {
  it('import { wci } ≤ 15 KB gzip, without zod, the CSV reader or vega', async () => {
    const r = await initialLoad(['wci']);
    expect(r.gzip).toBeLessThanOrEqual(15 * KB);
    expect([...r.packages]).toEqual([]);
  });

  it('readPosts + scoreAccounts + rank ≤ 60 KB gzip; the workbook reader and vega load only on their paths', async () => {
    const r = await initialLoad(['readPosts', 'scoreAccounts', 'rank']);
    expect(r.gzip).toBeLessThanOrEqual(60 * KB);
    for (const heavy of ['zod', '@e965/xlsx', 'vega', 'vega-lite']) expect(r.packages.has(heavy), heavy).toBe(false);
  });

  // Budgets of our own (2026-12-01), for the dashboards of the inspection and the 12345-style
  // reply checks: the enumerations' constants are apart from their zod schemas, and the reply
  // policies and shortlist candidates are validated with zod/mini (measured before: 103.8 KB,
  // 99.1 KB and 92.4 KB gzip).
  it('inspect + passRates ≤ 20 KB gzip, without zod', async () => {
    const r = await initialLoad(['inspect', 'passRates']);
    expect(r.gzip).toBeLessThanOrEqual(20 * KB);
    expect(r.packages.has('zod'), 'zod').toBe(false);
  });

  it("interactionStats + earlyWarnings + shortlist ≤ 25 KB gzip, with zod/mini only (not zod's classic API)", async () => {
    const r = await initialLoad(['interactionStats', 'earlyWarnings', 'shortlist']);
    expect(r.gzip).toBeLessThanOrEqual(25 * KB);
    expect([...r.inputs].filter((i) => /node_modules\/zod\/v4\/classic\//.test(i))).toEqual([]);
  });
});
