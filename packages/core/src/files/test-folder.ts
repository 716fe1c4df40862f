import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { AuthmailError } from '../errors.js';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A fresh temporary folder holding `files` (relative path → text), removed
 * after the test.
 */
export async function templateFolder(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'authmail-files-'));
  created.push(dir);
  await writeFiles(dir, files);
  return dir;
}

/** Writes each `relative path → text` under `dir`, making folders as needed. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** A template file's text: front matter lines, then the body. */
export function templateText(frontMatter: readonly string[], body: string): string {
  return ['---', ...frontMatter, '---', body].join('\n');
}

/**
 * Replaces a file in one step, as editors save (a hidden temporary file,
 * renamed over it), so a watcher never reads it half written.
 */
export async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** The {@link AuthmailError} `promise` rejects with (failing the test when it resolves or throws anything else). */
export async function rejectionOf(promise: Promise<unknown>): Promise<AuthmailError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AuthmailError);
  return error as AuthmailError;
}
