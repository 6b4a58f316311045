// Lists the exported names of a built declaration file (dist/*.d.ts) with their kind,
// sorted: the public surface as a user's TypeScript sees it. Used by
// exports-snapshot.test.ts; also runnable: `npx tsx test/package/list-exports.ts dist/index.d.ts`.
import ts from 'typescript';

/** What an exported name is (a class is a value and a type; a const may be any value). */
export type ExportKind = 'class' | 'function' | 'const' | 'enum' | 'interface' | 'type' | 'namespace';

function kindOf(symbol: ts.Symbol): ExportKind {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule)) return 'namespace';
  throw new Error(`list-exports: unknown kind of export ${symbol.name} (flags ${f})`);
}

/**
 * `name kind` lines, sorted by name, of everything each file exports (re-exports
 * followed), by file. One program for all the files (the declarations they share are
 * read once).
 */
export function listExports(files: string[]): Map<string, string[]> {
  const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
  const checker = program.getTypeChecker();
  return new Map(files.map((file) => [file, exportsOf(program, checker, file)]));
}

function exportsOf(program: ts.Program, checker: ts.TypeChecker, file: string): string[] {
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`list-exports: cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`list-exports: ${file} is not a module`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return `${s.name} ${kindOf(target)}`;
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

if (process.argv[1] && /list-exports\.ts$/.test(process.argv[1])) {
  for (const lines of listExports(process.argv.slice(2)).values()) for (const line of lines) console.log(line);
}
