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
export { type FetchServer, serveFetchHandler } from './fetch-server.js';
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
export {
  type FakePostmark,
  type PostmarkEndpoint,
  postmarkMaxBatchBodyBytes,
  postmarkMaxBatchMessages,
  postmarkMaxBodyBytes,
  type RecordedPostmarkMessage,
  type StartFakePostmarkOptions,
  startFakePostmark,
} from './postmark/fake-postmark.js';
export type {
  PostmarkHeader,
  PostmarkMessageBody,
  PostmarkMessageResult,
} from './postmark/message-body.js';
export {
  type RedisServer,
  type StartRedisServerOptions,
  startRedisServer,
} from './redis/redis-server.js';
export { rejectionOf } from './rejection.js';
export type { ResendEmailBody, ResendErrorBody, ResendTag } from './resend/email-body.js';
export {
  type FakeResend,
  type RecordedResendMessage,
  resendErrorReply,
  resendMaxBodyBytes,
  type StartFakeResendOptions,
  startFakeResend,
} from './resend/fake-resend.js';
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
export {
  type FakeSes,
  type RecordedSesMessage,
  type StartFakeSesOptions,
  startFakeSes,
} from './ses/fake-ses.js';
export type {
  SesRefusal,
  SesSendBulkEmailBody,
  SesSendEmailBody,
  SesTemplateContent,
} from './ses/validate.js';
export { sesMaxBulkEntries, sesMaxRecipients } from './ses/validate.js';
export {
  type FakeSmtp,
  type RecordedSmtpMessage,
  type RecordedSmtpRequest,
  type StartFakeSmtpOptions,
  startFakeSmtp,
} from './smtp/fake-smtp.js';
export type { SlowGreetingFault, SmtpFault, SmtpReplyFault } from './smtp/smtp-faults.js';
