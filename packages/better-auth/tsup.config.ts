import { packageBuild } from '../../tsup.shared.js';

// `@better-auth/core` (a peer, installed with better-auth) holds the endpoint
// context the senders read: it must be the app's copy, never a bundled one.
export default packageBuild({ external: ['@better-auth/core'] });
