import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDir } from './fixture.js';

/**
 * This process's environment for a measured child, without what would load
 * extra code into it: `NODE_OPTIONS` (a loader such as tsx's, a debugger's
 * `--require`) and `NODE_V8_COVERAGE`. `extra` is added.
 */
export function freshEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, NODE_V8_COVERAGE: _coverage, ...env } = process.env;
  return { ...env, ...extra };
}

/**
 * Runs `node <args>` in a fresh process in bench/ (where bare specifiers
 * resolve), without this process's loaders, and returns the number of
 * milliseconds it printed last; throws with its stderr when it fails.
 */
export function freshNodeMs(
  what: string,
  args: readonly string[],
  extraEnv: Record<string, string> = {},
): number {
  const result = spawnSync(process.execPath, args, {
    cwd: fileURLToPath(benchDir),
    env: freshEnv(extraEnv),
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ms = Number(result.stdout.trim().split('\n').at(-1));
  if (result.status !== 0 || !Number.isFinite(ms) || result.stdout.trim() === '') {
    throw new Error(`${what} failed (${result.status ?? result.signal}): ${result.stderr}`);
  }
  return ms;
}
