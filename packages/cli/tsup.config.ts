import { packageBuild } from '../../tsup.shared.js';

// The library entry, and the `authmail` command (kept with its `#!` line).
// `shims` gives the CommonJS build an `import.meta.url`, which the command
// reads its own package.json with.
export default packageBuild({ entry: ['src/index.ts', 'src/bin.ts'], shims: true });
