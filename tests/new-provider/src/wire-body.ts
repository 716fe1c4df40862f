import type { OutgoingBatch, OutgoingEmail, ProviderTemplate } from '@authmail/core';
import { assertVariableDepth, type EmailAddress, parseAddress } from '@authmail/core/provider';

/** The `custom_args` key that carries authmail's correlation id. */
export const correlationArg = 'authmail_correlation_id';

type Envelope = Pick<
  OutgoingEmail,
  'from' | 'subject' | 'replyTo' | 'tags' | 'headers' | 'correlationId'
>;

const address = (value: string, field: string): EmailAddress =>
  parseAddress(value, field, 'invalid_message');

/** The members every request has: sender, subject, reply-to, categories, headers, custom args. */
function envelope(message: Envelope): Record<string, unknown> {
  const { subject, replyTo, tags, headers, correlationId } = message;
  return {
    from: address(message.from, 'from'),
    ...(subject ? { subject } : {}),
    ...(replyTo ? { reply_to: address(replyTo, 'replyTo') } : {}),
    ...(tags && tags.length > 0 ? { categories: tags } : {}),
    ...(headers && Object.keys(headers).length > 0 ? { headers } : {}),
    ...(correlationId ? { custom_args: { [correlationArg]: correlationId } } : {}),
  };
}

/** A recipient's template data: the locale, the shared variables, then the recipient's own. */
function templateData(
  template: ProviderTemplate,
  own: Record<string, unknown> = {},
): Record<string, unknown> {
  const locale = template.locale === undefined ? {} : { locale: template.locale };
  return { ...locale, ...template.variables, ...own };
}

/** `text/plain` then `text/html`, as the v3 API wants them. */
function content(message: OutgoingEmail): { type: string; value: string }[] {
  const parts = [
    { type: 'text/plain', value: message.text },
    { type: 'text/html', value: message.html },
  ];
  return parts.filter((part): part is { type: string; value: string } => Boolean(part.value));
}

/**
 * The v3 `mail/send` JSON body for one message: its content, or its
 * provider template with the variables as `dynamic_template_data`.
 *
 * @throws AuthmailError `invalid_message` for an address that is not one,
 * `invalid_variables` for variables nested too deep or cyclic; a `TypeError`
 * for variables JSON cannot write (the transport reports it as `invalid_variables`).
 */
export function toyMessageBody(message: OutgoingEmail): string {
  const to = [address(message.to, 'to')];
  const template = message.providerTemplate;
  if (template === undefined) {
    return JSON.stringify({
      ...envelope(message),
      personalizations: [{ to }],
      content: content(message),
    });
  }
  assertVariableDepth(template.variables, 'provider template variables');
  return JSON.stringify({
    ...envelope(message),
    template_id: template.name,
    personalizations: [{ to, dynamic_template_data: templateData(template) }],
  });
}

/**
 * The v3 `mail/send` JSON body for one batch: one personalization per
 * recipient, each with the shared variables under its own.
 *
 * @throws as {@link toyMessageBody}.
 */
export function toyBatchBody(batch: OutgoingBatch): string {
  const template = batch.providerTemplate;
  assertVariableDepth(template.variables, 'provider template variables');
  const personalizations = batch.recipients.map((recipient) => {
    assertVariableDepth(recipient.variables, `variables for ${recipient.to}`);
    return {
      to: [address(recipient.to, 'to')],
      dynamic_template_data: templateData(template, recipient.variables),
    };
  });
  return JSON.stringify({ ...envelope(batch), template_id: template.name, personalizations });
}
