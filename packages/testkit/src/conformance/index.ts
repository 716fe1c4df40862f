/**
 * The transport conformance suite: the behavioural checks every authmail
 * transport passes against its fake provider API, for vitest test files.
 *
 * @packageDocumentation
 */
export { neutralFromMailgun } from './from-mailgun.js';
export { neutralFromSendGrid } from './from-sendgrid.js';
export type {
  ConformanceFake,
  ConformanceHarness,
  ConformanceTransportOptions,
} from './harness.js';
export { canonicalAddress, type NeutralMessage, type NeutralRecipient } from './neutral.js';
export {
  bodiesAroundEveryCut,
  echoOf,
  expectNoSecret,
  expectSecretFreeError,
  leakForms,
  rejectionOf,
  secretFragmentLength,
  watchConsoleForSecrets,
} from './secrets.js';
export { type SelfSignedServer, startSelfSignedServer } from './self-signed-server.js';
export { describeTransportConformance } from './suite.js';
