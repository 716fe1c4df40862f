/**
 * Fake Mailgun and SendGrid HTTP APIs on 127.0.0.1 for tests: they answer the official clients
 * as the real APIs do, record what arrived, and inject faults on demand. The transport
 * conformance suite lives in `@authmail/testkit/conformance`.
 *
 * @packageDocumentation
 */
export { closedPortUrl } from './closed-port.js';
export type { ConnectionCounts } from './connections.js';
export type {
  FakeApi,
  RecordedMessage,
  RecordedRequest,
} from './fake-server.js';
export type {
  DelayFault,
  DropFault,
  FailOptions,
  Fault,
  JsonValue,
  NonJsonFault,
  StatusFault,
} from './fault.js';
export {
  type FakeMailgun,
  type MailgunFault,
  mailgunMaxBodyBytes,
  type NoIdFault,
  type RecordedMailgunMessage,
  type StartFakeMailgunOptions,
  startFakeMailgun,
} from './mailgun/fake-mailgun.js';
export type { FormFields, RecordedFile } from './mailgun/parse-form.js';
export { rejectionOf } from './rejection.js';
export {
  type FakeSendGrid,
  type RecordedSendGridMessage,
  type StartFakeSendGridOptions,
  sendGridMaxBodyBytes,
  startFakeSendGrid,
} from './sendgrid/fake-sendgrid.js';
export type {
  SendGridAddress,
  SendGridContent,
  SendGridError,
  SendGridMailBody,
  SendGridPersonalization,
} from './sendgrid/mail-body.js';
