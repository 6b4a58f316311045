import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExports } from './list-exports.js';

// The public surface (issue 17 item 1) as a user's TypeScript sees it: the names the
// *built* declarations export, with their kind, sorted, compared with the committed
// exports.snapshot.txt, so that any change to the surface shows as a diff in review.
// After a deliberate change (a new public function, a removed export), rebuild and
// update the snapshot in the same commit:
//   npm run build && UPDATE_EXPORTS=1 npx vitest run test/package/exports-snapshot.test.ts
// (and say it in CHANGELOG.md when a name is removed or renamed).
const root = resolve(__dirname, '../..');
const SNAPSHOT = resolve(__dirname, 'exports.snapshot.txt');
const dist = (f: string) => resolve(root, 'dist', f);

/** Barrels that define the surface: a built .d.ts older than any of them is stale. */
function barrels(): string[] {
  const src = resolve(root, 'src');
  const dirs = readdirSync(src).filter((d) => statSync(join(src, d)).isDirectory());
  return [join(src, 'index.ts'), join(src, 'io/node/index.ts'), ...dirs.map((d) => join(src, d, 'index.ts'))].filter((f) => existsSync(f));
}

let lists: Map<string, string[]> | undefined;
/** The export lines of a built declaration file (all four read by one TypeScript program, once). */
function exportsOf(file: string): string[] {
  lists ??= listExports(['index.d.ts', 'node.d.ts', 'index.d.cts', 'node.d.cts'].map(dist));
  return lists.get(dist(file))!;
}

function surface(): string {
  const core = exportsOf('index.d.ts');
  const coreNames = new Set(core);
  const node = exportsOf('node.d.ts');
  const nodeOnly = node.filter((l) => !coreNames.has(l));
  return [
    '# Public surface of the built package (test/package/exports-snapshot.test.ts; update: see README "Development").',
    `# govmedia (dist/index.d.ts): ${core.length} exports`,
    ...core,
    '',
    `# govmedia/node (dist/node.d.ts): everything above, plus ${nodeOnly.length}`,
    ...nodeOnly,
    '',
  ].join('\n');
}

describe('the public surface of the built package', () => {
  it('dist/ is not older than the barrels that define the surface (else: npm run build)', () => {
    const built = Math.min(statSync(dist('index.d.ts')).mtimeMs, statSync(dist('node.d.ts')).mtimeMs);
    const stale = barrels().filter((f) => statSync(f).mtimeMs > built);
    expect(stale, 'dist/*.d.ts is older than these barrels: run `npm run build` first').toEqual([]);
  });

  it('matches test/package/exports.snapshot.txt (names + kind, sorted)', () => {
    const actual = surface();
    if (process.env.UPDATE_EXPORTS === '1') writeFileSync(SNAPSHOT, actual);
    const expected = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : '';
    // A diff here is a change to the public surface: if it is deliberate, update the
    // snapshot (UPDATE_EXPORTS=1, see above) and list removals/renames in CHANGELOG.md.
    expect(actual).toBe(expected);
  });

  it('govmedia/node exports everything govmedia does, and the CJS declarations match the ESM ones', () => {
    const core = exportsOf('index.d.ts');
    const node = exportsOf('node.d.ts');
    expect(core.filter((l) => !node.includes(l))).toEqual([]);
    expect(exportsOf('index.d.cts')).toEqual(core);
    expect(exportsOf('node.d.cts')).toEqual(node);
  });

  it('module barrels are explicit lists: `export *` only re-exports a whole curated barrel (src/index.ts, govmedia/node)', () => {
    const core = resolve(root, 'src/index.ts');
    const node = resolve(root, 'src/io/node/index.ts');
    for (const f of barrels()) {
      const stars = readFileSync(f, 'utf8').match(/^export \* from .*$/gm) ?? [];
      if (f === node) expect(stars).toEqual(["export * from '../../index.js';"]);
      else if (f === core) for (const s of stars) expect(s).toMatch(/^export \* from '\.\/[a-z]+\/index\.js';$/);
      else expect(stars, f).toEqual([]);
    }
  });
});
