import { readdirSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 17 item 7: tests mirror src/. A module's tests live in the test/ folder of the same
// path (src/ranking → test/ranking, src/io/node → test/io/node), one file per module or
// function family, so that a reader finds the tests of a function without searching and a
// folder of tests cannot drift away from the code it tests (as test/foundation did).
//
// Checked here:
//  1. every top-level folder of test/ is the name of a src/ folder, or is on ALLOWED below;
//  2. below a mirrored folder, every folder holding *.test.ts files has the same path in
//     src/ (support folders without tests, such as test/ranking/reference, are fine);
//  3. every src/ module folder (one that holds .ts files itself; `internal/` folders belong
//     to their module) has tests: *.test.ts files in test/ at its path, or at the path of
//     the module folder it sits in (src/cli/commands is tested in test/cli);
//  4. no *.test.ts file at the top of test/ (it would test no module).
// Fix: move the test file with `git mv` to the folder of the module it tests.

/**
 * Top-level test/ folders without a src/ counterpart, each with its reason. Keep this short:
 * a new entry needs a reason that is not "tests a src/ module" (those go in the module's folder).
 */
const ALLOWED: Record<string, string> = {
  // Rules over the whole of src/ (import cycles, doc lint, this layout check).
  architecture: 'checks over all of src/',
  // The built package as users get it: dist/ entries, the .d.ts export snapshot, bundle size.
  package: 'tests dist/ and package.json, not one module',
  // The core bundle in headless Chromium (npm run test:browser).
  browser: 'tests the built bundle in a browser',
  // PostgreSQL / ClickHouse parity of toSQL and the scale-out walkthrough (npm run test:engines).
  engines: 'tests against external database servers',
  // Mirrors the repository's top-level app/ (the office app), not a src/ folder.
  app: 'mirrors ./app',
  // Mirrors the repository's top-level bench/ (the benchmark runner), not a src/ folder.
  bench: 'mirrors ./bench',
  // Data the tests read: the real-shaped cases (test/fixtures/cases) and CLI inputs.
  fixtures: 'test data, no tests',
  // Written by the browser test (screenshots); git-ignored, absent on a fresh clone.
  artifacts: 'test output, no tests',
};

/** Support files directly in test/ (vitest setup), not tests. */
const ROOT_FILES = new Set(['setup.ts', 'global-setup.ts']);

/** Every file below `dir`, as a POSIX path relative to `dir`. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path).isDirectory() ? walk(path, rel) : [rel];
  });
}

/**
 * The layout problems of a tree, from its file lists (paths relative to src/ and test/),
 * its top-level test/ folders and the repository's top-level folders.
 */
function layoutProblems(tree: { srcFiles: string[]; testFiles: string[]; testTopDirs: string[]; rootDirs: string[] }): string[] {
  const problems: string[] = [];
  const srcDirs = new Set<string>();
  for (const f of tree.srcFiles) for (let d = posix.dirname(f); d !== '.'; d = posix.dirname(d)) srcDirs.add(d);
  const testDirsWithTests = new Set(tree.testFiles.filter((f) => f.endsWith('.test.ts')).map((f) => posix.dirname(f)));
  const top = (d: string) => d.split('/')[0]!;

  // 1. top-level folders
  for (const d of tree.testTopDirs) {
    if (srcDirs.has(d)) continue;
    const reason = ALLOWED[d];
    if (reason === undefined) problems.push(`test/${d}/ has no src/${d}/ and is not on the allow-list: move its tests to the folder of the module they test`);
    else if (reason.startsWith('mirrors ./') && !tree.rootDirs.includes(reason.slice('mirrors ./'.length))) problems.push(`test/${d}/ is allowed as ${reason}, which does not exist`);
  }
  // 2. nested folders holding tests
  for (const d of testDirsWithTests) {
    if (d === '.') continue;
    if (ALLOWED[top(d)] !== undefined && !srcDirs.has(top(d))) continue;
    if (d.includes('/') && !srcDirs.has(d)) problems.push(`test/${d}/ holds tests but src/${d}/ does not exist`);
  }
  // 3. every module folder has tests
  const moduleDirs = new Set(tree.srcFiles.filter((f) => f.endsWith('.ts')).map((f) => posix.dirname(f))
    .filter((d) => d !== '.' && !d.split('/').includes('internal')));
  for (const d of moduleDirs) {
    let covered = false;
    for (let a = d; a !== '.'; a = posix.dirname(a)) {
      if (a !== d && !moduleDirs.has(a)) continue;
      if ([...testDirsWithTests].some((t) => t === a || t.startsWith(`${a}/`))) { covered = true; break; }
    }
    if (!covered) problems.push(`src/${d}/ has no tests: add test/${d}/*.test.ts`);
  }
  // 4. no test file at the top of test/
  for (const f of tree.testFiles) if (!f.includes('/') && !ROOT_FILES.has(f)) problems.push(`test/${f} is at the top of test/: move it to the folder of the module it tests`);
  return problems;
}

const ROOT = resolve(__dirname, '../..');
const dirsOf = (dir: string) => readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory());

describe('test/ mirrors src/', () => {
  it('every test/ folder has a src/ counterpart (or is on the commented allow-list), and every src/ module folder has tests', () => {
    const problems = layoutProblems({
      srcFiles: walk(join(ROOT, 'src')),
      testFiles: walk(join(ROOT, 'test')),
      testTopDirs: dirsOf(join(ROOT, 'test')),
      rootDirs: dirsOf(ROOT),
    });
    expect(problems, 'see the comment at the top of test/architecture/test-layout.test.ts').toEqual([]);
  });

  it('the check catches a folder named after no module, a module without tests, tests in a nested folder src/ lacks, and a file at the top', () => {
    const problems = layoutProblems({
      srcFiles: ['index.ts', 'time/period.ts', 'stats/aggregate.ts', 'stats/internal/kernel.ts', 'cli/main.ts', 'cli/commands/rank.ts', 'io/node/files.ts'],
      testFiles: ['setup.ts', 'loose.test.ts', 'foundation/periods.test.ts', 'time/periods.test.ts', 'cli/commands/rank.test.ts', 'node/files.test.ts', 'time/extra/x.test.ts', 'time/reference/row-loop.ts', 'engines/parity.test.ts'],
      testTopDirs: ['foundation', 'time', 'cli', 'node', 'engines', 'app'],
      rootDirs: ['src', 'test'],
    });
    expect(problems.sort()).toEqual([
      'src/io/node/ has no tests: add test/io/node/*.test.ts',
      'src/stats/ has no tests: add test/stats/*.test.ts',
      'test/app/ is allowed as mirrors ./app, which does not exist',
      'test/foundation/ has no src/foundation/ and is not on the allow-list: move its tests to the folder of the module they test',
      'test/loose.test.ts is at the top of test/: move it to the folder of the module it tests',
      'test/node/ has no src/node/ and is not on the allow-list: move its tests to the folder of the module they test',
      'test/time/extra/ holds tests but src/time/extra/ does not exist',
    ]);
  });
});
