import type { OutgoingBatch, OutgoingEmail, ProviderTemplate } from '@authmail/core';
import { assertVariableDepth, parseAddress } from '@authmail/core/provider';
import type { ResolvedMailgunOptions } from './options.js';

/** A Mailgun message form: field name → value, repeated fields as arrays. */
export type MailgunRequest = Record<string, string | string[]>;

/** The `v:` variable that carries authmail's correlation id. */
export const correlationVariable = 'v:authmail-correlation-id';

/**
 * Maps a message onto Mailgun's form fields, in the order they are sent:
 * addresses and subject, bodies or template, reply-to, tags, tracking, the
 * correlation id, then custom headers as `h:*`. Every value is a string
 * (mailgun.js drops falsy values and mangles others, see the README).
 */
export function mailgunRequest(
  message: OutgoingEmail,
  options: ResolvedMailgunOptions,
): MailgunRequest {
  const fields: MailgunRequest = { from: message.from, to: message.to };
  if (message.subject) fields.subject = message.subject;
  if (message.providerTemplate) Object.assign(fields, templateFields(message.providerTemplate));
  else Object.assign(fields, bodyFields(message));
  return { ...fields, ...commonFields(message, options) };
}

/**
 * Maps a batch onto one Mailgun request: every recipient in `to`, and each
 * one's variables in `recipient-variables`, keyed by the plain address and
 * flattened to dotted keys, so a stored template reads them as
 * `%recipient.code%` or `%recipient.organization.name%`. Keys such as
 * `__proto__` are kept as plain keys (the maps have no prototype).
 *
 * @throws AuthmailError `invalid_variables` when a recipient's variables nest
 * deeper than `maxVariableDepth` or contain a cycle; `invalid_message` naming
 * `to` when a recipient is not one address.
 */
export function mailgunBatchRequest(
  batch: OutgoingBatch,
  options: ResolvedMailgunOptions,
): MailgunRequest {
  const recipientVariables: Record<string, Record<string, unknown>> = Object.create(null);
  for (const recipient of batch.recipients) {
    assertVariableDepth(recipient.variables, `variables for ${recipient.to}`);
    recipientVariables[parseAddress(recipient.to, 'to', 'invalid_message').email] = flatten(
      recipient.variables,
    );
  }
  const fields: MailgunRequest = { from: batch.from, to: batch.recipients.map(({ to }) => to) };
  if (batch.subject) fields.subject = batch.subject;
  return {
    ...fields,
    ...templateFields(batch.providerTemplate),
    'recipient-variables': JSON.stringify(recipientVariables),
    ...commonFields(batch, options),
  };
}

function bodyFields(message: OutgoingEmail): MailgunRequest {
  const fields: MailgunRequest = {};
  if (message.text) fields.text = message.text;
  if (message.html) fields.html = message.html;
  return fields;
}

function templateFields(template: ProviderTemplate): MailgunRequest {
  assertVariableDepth(template.variables, 'provider template variables');
  const variables = JSON.stringify(template.variables);
  const fields: MailgunRequest = { template: template.name };
  if (template.version) fields['t:version'] = template.version;
  fields['t:variables'] = variables;
  fields['h:X-Mailgun-Variables'] = variables;
  return fields;
}

function commonFields(
  message: Pick<OutgoingEmail, 'replyTo' | 'tags' | 'headers' | 'correlationId'>,
  options: ResolvedMailgunOptions,
): MailgunRequest {
  const fields: MailgunRequest = {};
  if (message.replyTo) fields['h:Reply-To'] = message.replyTo;
  if (message.tags && message.tags.length > 0) fields['o:tag'] = message.tags;
  fields['o:tracking-clicks'] = trackingValue(options.tracking.clicks);
  fields['o:tracking-opens'] = trackingValue(options.tracking.opens);
  if (message.correlationId) fields[correlationVariable] = message.correlationId;
  for (const [name, value] of Object.entries(message.headers ?? {})) fields[`h:${name}`] = value;
  return fields;
}

function trackingValue(value: boolean | 'htmlonly'): string {
  if (value === 'htmlonly') return value;
  return value ? 'yes' : 'no';
}

/**
 * `{ a: { b: 1 }, c: [2] }` → `{ 'a.b': 1, 'c.0': 2 }`, into a map without a
 * prototype, so a `__proto__` key is written as a key, never as the prototype.
 */
function flatten(
  value: Record<string, unknown>,
  prefix = '',
  into: Record<string, unknown> = Object.create(null),
): Record<string, unknown> {
  for (const [key, entry] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof entry === 'object' && entry !== null) {
      flatten(entry as Record<string, unknown>, path, into);
    } else {
      into[path] = entry;
    }
  }
  return into;
}
