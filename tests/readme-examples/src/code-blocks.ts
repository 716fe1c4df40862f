import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  file: string;
  /** The line of the block's first code line (1-based). */
  line: number;
  /** The fence's info string's first word: `ts`, `json`, `sh`, … */
  language: string;
  code: string;
}

const skippedDirectories = new Set([
  'node_modules',
  'dist',
  '.git',
  '.turbo',
  '.changeset',
  'results',
]);

/** An outbox the demo or a README example wrote, not the `packages/outbox` package. */
function isWrittenOutbox(directory: string, name: string): boolean {
  return name === 'outbox' && path.basename(directory) !== 'packages';
}

/** Every Markdown file under `root` that people read: READMEs and docs, not changesets or build output. */
export function markdownFiles(root: string, directory = root): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const skipped =
      skippedDirectories.has(entry.name) ||
      entry.name.startsWith('.') ||
      isWrittenOutbox(directory, entry.name);
    if (entry.isDirectory() && !skipped) {
      files.push(...markdownFiles(root, path.join(directory, entry.name)));
    } else if (entry.isFile() && entry.name.endsWith('.md')) {
      files.push(path.relative(root, path.join(directory, entry.name)));
    }
  }
  return files.sort();
}

/** The fenced blocks of one Markdown file, indented ones (inside list items) included. */
export function codeBlocks(root: string, file: string): CodeBlock[] {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  let open:
    | { indent: string; fence: string; language: string; line: number; code: string[] }
    | undefined;
  lines.forEach((text, index) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (!open && fence) {
      open = {
        indent: fence[1] ?? '',
        fence: fence[2] ?? '',
        language: fence[3] ?? '',
        line: index + 2,
        code: [],
      };
      return;
    }
    if (!open) return;
    if (text.trim().startsWith(open.fence) && text.trim().replace(/[`~]/g, '') === '') {
      blocks.push({
        file,
        line: open.line,
        language: open.language.toLowerCase(),
        code: open.code.join('\n'),
      });
      open = undefined;
      return;
    }
    open.code.push(text.startsWith(open.indent) ? text.slice(open.indent.length) : text);
  });
  return blocks;
}
