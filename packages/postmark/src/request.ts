import type { OutgoingBatch, OutgoingEmail, ProviderTemplate } from '@authmail/core';
import { assertVariableDepth, formatAddress, parseAddress } from '@authmail/core/provider';
import type { Message, TemplatedMessage } from 'postmark';
import type { ResolvedPostmarkOptions } from './options.js';

/** The `Metadata` key that carries authmail's correlation id (Postmark keys: at most 20 characters). */
export const correlationKey = 'authmail_correlation';

/** One request: which of the client's send methods, and what it sends. */
export type PostmarkRequest =
  | { kind: 'email'; body: Message }
  | { kind: 'withTemplate'; body: TemplatedMessage }
  | { kind: 'batchWithTemplates'; body: TemplatedMessage[] };

type Common = Pick<OutgoingEmail, 'from' | 'replyTo' | 'tags' | 'headers' | 'correlationId'>;

/**
 * Maps a message onto Postmark's `/email` (own content) or
 * `/email/withTemplate` (a provider template), with `MessageStream`, the
 * first tag as `Tag`, headers, the correlation id in `Metadata` and tracking
 * off unless configured.
 *
 * @throws AuthmailError `invalid_message` naming `to`, `from` or `replyTo`
 * when it is not one address.
 */
export function postmarkRequest(
  message: OutgoingEmail,
  options: ResolvedPostmarkOptions,
): PostmarkRequest {
  const to = oneAddress(message.to, 'to');
  if (message.providerTemplate) {
    return {
      kind: 'withTemplate',
      body: templated(message, to, message.providerTemplate, {}, options),
    };
  }
  const body: Message = { ...commonFields(message, options), To: to, Subject: message.subject };
  if (message.html) body.HtmlBody = message.html;
  if (message.text) body.TextBody = message.text;
  return { kind: 'email', body };
}

/**
 * Maps a batch onto `/email/batchWithTemplates`: one templated message per
 * recipient, in the batch's order (Postmark answers in the same order), its
 * `TemplateModel` the shared variables under the recipient's own.
 *
 * @throws AuthmailError `invalid_message` naming `to` when a recipient is not
 * one address; `invalid_variables` when variables nest too deep or are cyclic.
 */
export function postmarkBatchRequest(
  batch: OutgoingBatch,
  options: ResolvedPostmarkOptions,
): PostmarkRequest {
  const body = batch.recipients.map((recipient) => {
    assertVariableDepth(recipient.variables, `variables for ${recipient.to}`);
    const to = oneAddress(recipient.to, 'to');
    return templated(batch, to, batch.providerTemplate, recipient.variables, options);
  });
  return { kind: 'batchWithTemplates', body };
}

/**
 * A templated message: `TemplateId` when the name is a number (Postmark's
 * template ids are), else `TemplateAlias`; the resolved language as
 * `locale` unless the variables carry their own.
 */
function templated(
  message: Common,
  to: string,
  template: ProviderTemplate,
  own: Record<string, unknown>,
  options: ResolvedPostmarkOptions,
): TemplatedMessage {
  assertVariableDepth(template.variables, 'provider template variables');
  const locale = template.locale === undefined ? {} : { locale: template.locale };
  const model = { ...locale, ...template.variables, ...own };
  // The client serialises inside the request; a value JSON cannot write fails here instead.
  JSON.stringify(model);
  const name = /^[1-9][0-9]{0,15}$/.test(template.name)
    ? { TemplateId: Number(template.name) }
    : { TemplateAlias: template.name };
  return { ...commonFields(message, options), To: to, ...name, TemplateModel: model };
}

function commonFields(message: Common, options: ResolvedPostmarkOptions) {
  const fields: Omit<Message, 'Subject'> = {
    From: oneAddress(message.from, 'from'),
    MessageStream: options.messageStream,
    TrackOpens: options.tracking.opens,
    TrackLinks: options.tracking.links as Message['TrackLinks'],
  };
  if (message.replyTo) fields.ReplyTo = oneAddress(message.replyTo, 'replyTo');
  const [tag] = message.tags ?? [];
  if (tag) fields.Tag = tag;
  const headers = Object.entries(message.headers ?? {});
  if (headers.length > 0) fields.Headers = headers.map(([Name, Value]) => ({ Name, Value }));
  if (message.correlationId) fields.Metadata = { [correlationKey]: message.correlationId };
  return fields;
}

/**
 * One address, written so Postmark reads exactly it: a display name with a
 * comma is quoted, so `To` can never become a list.
 */
function oneAddress(address: string, field: string): string {
  return formatAddress(parseAddress(address, field, 'invalid_message'));
}
