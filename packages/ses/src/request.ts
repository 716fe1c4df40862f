import type { OutgoingBatch, OutgoingEmail, ProviderTemplate } from '@authmail/core';
import { assertVariableDepth } from '@authmail/core/provider';
import type {
  MessageHeader,
  SendBulkEmailCommandInput,
  SendEmailCommandInput,
  Template,
} from '@aws-sdk/client-sesv2';
import { sesAddress } from './address.js';
import type { SesSendingFields } from './options.js';
import { messageTags } from './tags.js';

/** One SES request: a `SendEmail` for a message, a `SendBulkEmail` for a batch. */
export type SesRequest =
  | { operation: 'SendEmail'; input: SendEmailCommandInput }
  | { operation: 'SendBulkEmail'; input: SendBulkEmailCommandInput };

const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });

/**
 * Maps a message onto `SendEmail`: simple content (subject, text, HTML and
 * the extra headers) or, for a provider template, templated content with
 * the variables as `TemplateData`; Reply-To, the tags and the correlation id
 * as message tags, and the transport's configuration set and identities.
 *
 * @throws AuthmailError `invalid_message` naming `to`, `from` or `replyTo`
 * when it is not one address; `invalid_variables` for template variables
 * nested too deep or cyclic.
 */
export function sesRequest(message: OutgoingEmail, sending: SesSendingFields): SesRequest {
  const headers = messageHeaders(message.headers);
  const input: SendEmailCommandInput = {
    ...commonFields(message, sending),
    Destination: { ToAddresses: [sesAddress(message.to, 'to', 'invalid_message')] },
    Content: message.providerTemplate
      ? { Template: { ...templateContent(message.providerTemplate), ...headers } }
      : { Simple: { Subject: utf8(message.subject), Body: body(message), ...headers } },
  };
  const tags = messageTags(message.tags, message.correlationId);
  if (tags.length > 0) input.EmailTags = tags;
  return { operation: 'SendEmail', input };
}

/**
 * Maps a batch onto `SendBulkEmail`, which sends a template only: the
 * shared variables as the default `TemplateData`, and one entry per
 * recipient whose `ReplacementTemplateData` is the shared variables with the
 * recipient's own over them (merged here, so no recipient depends on how SES
 * combines the two).
 */
export function sesBatchRequest(batch: OutgoingBatch, sending: SesSendingFields): SesRequest {
  const template = templateContent(batch.providerTemplate);
  const shared = templateVariables(batch.providerTemplate);
  const input: SendBulkEmailCommandInput = {
    ...commonFields(batch, sending),
    DefaultContent: { Template: { ...template, ...messageHeaders(batch.headers) } },
    BulkEmailEntries: batch.recipients.map((recipient) => {
      assertVariableDepth(recipient.variables, `variables for ${recipient.to}`);
      const data = JSON.stringify({ ...shared, ...recipient.variables });
      return {
        Destination: { ToAddresses: [sesAddress(recipient.to, 'to', 'invalid_message')] },
        ReplacementEmailContent: { ReplacementTemplate: { ReplacementTemplateData: data } },
      };
    }),
  };
  const tags = messageTags(batch.tags, batch.correlationId);
  if (tags.length > 0) input.DefaultEmailTags = tags;
  return { operation: 'SendBulkEmail', input };
}

function commonFields(
  message: Pick<OutgoingEmail, 'from' | 'replyTo'>,
  sending: SesSendingFields,
): Pick<SendEmailCommandInput, 'FromEmailAddress' | 'ReplyToAddresses'> & SesSendingFields {
  return {
    FromEmailAddress: sesAddress(message.from, 'from', 'invalid_message'),
    ...(message.replyTo
      ? { ReplyToAddresses: [sesAddress(message.replyTo, 'replyTo', 'invalid_message')] }
      : {}),
    ...sending,
  };
}

function body(message: OutgoingEmail) {
  return {
    ...(message.text ? { Text: utf8(message.text) } : {}),
    ...(message.html ? { Html: utf8(message.html) } : {}),
  };
}

function messageHeaders(headers: Record<string, string> | undefined): {
  Headers?: MessageHeader[];
} {
  const list = Object.entries(headers ?? {}).map(([Name, Value]) => ({ Name, Value }));
  return list.length > 0 ? { Headers: list } : {};
}

/** A stored SES template by name, its variables (and the resolved language as `locale`) as JSON. */
function templateContent(template: ProviderTemplate): Template {
  return { TemplateName: template.name, TemplateData: JSON.stringify(templateVariables(template)) };
}

/**
 * The variables a template is rendered with: the resolved language as
 * `locale` unless the variables carry their own, as SES templates have no
 * language of their own.
 *
 * @throws AuthmailError `invalid_variables` when they nest deeper than `maxVariableDepth` or
 * contain a cycle.
 */
function templateVariables(template: ProviderTemplate): Record<string, unknown> {
  assertVariableDepth(template.variables, 'provider template variables');
  const locale = template.locale === undefined ? {} : { locale: template.locale };
  return { ...locale, ...template.variables };
}
