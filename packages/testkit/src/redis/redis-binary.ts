import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** How to get `redis-server` on a machine that lacks it. */
export const installHint =
  'install it with `apt-get install redis-server` (Debian, Ubuntu), or run `.ci/run`, which installs it when missing';

/** The folders of `PATH`, then `/usr/bin`, `/usr/sbin`, `/usr/local/bin` (Debian's and Homebrew's). */
export function searchFolders(): string[] {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter((entry) => entry !== '');
  return [...onPath, '/usr/bin', '/usr/sbin', '/usr/local/bin'];
}

/**
 * The path of the first `redis-server` executable in `folders`.
 *
 * @throws Error naming `apt-get install redis-server` and `.ci/run` when there is none.
 */
export function findRedisServer(folders: readonly string[] = searchFolders()): string {
  for (const folder of folders) {
    const candidate = path.join(folder, 'redis-server');
    if (isExecutable(candidate)) return candidate;
  }
  throw new Error(`redis-server was not found on PATH: ${installHint}.`);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
