import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A published entry point: `@authmail/core`, `@authmail/core/provider`, … */
export interface EntryPoint {
  /** The specifier users import, e.g. `@authmail/core/provider`. */
  specifier: string;
  /** The entry's ESM type declarations. */
  declarations: string;
}

interface PackageJson {
  name: string;
  private?: boolean;
  exports: Record<string, string | { import?: { types?: string } }>;
}

/** Every entry point of the published package in `packageDir`, from its `exports`. */
export function entryPoints(packageDir: string): EntryPoint[] {
  const manifest = JSON.parse(
    readFileSync(path.join(packageDir, 'package.json'), 'utf8'),
  ) as PackageJson;
  if (manifest.private) return [];
  return Object.entries(manifest.exports).flatMap(([subpath, target]) => {
    const types = typeof target === 'string' ? undefined : target.import?.types;
    if (types === undefined) return [];
    return [
      {
        specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
        declarations: path.join(packageDir, types),
      },
    ];
  });
}

/**
 * The names an entry exports, values and types alike, as TypeScript sees
 * them in its built declarations (re-exports followed), sorted.
 */
export function exportedNames(declarations: string): string[] {
  const program = ts.createProgram([declarations], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarations);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`${declarations} is not a module`);
  return checker
    .getExportsOfModule(symbol)
    .map((exported) => exported.name)
    .sort();
}
