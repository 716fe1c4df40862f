import { packageBuild } from '../../tsup.shared.js';

export default packageBuild({
  entry: { index: 'src/index.ts', conformance: 'src/conformance/index.ts' },
  // The conformance entry registers tests with the user's own vitest.
  external: ['vitest'],
});
