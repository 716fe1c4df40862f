import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', outbox: 'src/outbox/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // Both formats share chunks between the entries, so `@authmail/core` and
  // `@authmail/core/outbox` use one `AuthmailError` class (CJS too).
  splitting: true,
  target: 'node20',
  // `import.meta.url` (for the lazy requires) in the CJS build too.
  shims: true,
});
