// After tsup: `govmedia/node` keeps the core barrel's source specifier
// ('../../index.js', external in tsup.config.ts) in its JS and declarations; point it
// at the built core so the node entry shares the core's code and types (one
// PostsTable, one InputError: `instanceof` holds across the entries).
import { readFileSync, writeFileSync } from 'node:fs';

// ESM JS imports any core module ('../../indices/x.js' → './indices/x.js', the
// one-file-per-module ESM core); the declarations only the barrel. (The CJS entries are
// one build with shared chunks: nothing to point.)
const SOURCE = /(["'])\.\.\/\.\.\/([^"']+\.js)\1/g;
for (const [file, target] of [
  ['dist/node.js', './index.js'], ['dist/node.d.ts', './index.js'],
  ['dist/node.d.cts', './index.cjs'],
]) {
  const s = readFileSync(file, 'utf8');
  const out = s.replaceAll(SOURCE, (_, q, path) => (path === 'index.js' ? `"${target}"` : file === 'dist/node.js' ? `"./${path}"` : _));
  if (out === s) throw new Error(`${file}: no import of the core found; is the node entry still built with the core external (tsup.config.ts)?`);
  if (/["']\.\.\/\.\.\//.test(out)) throw new Error(`${file}: a source path is left`);
  writeFileSync(file, out);
}
