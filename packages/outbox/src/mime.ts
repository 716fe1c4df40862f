import { randomUUID } from 'node:crypto';
import type { OutgoingEmail, ProviderTemplate } from '@authmail/core';
import { AuthmailError } from '@authmail/core';
import MailComposer from 'nodemailer/lib/mail-composer';

/** Headers the outbox sets itself; a message's custom header of the same name is left out of the `.eml`. */
const ownHeaders = new Set([
  'from',
  'to',
  'reply-to',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'x-authmail-correlation-id',
  'x-authmail-tags',
  'x-authmail-provider-template',
]);

/** A header name as RFC 5322 allows it: printable ASCII except `:`. */
const headerName = /^[!-9;-~]+$/;

/** A new Message-ID, `<uuid@outbox.authmail>`. */
export function newMessageId(): string {
  return `<${randomUUID()}@outbox.authmail>`;
}

/**
 * The plain-text body of a message: its `text`, or for a provider-template
 * message a description of the template and its variables as JSON, so the
 * outbox keeps everything the provider would have been given.
 */
export function textBody(message: OutgoingEmail): string | undefined {
  if (message.text !== undefined) return message.text;
  if (message.providerTemplate) return describeProviderTemplate(message.providerTemplate);
  return message.html === undefined ? '' : undefined;
}

/** Describes a provider template in words and JSON, for the text part of the `.eml`. */
export function describeProviderTemplate(template: ProviderTemplate): string {
  const facts = [
    template.version === undefined ? undefined : `version ${template.version}`,
    template.locale === undefined ? undefined : `locale ${template.locale}`,
  ].filter((fact) => fact !== undefined);
  return [
    `Sent with the provider template "${template.name}"${facts.length > 0 ? ` (${facts.join(', ')})` : ''}.`,
    '',
    'Variables:',
    JSON.stringify(template.variables, null, 2),
    '',
  ].join('\n');
}

/**
 * Builds the RFC 5322 message with nodemailer's MailComposer:
 * multipart/alternative when there are both text and HTML, UTF-8 encoded
 * headers, `Date`, `Message-ID`, `X-Authmail-Correlation-Id`,
 * `X-Authmail-Tags` and the message's custom headers. URLs and file paths in
 * the content are never fetched.
 *
 * @throws AuthmailError `provider_rejected` when a custom header name is not a valid header name.
 */
export async function buildEml(
  message: OutgoingEmail,
  options: { messageId: string; date: Date; provider: string },
): Promise<Buffer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!headerName.test(name)) {
      throw new AuthmailError('provider_rejected', `Invalid header name ${JSON.stringify(name)}`, {
        provider: options.provider,
        retryable: false,
      });
    }
    if (!ownHeaders.has(name.toLowerCase())) headers[name] = value;
  }
  if (message.correlationId !== undefined) {
    headers['X-Authmail-Correlation-Id'] = message.correlationId;
  }
  if (message.tags && message.tags.length > 0) headers['X-Authmail-Tags'] = message.tags.join(', ');
  if (message.providerTemplate) {
    headers['X-Authmail-Provider-Template'] = message.providerTemplate.name;
  }

  const text = textBody(message);
  const composer = new MailComposer({
    from: message.from,
    to: message.to,
    ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
    subject: message.subject,
    date: options.date,
    messageId: options.messageId,
    headers,
    ...(text === undefined ? {} : { text }),
    ...(message.html === undefined ? {} : { html: message.html }),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
