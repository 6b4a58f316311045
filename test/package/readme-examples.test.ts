import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's TypeScript examples (```ts blocks) type-check against the *built*
// declarations (dist/index.d.ts, dist/node.d.ts) as a user's editor would see them, so a
// renamed or removed export (the curated surface, CHANGELOG) cannot leave the quick start
// on old names.
const root = resolve(__dirname, '../..');
const blocks = [...readFileSync(resolve(root, 'README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
let dir = '';

describe('README examples', () => {
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'govmedia-readme-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has TypeScript examples', () => expect(blocks.length).toBeGreaterThanOrEqual(4));

  it('every ```ts block type-checks against the built package', () => {
    const files = blocks.map((code, i) => {
      const file = join(dir, `readme-${i + 1}.mts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      noEmit: true, strict: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler, types: ['node'], typeRoots: [resolve(root, 'node_modules/@types')],
      paths: { govmedia: [resolve(root, 'dist/index.d.ts')], 'govmedia/node': [resolve(root, 'dist/node.d.ts')] },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? `${d.file.fileName.replace(dir, 'README block')}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });
});
