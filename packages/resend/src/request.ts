import type { OutgoingBatch, OutgoingEmail, ProviderTemplate } from '@authmail/core';
import { formatAddress, parseAddress } from '@authmail/core/provider';
import type { CreateBatchOptions, CreateEmailOptions } from 'resend';
import { batchIdempotencyKey, messageIdempotencyKey } from './idempotency.js';
import { flattenVariables } from './variables.js';

/** The Resend tag that carries authmail's correlation id. */
export const correlationTag = 'authmail_correlation_id';

/** What the transport sends: one email (`POST /emails`) or a batch (`POST /emails/batch`). */
export type ResendRequest =
  | { kind: 'email'; email: CreateEmailOptions; idempotencyKey: string | undefined }
  | { kind: 'batch'; emails: CreateBatchOptions; idempotencyKey: string | undefined };

type Common = Pick<
  OutgoingEmail,
  'from' | 'subject' | 'replyTo' | 'tags' | 'headers' | 'correlationId'
>;

/** Resend tags take ASCII letters, digits, `_` and `-`, at most 256 of them. */
const tagText = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256) || '_';

/** One address as Resend takes it: `Name <email>`, the name quoted when it needs to be. */
const address = (value: string, field: string) =>
  formatAddress(parseAddress(value, field, 'invalid_message'));

/**
 * Maps a message onto the `resend` client's input: addresses checked (one
 * each) and written `Name <email>`, `replyTo`, `headers`, authmail's tags as
 * Resend tags (`{ name: tag, value: "true" }`) and the correlation id as the
 * tag `authmail_correlation_id` (characters Resend refuses in a tag become
 * `_`), and either `html`/`text` or a stored template with its variables
 * flattened. The correlation id is also the request's `Idempotency-Key`.
 *
 * @throws AuthmailError `invalid_message` naming `to`, `from` or `replyTo`
 * when it is not one address; `invalid_variables` for template variables
 * nested too deep, cyclic or not JSON.
 */
export function resendRequest(message: OutgoingEmail): ResendRequest {
  const common = { ...commonFields(message), to: address(message.to, 'to') };
  const email = message.providerTemplate
    ? { ...common, template: templateFields(message.providerTemplate, {}) }
    : { ...common, ...contentFields(message) };
  return {
    kind: 'email',
    email: email as CreateEmailOptions,
    idempotencyKey: messageIdempotencyKey(message.correlationId),
  };
}

/**
 * Maps a batch onto one `/emails/batch` request: one email per recipient,
 * each sending the stored template with the shared variables and the
 * recipient's own (which win), flattened. Its `Idempotency-Key` is derived
 * from the correlation id and the recipients (see `batchIdempotencyKey`).
 */
export function resendBatchRequest(batch: OutgoingBatch): ResendRequest {
  const common = commonFields(batch);
  const emails = batch.recipients.map(
    (recipient) =>
      ({
        ...common,
        to: address(recipient.to, 'to'),
        template: templateFields(batch.providerTemplate, recipient.variables, recipient.to),
      }) as CreateBatchOptions[number],
  );
  const recipients = batch.recipients.map(({ to }) => to);
  return {
    kind: 'batch',
    emails,
    idempotencyKey: batchIdempotencyKey(batch.correlationId, recipients),
  };
}

function commonFields(message: Common): Record<string, unknown> {
  const fields: Record<string, unknown> = { from: address(message.from, 'from') };
  if (message.subject) fields.subject = message.subject;
  if (message.replyTo) fields.replyTo = address(message.replyTo, 'replyTo');
  if (message.headers && Object.keys(message.headers).length > 0) fields.headers = message.headers;
  const tags = (message.tags ?? []).map((tag) => ({ name: tagText(tag), value: 'true' }));
  if (message.correlationId) {
    tags.push({ name: correlationTag, value: tagText(message.correlationId) });
  }
  if (tags.length > 0) fields.tags = tags;
  return fields;
}

function contentFields(message: OutgoingEmail): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (message.text) fields.text = message.text;
  if (message.html) fields.html = message.html;
  return fields;
}

/** A stored template (id or alias) and its variables, shared then own, flattened. */
function templateFields(
  template: ProviderTemplate,
  own: Record<string, unknown>,
  recipient?: string,
): { id: string; variables: Record<string, string | number> } {
  const what =
    recipient === undefined ? 'provider template variables' : `variables for ${recipient}`;
  const variables = {
    ...flattenVariables(template.variables),
    ...flattenVariables(own, what),
  };
  return { id: template.name, variables };
}
