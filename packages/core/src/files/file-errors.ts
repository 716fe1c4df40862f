import { AuthmailError } from '../errors.js';

/**
 * A `template_syntax` error pointing at a place in a template file:
 * `<file>:<line>:<column> <problem and fix>`, with
 * `{ file, line, column, problem }` as its details.
 */
export function fileSyntaxError(
  file: string,
  line: number,
  column: number,
  problem: string,
): AuthmailError {
  return new AuthmailError('template_syntax', `${file}:${line}:${column} ${problem}`, {
    details: { file, line, column, problem },
  });
}

/** An `invalid_config` error about a path in the templates folder: `<file>: <problem and fix>`. */
export function fileLayoutError(file: string, problem: string): AuthmailError {
  return new AuthmailError('invalid_config', `${file}: ${problem}`, { details: { file, problem } });
}

/** `ENOENT` and the like, from a failed file system call: what failed, without echoing anything else. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'failed';
}
