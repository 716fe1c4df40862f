import type { RecordedSendGridMessage } from '../sendgrid/fake-sendgrid.js';
import { canonicalAddress, type NeutralMessage } from './neutral.js';

/**
 * The provider-neutral view of a message the fake SendGrid API accepted: `from` and
 * `reply_to` (or the first of `reply_to_list`) as `Name <email>` or `email`; `to` from every
 * personalization; one entry in `recipients` per `to` of every personalization, with that
 * personalization's `dynamic_template_data` (a batch has one `to` per personalization);
 * `subject` from the body or else the first personalization; `content` of type `text/plain`
 * and `text/html`; `categories` as `tags`; `headers`; `custom_args` as `metadata`;
 * `template_id` with the first personalization's `dynamic_template_data` (SendGrid has no
 * shared template data).
 *
 * @example
 * ```ts
 * expect(neutralFromSendGrid(sendgrid.messages[0])).toMatchObject({ subject: 'Your code' });
 * ```
 */
export function neutralFromSendGrid(recorded: RecordedSendGridMessage): NeutralMessage {
  const { body } = recorded;
  const [first] = body.personalizations;
  const message: NeutralMessage = {
    from: canonicalAddress(body.from),
    to: body.personalizations.flatMap(({ to }) => to.map(canonicalAddress)),
    recipients: body.personalizations.flatMap(({ to, dynamic_template_data: variables }) =>
      to.map((address) => ({ to: canonicalAddress(address), ...(variables ? { variables } : {}) })),
    ),
  };
  const subject = body.subject ?? first?.subject;
  const text = body.content?.find(({ type }) => type === 'text/plain')?.value;
  const html = body.content?.find(({ type }) => type === 'text/html')?.value;
  const replyTo = body.reply_to ?? body.reply_to_list?.[0];
  if (subject !== undefined) message.subject = subject;
  if (text !== undefined) message.text = text;
  if (html !== undefined) message.html = html;
  if (replyTo !== undefined) message.replyTo = canonicalAddress(replyTo);
  if (body.categories !== undefined) message.tags = body.categories;
  if (body.headers !== undefined) message.headers = body.headers;
  if (body.custom_args !== undefined) message.metadata = body.custom_args;
  if (body.template_id !== undefined) {
    message.template = { name: body.template_id, variables: first?.dynamic_template_data ?? {} };
  }
  return message;
}
