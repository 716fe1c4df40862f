import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPoints, exportedNames } from './entry-names.js';
import { expectedSurface, surfaceLimits } from './expected-surface.js';

// Every export is a promise to keep. This test lists what each published
// entry point exports: adding, renaming or removing a name fails here until
// expected-surface.ts says so, and the entries stay within their limits.

const packagesDir = fileURLToPath(new URL('../../../packages', import.meta.url));
const entries = readdirSync(packagesDir).flatMap((folder) =>
  entryPoints(path.join(packagesDir, folder)),
);

it('knows every published entry point', () => {
  expect(entries.map(({ specifier }) => specifier).sort()).toEqual(
    Object.keys(expectedSurface).sort(),
  );
});

describe.each(entries.map((entry) => [entry.specifier, entry] as const))(
  '%s',
  (specifier, entry) => {
    const names = exportedNames(entry.declarations);

    it('exports exactly the listed names', () => {
      expect(names).toEqual([...(expectedSurface[specifier] ?? [])].sort());
    });

    const limit = surfaceLimits[specifier];
    it.runIf(limit !== undefined)(`exports at most ${limit} names`, () => {
      expect(names.length).toBeLessThanOrEqual(limit ?? 0);
    });
  },
);
