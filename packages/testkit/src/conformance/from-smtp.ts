import type { RecordedSmtpMessage } from '../smtp/fake-smtp.js';
import { canonicalAddress, type NeutralMessage } from './neutral.js';

/** Headers every message has, or that the neutral view reads into its own members. */
const ownHeaders = new Set([
  'from',
  'to',
  'cc',
  'subject',
  'reply-to',
  'message-id',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'x-authmail-tags',
  'x-authmail-correlation-id',
]);

/**
 * The provider-neutral view of a message the fake SMTP server accepted: the parsed `From`,
 * `To`, `Subject`, text and HTML parts and `Reply-To`; `X-Authmail-Tags` as `tags`;
 * `X-Authmail-Correlation-Id` as `metadata.correlationId`; every other header but the
 * standard ones as `headers`; one recipient per `To` address, without variables (SMTP has no
 * provider templates).
 *
 * @example
 * ```ts
 * expect(neutralFromSmtp(smtp.messages[0])).toMatchObject({ subject: 'Your code' });
 * ```
 */
export function neutralFromSmtp(recorded: RecordedSmtpMessage): NeutralMessage {
  const header = (name: string) =>
    recorded.headers.find((line) => line.name.toLowerCase() === name)?.value;
  const to = recorded.to.map((address) => canonicalAddress(address));
  const message: NeutralMessage = {
    from: canonicalAddress(recorded.from),
    to,
    recipients: to.map((address) => ({ to: address })),
  };
  if (recorded.subject !== undefined) message.subject = recorded.subject;
  if (recorded.text !== undefined) message.text = recorded.text.replace(/\n$/, '');
  if (recorded.html !== undefined) message.html = recorded.html;
  if (recorded.replyTo !== undefined) message.replyTo = canonicalAddress(recorded.replyTo);
  const tags = header('x-authmail-tags');
  if (tags !== undefined) message.tags = tags.split(/,\s*/);
  const correlationId = header('x-authmail-correlation-id');
  if (correlationId !== undefined) message.metadata = { correlationId };
  const extra = recorded.headers.filter(({ name }) => !ownHeaders.has(name.toLowerCase()));
  if (extra.length > 0) {
    message.headers = Object.fromEntries(extra.map(({ name, value }) => [name, value]));
  }
  return message;
}
