import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    outbox: 'src/outbox/index.ts',
    provider: 'src/provider/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // Both formats share chunks between the entries, so `@authmail/core`,
  // `/outbox` and `/provider` use one `AuthmailError` class (CJS too).
  splitting: true,
  target: 'node20',
  // Loaded on first use through the package's own import map: kept as an
  // import, so Node resolves it beside dist/ and bundlers follow it.
  external: ['#lazy-modules'],
});
