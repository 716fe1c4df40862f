import ts from 'typescript';

/** A TypeScript error in a generated file, as `line:column message`. */
export interface CompileError {
  fileName: string;
  line: number;
  message: string;
}

/** The repository's compiler options (tsconfig.base.json), checking only. */
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  esModuleInterop: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  noEmit: true,
};

/** Type-checks the given files together and returns every error, by file. */
export function compile(fileNames: readonly string[]): CompileError[] {
  const program = ts.createProgram(fileNames, options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const position =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
        : { line: 0, character: 0 };
    return {
      fileName: diagnostic.file?.fileName ?? '',
      line: position.line + 1,
      message: `${position.line + 1}:${position.character + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    };
  });
}
