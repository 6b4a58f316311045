import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
    if (!existsSync(resolve(root, 'dist/index.js'))) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
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
    const esm = readFileSync(resolve(root, 'dist/index.js'), 'utf8');
    expect(esm).not.toMatch(/from ["'](node:)?(fs|path|os|child_process|worker_threads)["']/);
    expect(esm).not.toMatch(/require\(["'](node:)?(fs|path|os|child_process|worker_threads)["']\)/);
  });
});
