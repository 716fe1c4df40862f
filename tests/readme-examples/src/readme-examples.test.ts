import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CodeBlock, codeBlocks, markdownFiles } from './code-blocks.js';
import { type CompileError, compile } from './compile.js';
import { isRunnable, runBlock } from './run-block.js';

// Every TypeScript block in every README and doc compiles as written, against
// the packages as built, and those that reach no provider run; every JSON block
// parses: a reader can copy any of them. Blocks in other languages (sh, text, …) are not checked.

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = path.resolve(packageRoot, '../..');
const generated = path.join(packageRoot, '.generated');

const blocks = markdownFiles(repositoryRoot).flatMap((file) => codeBlocks(repositoryRoot, file));
const typescriptBlocks = blocks.filter(({ language }) => ['ts', 'typescript'].includes(language));
const jsonBlocks = blocks.filter(({ language }) => language === 'json');

const generatedFile = ({ file, line }: CodeBlock) =>
  path.join(generated, `${file.replace(/[^\w]+/g, '-')}-L${line}.ts`);

let errors: CompileError[] = [];

beforeAll(() => {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  for (const block of typescriptBlocks) {
    // Each block is its own module, so blocks never see each other's names.
    writeFileSync(generatedFile(block), `${block.code}\nexport {};\n`);
  }
  errors = compile(typescriptBlocks.map(generatedFile));
}, 120_000);

it('finds the code blocks of the packages READMEs', () => {
  const files = new Set(typescriptBlocks.map(({ file }) => file));
  for (const readme of ['README.md', 'packages/core/README.md', 'packages/mailgun/README.md']) {
    expect(files).toContain(readme);
  }
});

describe.each(typescriptBlocks.map((block) => [`${block.file}:${block.line}`, block] as const))(
  'TypeScript block %s',
  (_name, block) => {
    it('compiles', () => {
      const own = errors.filter(({ fileName }) => path.resolve(fileName) === generatedFile(block));
      // Lines as in the README, so the message points at the text to fix.
      expect(own.map(({ line, message }) => `line ${block.line + line - 1}: ${message}`)).toEqual(
        [],
      );
    });

    // A block that reaches no provider and reads no environment also runs as written.
    it.runIf(isRunnable(block.code))('runs', () => {
      const run = runBlock(block.code, generatedFile(block).replace(/\.ts$/, '.mjs'));
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  },
);

describe.each(jsonBlocks.map((block) => [`${block.file}:${block.line}`, block] as const))(
  'JSON block %s',
  (_name, block) => {
    it('parses', () => {
      expect(() => JSON.parse(block.code)).not.toThrow();
    });
  },
);
