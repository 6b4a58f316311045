import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 17 item 3: no import cycle between files of src/ (a cycle makes load order
// matter and hides layering mistakes). Imports are read from the source text: static
// `import … from './x.js'` and `export … from`, relative specifiers only. Left out:
// `import type` / `export type` (erased by TypeScript) and dynamic `import('./x.js')`
// (resolved after every module has loaded), which create no load-order dependency.
//
// KNOWN, listed so that any NEW cycle fails: read-posts.ts ↔ read-posts-csv-bytes.ts
// (ingestion's two read paths call each other; owner: ingestion). Remove the entry
// when that is split.
const KNOWN_CYCLES = [['ingest/read-posts-csv-bytes.ts', 'ingest/read-posts.ts']];
const SRC = resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const valueOnly = text.replace(/^\s*(?:import|export)\s+type\s[^;]*;/gms, '');
  for (const m of valueOnly.matchAll(/(?:from\s+|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const spec = m[1]!;
    const base = resolve(dirname(file), spec.replace(/\.js$/, ''));
    const candidates = [`${base}.ts`, join(base, 'index.ts')];
    const hit = candidates.find((c) => { try { return statSync(c).isFile(); } catch { return false; } });
    if (hit) out.push(hit);
  }
  return out;
}

/** Every cycle's files (strongly connected components of size > 1, or a file importing itself), by Tarjan's algorithm. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); comp.push(w); } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.map((f) => relative(SRC, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('src/ import graph', () => {
  const graph = new Map(files(SRC).map((f) => [f, importsOf(f)]));

  it('reads the imports (sanity: the CLI entry reaches the commands)', () => {
    const runCli = graph.get(join(SRC, 'cli/run-cli.ts'))!;
    expect(runCli).toContain(join(SRC, 'cli/commands/index.ts'));
  });

  it('has no file-level import cycle (besides the known one, listed above)', () => {
    expect(cycles(graph)).toEqual(KNOWN_CYCLES);
  });

  it('finds a cycle when there is one (the detector itself)', () => {
    const g = new Map([[join(SRC, 'a.ts'), [join(SRC, 'b.ts')]], [join(SRC, 'b.ts'), [join(SRC, 'a.ts')]], [join(SRC, 'c.ts'), [join(SRC, 'a.ts')]]]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts']]);
  });

  it('commands never import each other (each parses flags, calls the library, renders)', () => {
    // The commands are the files the registry (cli/commands/index.ts) imports; the rest of the folder are helpers (shared.ts …).
    const commands = graph.get(join(SRC, 'cli/commands/index.ts'))!.filter((f) => f.startsWith(join(SRC, 'cli/commands/')) && !f.endsWith('/command.ts'));
    expect(commands.length).toBeGreaterThan(5);
    for (const f of commands) expect(graph.get(f)!.filter((g) => commands.includes(g)).map((g) => relative(SRC, g)), relative(SRC, f)).toEqual([]);
  });
});
