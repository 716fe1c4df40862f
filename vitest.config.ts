import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The provider clients honour HTTP(S)_PROXY; every fake API lives on loopback. */
const loopback = '127.0.0.1,localhost';

/** The repository root: this file's folder, wherever vitest is started from. */
const repositoryRoot = path.dirname(fileURLToPath(import.meta.url));

/** Every workspace folder with tests, named by its package name (`--project @authmail/core`). */
const projectRoots = ['packages', 'examples', 'tests']
  .flatMap((group) =>
    readdirSync(path.join(repositoryRoot, group)).map((folder) => path.join(group, folder)),
  )
  .concat('bench');

const packageName = (root: string): string =>
  (
    JSON.parse(readFileSync(path.join(repositoryRoot, root, 'package.json'), 'utf8')) as {
      name: string;
    }
  ).name;

/**
 * One vitest config for the whole repository. Each package's `test` script
 * runs its own project (`vitest run --root ../.. --project <name>`), so turbo
 * still runs and caches the packages one by one.
 */
export default defineConfig({
  test: {
    projects: projectRoots.map((root) => ({
      extends: true,
      root: path.join(repositoryRoot, root),
      test: {
        name: packageName(root),
        include: ['src/**/*.test.ts'],
        // CI runs every package's tests at once on two cores: property tests need room.
        testTimeout: 60_000,
        env: { NO_PROXY: loopback, no_proxy: loopback },
        typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
      },
    })),
  },
});
