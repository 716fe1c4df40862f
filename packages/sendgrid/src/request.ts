import {
  AuthmailError,
  type OutgoingBatch,
  type OutgoingEmail,
  type ProviderTemplate,
} from '@authmail/core';
import { assertVariableDepth, parseAddress } from '@authmail/core/provider';
import type { MailDataRequired } from '@sendgrid/mail';
import type { ResolvedSendGridOptions } from './options.js';

/** The `custom_args` key that carries authmail's correlation id. */
export const correlationArg = 'authmail_correlation_id';

/** A SendGrid `mail/send` request, as `@sendgrid/mail` takes it. */
export type SendGridRequest = MailDataRequired & Record<string, unknown>;

/**
 * Maps a message onto `@sendgrid/mail`'s input: addresses split into email
 * and name, `text` then `html` content, `reply_to`, categories from tags,
 * the correlation id in `custom_args`, tracking off unless configured, and
 * provider templates as dynamic templates (`d-…`).
 *
 * @throws AuthmailError `invalid_message` naming `to`, `from` or `replyTo`
 * when it is not one address.
 */
export function sendGridRequest(
  message: OutgoingEmail,
  options: ResolvedSendGridOptions,
): SendGridRequest {
  const data: SendGridRequest = {
    ...commonData(message, options),
    personalizations: [{ to: [parseAddress(message.to, 'to', 'invalid_message')] }],
  } as SendGridRequest;
  if (message.providerTemplate) Object.assign(data, templateData(message.providerTemplate));
  else Object.assign(data, contentData(message));
  return data;
}

/**
 * Maps a batch onto one request: one personalization per recipient, carrying
 * that recipient's variables as its `dynamic_template_data` (the shared
 * variables are merged under them by the client).
 */
export function sendGridBatchRequest(
  batch: OutgoingBatch,
  options: ResolvedSendGridOptions,
): SendGridRequest {
  return {
    ...commonData(batch, options),
    ...templateData(batch.providerTemplate),
    personalizations: batch.recipients.map((recipient) => {
      assertVariableDepth(recipient.variables, `variables for ${recipient.to}`);
      assertSerializable(recipient.variables);
      return {
        to: [parseAddress(recipient.to, 'to', 'invalid_message')],
        dynamicTemplateData: recipient.variables,
      };
    }),
  } as SendGridRequest;
}

function commonData(
  message: Pick<
    OutgoingEmail,
    'from' | 'subject' | 'replyTo' | 'tags' | 'headers' | 'correlationId'
  >,
  options: ResolvedSendGridOptions,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    from: parseAddress(message.from, 'from', 'invalid_message'),
  };
  if (message.subject) data.subject = message.subject;
  if (message.replyTo) data.replyTo = parseAddress(message.replyTo, 'replyTo', 'invalid_message');
  if (message.tags && message.tags.length > 0) data.categories = message.tags;
  if (message.headers && Object.keys(message.headers).length > 0) data.headers = message.headers;
  if (message.correlationId) data.customArgs = { [correlationArg]: message.correlationId };
  data.trackingSettings = {
    clickTracking: { enable: options.tracking.clicks, enableText: options.tracking.clicks },
    openTracking: { enable: options.tracking.opens },
  };
  return data;
}

function contentData(message: OutgoingEmail): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (message.text) data.text = message.text;
  if (message.html) data.html = message.html;
  return data;
}

/**
 * A dynamic template: `template_id` and `dynamic_template_data`, with the
 * resolved language as `locale` unless the variables carry their own.
 *
 * @throws AuthmailError `invalid_config` when the id is not a dynamic template id (`d-…`):
 * SendGrid silently drops the data of legacy templates; `invalid_variables` when the
 * variables nest deeper than `maxVariableDepth` or contain a cycle.
 */
export function templateData(template: ProviderTemplate): Record<string, unknown> {
  assertDynamicTemplateId(template.name);
  assertVariableDepth(template.variables, 'provider template variables');
  assertSerializable(template.variables);
  const locale = template.locale === undefined ? {} : { locale: template.locale };
  return { templateId: template.name, dynamicTemplateData: { ...locale, ...template.variables } };
}

/**
 * The client serialises the body inside the request, where a failure would
 * look like a provider error; serialising here first makes variables JSON
 * cannot write (a BigInt) fail while the request is built: `invalid_variables`.
 */
function assertSerializable(variables: unknown): void {
  JSON.stringify(variables);
}

/** Throws `invalid_config` unless `id` names a dynamic template (`d-…`). */
export function assertDynamicTemplateId(id: string, field = 'template'): void {
  if (id.startsWith('d-')) return;
  throw new AuthmailError(
    'invalid_config',
    `${field} must be a SendGrid dynamic template id starting with "d-", got ${JSON.stringify(id)}: SendGrid ignores the variables of legacy templates`,
    { provider: 'sendgrid' },
  );
}
