import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Imports the *built* package both ways (ESM import and CJS require), through its own
// `exports` map (Node's package self-reference), as a user would after `npm install`.
const root = resolve(__dirname, '../..');
const node = (code: string, type: 'module' | 'commonjs') =>
  execFileSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], {
    cwd: root,
    encoding: 'utf8',
  }).trim();

const probe = (m: string) => `[typeof ${m}.PostsTable, typeof ${m}.parsePost, typeof ${m}.monthPeriod, typeof ${m}.aggregateByAccount].join(',')`;

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(resolve(root, 'dist/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  });

  it("import('govmedia') loads the ESM build", () => {
    expect(node(`const m = await import('govmedia'); console.log(${probe('m')})`, 'module')).toBe('function,function,function,function');
  });

  it("require('govmedia') loads the CJS build", () => {
    expect(node(`const m = require('govmedia'); console.log(${probe('m')})`, 'commonjs')).toBe('function,function,function,function');
  });

  it("import('govmedia/node') and require('govmedia/node') load the Node entry", () => {
    expect(node(`const m = await import('govmedia/node'); console.log(typeof m.PostsTable)`, 'module')).toBe('function');
    expect(node(`const m = require('govmedia/node'); console.log(typeof m.PostsTable)`, 'commonjs')).toBe('function');
  });

  it('ships type declarations for both module systems and is side-effect free', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    expect(pkg.sideEffects).toBe(false);
    for (const entry of ['.', './node']) {
      const e = pkg.exports[entry];
      for (const file of [e.import.types, e.import.default, e.require.types, e.require.default])
        expect(existsSync(resolve(root, file)), file).toBe(true);
    }
  });

  it('keeps the core free of Node built-ins (it must run in a browser)', () => {
    // The ESM core is one file per module (tsup.config.ts): scan all of them.
    const files = (readdirSync(resolve(root, 'src'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !/^(cli|io)[\\/]/.test(f))
      .map((f) => f.replace(/\.ts$/, '.js'));
    expect(files).toContain('index.js');
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const esm = readFileSync(resolve(root, 'dist', f), 'utf8');
      expect(esm, f).not.toMatch(/from ["'](node:)?(fs|path|os|child_process|worker_threads)["']/);
      expect(esm, f).not.toMatch(/require\(["'](node:)?(fs|path|os|child_process|worker_threads)["']\)/);
    }
  });

  it('govmedia/node imports the core instead of bundling a second copy: instanceof holds across the entries', () => {
    const check = (m: string, n: string) =>
      `const err = new ${n}.InputError([{ row: 2, column: 'c', reason: 'r' }], 'f');` +
      `const t = ${n}.PostsTable.fromPosts([]);` +
      `console.log([${n}.PostsTable === ${m}.PostsTable, t instanceof ${m}.PostsTable, err instanceof ${m}.InputError, ${n}.readPosts === ${m}.readPosts].join(','))`;
    expect(node(`const m = await import('govmedia'); const n = await import('govmedia/node'); ${check('m', 'n')}`, 'module')).toBe('true,true,true,true');
    expect(node(`const m = require('govmedia'); const n = require('govmedia/node'); ${check('m', 'n')}`, 'commonjs')).toBe('true,true,true,true');
    // ESM: no core code at all (every core module is imported); CJS: not the core's classes.
    const esm = readFileSync(resolve(root, 'dist/node.js'), 'utf8');
    expect(esm).not.toMatch(/^\/\/ src\/(?!io\/node\/)/m);
    expect(esm).not.toMatch(/\bclass\b/);
    expect(readFileSync(resolve(root, 'dist/node.cjs'), 'utf8')).not.toMatch(/PostsTable = class|InputError = class extends Error|class PostsTable|class InputError/);
    expect(readFileSync(resolve(root, 'dist/node.d.ts'), 'utf8')).toMatch(/from ["']\.\/index\.js["']/);
    // …and the declarations do not inline a second PostsTable (a table from readPostsFile must be the core's type).
    for (const d of ['dist/node.d.ts', 'dist/node.d.cts']) expect(readFileSync(resolve(root, d), 'utf8'), d).not.toMatch(/declare class PostsTable/);
    expect(readFileSync(resolve(root, 'dist/node.d.cts'), 'utf8')).toMatch(/from ["']\.\/index\.cjs["']/);
  });

  it("readPostsFile with threads (ingest internals imported by path) returns the core's PostsTable, under import and require", () => {
    // threads: 2 with minBytes: 0 forces the threaded path (a worker reads the second range) on a small file.
    const file = JSON.stringify(resolve(root, 'test/fixtures/cli/data/posts.csv'));
    const check = (m: string, n: string) =>
      `const one = await ${n}.readPostsFile(${file}, { threads: 1 }); const two = await ${n}.readPostsFile(${file}, { threads: 2, minBytes: 0 });` +
      `console.log([two.table instanceof ${m}.PostsTable, two.table.size === one.table.size, two.table.size > 0, two.rejected.length === one.rejected.length].join(','))`;
    expect(node(`const m = await import('govmedia'); const n = await import('govmedia/node'); ${check('m', 'n')}`, 'module')).toBe('true,true,true,true');
    expect(node(`(async () => { const m = require('govmedia'); const n = require('govmedia/node'); ${check('m', 'n')} })()`, 'commonjs')).toBe('true,true,true,true');
  });

  it('npm pack ships dist (prepack builds it) and typesVersions maps govmedia/node for node10 resolution', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
    expect(pkg.typesVersions['*'].node).toEqual(['./dist/node.d.ts']);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
    const files = packed!.files.map((f) => f.path);
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/node.js', 'dist/node.cjs', 'dist/node.d.ts', 'dist/node.d.cts', 'dist/cli.js', 'package.json', 'README.md'])
      expect(files, f).toContain(f);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
  });
});
