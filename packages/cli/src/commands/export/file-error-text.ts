import path from 'node:path';
import { isAuthmailError } from '@authmail/core';

/** A path as the user sees it: relative to the working directory when it is inside it. */
export function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? file
    : relative;
}

/**
 * An error from `@authmail/core/files` as one line naming the file as the
 * user sees it: `templates/de/SignIn.html:14:7 <problem and fix>`, or
 * `templates/de: <problem and fix>`; other errors by their message.
 */
export function fileErrorText(error: unknown, cwd: string): string {
  if (!isAuthmailError(error)) return error instanceof Error ? error.message : String(error);
  const { file, line, column, problem } = (error.details ?? {}) as {
    file?: unknown;
    line?: unknown;
    column?: unknown;
    problem?: unknown;
  };
  if (typeof file !== 'string' || typeof problem !== 'string') return error.message;
  const where = shownPath(file, cwd);
  if (typeof line === 'number' && typeof column === 'number') {
    return `${where}:${line}:${column} ${problem}`;
  }
  return `${where}: ${problem}`;
}

/** `ENOENT` and the like, from a failed file system call. */
export function systemErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'failed';
}
