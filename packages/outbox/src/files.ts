import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AuthmailError } from '@authmail/core';

/** Rename errors Windows reports while another process has the target open. */
const transientRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Runs a filesystem step; a failure rejects with `provider_unavailable`
 * (not retryable) naming `path` and the system error code.
 */
export async function fileStep<T>(
  provider: string,
  path: string,
  run: () => Promise<T>,
  action: 'read' | 'write' = 'write',
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw new AuthmailError(
      'provider_unavailable',
      `${provider} could not ${action} ${path}${code ? ` (${code})` : ''}`,
      { provider, retryable: false, details: { path, ...(code ? { code } : {}) } },
    );
  }
}

/** Creates `dir` and its parents when missing. */
export function ensureDir(provider: string, dir: string): Promise<void> {
  return fileStep(provider, dir, async () => {
    await mkdir(dir, { recursive: true });
  });
}

/**
 * Writes `content` to `path` atomically: into a hidden temporary file in the
 * same directory, then renamed over `path`, so a reader never sees half a file.
 */
export function writeFileAtomic(
  provider: string,
  path: string,
  content: string | Buffer,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  return fileStep(provider, path, async () => {
    try {
      await writeFile(temporary, content);
      await renameWithRetry(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  });
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= 5 || !transientRenameCodes.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 20));
    }
  }
}

/** Names of the files in `dir` that end with `suffix` and are not hidden. */
export function listFiles(provider: string, dir: string, suffix: string): Promise<string[]> {
  return fileStep(
    provider,
    dir,
    async () =>
      (await readdir(dir)).filter((name) => name.endsWith(suffix) && !name.startsWith('.')),
    'read',
  );
}

/** The text of `path`, or `undefined` when it is gone or unreadable. */
export async function readTextIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
