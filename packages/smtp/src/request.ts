import type { OutgoingEmail } from '@authmail/core';
import { parseAddress } from '@authmail/core/provider';
import type { SendMailOptions } from 'nodemailer';
import { noTemplatesError } from './errors.js';

/** The header that carries authmail's correlation id. */
export const correlationHeader = 'X-Authmail-Correlation-Id';

/** The header that carries the message's tags, comma-separated. */
export const tagsHeader = 'X-Authmail-Tags';

/** Custom headers for every message (Logto's `customHeaders`): a list repeats the header. */
export type SmtpHeaders = Record<string, string | string[]>;

/**
 * Maps a message onto nodemailer's message fields: from, to, subject, the
 * text and HTML parts (multipart/alternative when both), Reply-To, the
 * transport's and the message's headers (the message's win), the tags as
 * `X-Authmail-Tags` and the correlation id as `X-Authmail-Correlation-Id`.
 * Envelope addresses come from `from` and `to`. Every value goes to
 * nodemailer as a string: nothing is read from a file or a URL.
 *
 * @throws AuthmailError `invalid_message` for a provider template (SMTP
 * servers store none) or a `to` that is not one address.
 */
export function smtpMessage(message: OutgoingEmail, headers: SmtpHeaders = {}): SendMailOptions {
  if (message.providerTemplate) throw noTemplatesError();
  parseAddress(message.to, 'to', 'invalid_message');
  const allHeaders: SmtpHeaders = { ...headers, ...message.headers };
  if (message.tags && message.tags.length > 0) allHeaders[tagsHeader] = message.tags.join(', ');
  if (message.correlationId) allHeaders[correlationHeader] = message.correlationId;
  const fields: SendMailOptions = {
    from: message.from,
    to: message.to,
    subject: message.subject,
    headers: allHeaders,
    normalizeHeaderKey: keepNames(Object.keys(allHeaders)),
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  if (message.text !== undefined) fields.text = message.text;
  if (message.html !== undefined) fields.html = message.html;
  if (message.replyTo) fields.replyTo = message.replyTo;
  return fields;
}

/**
 * nodemailer's header-name hook, giving back the names as the caller wrote
 * them (nodemailer would write `X-Request-Id` as `X-Request-ID`); its own
 * headers keep nodemailer's spelling.
 */
function keepNames(names: readonly string[]): (key: string) => string {
  const given = new Map(names.map((name) => [name.toLowerCase(), name]));
  return (key) => given.get(key.toLowerCase()) ?? key;
}
