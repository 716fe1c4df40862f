import { defineConfig } from 'tsup';
import { generateBuiltinParses } from './scripts/generate-builtin-parses.js';

// Before every build: the built-in emails' templates, parsed ahead of time
// (lazy/builtin-parses.cjs, see src/builtins/parses-module.ts).
generateBuiltinParses();

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    provider: 'src/provider/index.ts',
    schemas: 'src/schemas/index.ts',
    http: 'src/http/index.ts',
    files: 'src/files/index.ts',
    tooling: 'src/tooling/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // Both formats share chunks between the entries, so `@authmail/core` and
  // its other entries use one `AuthmailError` class (CJS too).
  splitting: true,
  target: 'node20',
  // Loaded on first use through the package's own import map: kept as an
  // import, so Node resolves it beside dist/ and bundlers follow it.
  external: ['#lazy-modules'],
});
