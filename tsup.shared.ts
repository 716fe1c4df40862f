import { defineConfig, type Options } from 'tsup';

/**
 * The build every package shares: ESM and CommonJS with their type
 * declarations and source maps, for Node 20. A package's `tsup.config.ts`
 * passes only what differs (its entries, what stays external).
 */
export function packageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    ...overrides,
  });
}
