/**
 * The transport conformance suite: the behavioural checks every authmail
 * transport passes against its fake provider API, for vitest test files, and
 * the helpers its checks use (secret forms, hostile variables).
 *
 * @packageDocumentation
 */
export { neutralFromMailgun } from './from-mailgun.js';
export { neutralFromPostmark } from './from-postmark.js';
export { neutralFromResend } from './from-resend.js';
export { neutralFromSendGrid } from './from-sendgrid.js';
export { neutralFromSes } from './from-ses.js';
export { neutralFromSmtp } from './from-smtp.js';
export type {
  ConformanceFake,
  ConformanceHarness,
  ConformanceMailer,
  ConformanceTransportOptions,
  HttpConformance,
  MailerConformance,
} from './harness.js';
export { canonicalAddress, type NeutralMessage, type NeutralRecipient } from './neutral.js';
export { hostileVariables } from './pollution-checks.js';
export {
  bodiesAroundEveryCut,
  echoOf,
  expectNoSecret,
  expectSecretFreeError,
  leakForms,
  secretFragmentLength,
  watchConsoleForSecrets,
} from './secrets.js';
export { type SelfSignedServer, startSelfSignedServer } from './self-signed-server.js';
export { describeTransportConformance } from './suite.js';
