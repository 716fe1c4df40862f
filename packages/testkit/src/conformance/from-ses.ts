import type { RecordedSesMessage } from '../ses/fake-ses.js';
import { canonicalAddress, type NeutralMessage } from './neutral.js';

/** The correlation id's message tag, which the neutral view reads as metadata, not a tag. */
const correlationTag = 'authmail_correlation_id';

/** `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words decoded (RFC 2047), the space between two words dropped. */
function decodeWords(text: string): string {
  return text
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (__, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}

const address = (value: string) => canonicalAddress(decodeWords(value));

function parseData(text: string | undefined): Record<string, unknown> {
  return text === undefined ? {} : (JSON.parse(text) as Record<string, unknown>);
}

function tagsAndMetadata(
  tags: readonly { Name?: string; Value?: string }[] | undefined,
  message: NeutralMessage,
): void {
  if (tags === undefined) return;
  const names = tags.map(({ Name }) => Name ?? '').filter((name) => name !== correlationTag);
  const correlation = tags.find(({ Name }) => Name === correlationTag)?.Value;
  if (names.length > 0) message.tags = names;
  if (correlation !== undefined) message.metadata = { [correlationTag]: correlation };
}

function headersOf(list: readonly { Name?: string; Value?: string }[] | undefined) {
  return list === undefined
    ? undefined
    : Object.fromEntries(list.map(({ Name, Value }) => [Name ?? '', Value ?? '']));
}

/**
 * The provider-neutral view of a message the fake SES API accepted, display
 * names decoded from RFC 2047 encoded words. `SendEmail`: `from`,
 * `Destination.ToAddresses` as `to` and `recipients`, the first of
 * `ReplyToAddresses`, simple content's subject, text, HTML and `Headers`, or
 * templated content as `template` (its `TemplateData` parsed); `EmailTags`
 * names as `tags`, but the `authmail_correlation_id` tag, which is
 * `metadata`. `SendBulkEmail`: the default template and its data, one
 * recipient per entry with its `ReplacementTemplateData` as `variables`, and
 * `DefaultEmailTags`.
 *
 * @example
 * ```ts
 * expect(neutralFromSes(ses.messages[0])).toMatchObject({ subject: 'Your code' });
 * ```
 */
export function neutralFromSes(recorded: RecordedSesMessage): NeutralMessage {
  const { body } = recorded;
  const from = address(body.FromEmailAddress ?? '');
  const replyTo = body.ReplyToAddresses?.[0];
  if (recorded.operation === 'SendBulkEmail') {
    const { body: bulk } = recorded;
    const entries = bulk.BulkEmailEntries ?? [];
    const recipients = entries.flatMap((entry) =>
      (entry.Destination?.ToAddresses ?? []).map((to) => {
        const data = entry.ReplacementEmailContent?.ReplacementTemplate?.ReplacementTemplateData;
        return { to: address(to), ...(data === undefined ? {} : { variables: parseData(data) }) };
      }),
    );
    const template = bulk.DefaultContent?.Template;
    const message: NeutralMessage = { from, to: recipients.map(({ to }) => to), recipients };
    if (replyTo !== undefined) message.replyTo = address(replyTo);
    if (template !== undefined) {
      message.template = {
        name: template.TemplateName ?? template.TemplateArn ?? '',
        variables: parseData(template.TemplateData),
      };
      const headers = headersOf(template.Headers);
      if (headers) message.headers = headers;
    }
    tagsAndMetadata(bulk.DefaultEmailTags, message);
    return message;
  }
  const { body: email } = recorded;
  const to = (email.Destination?.ToAddresses ?? []).map(address);
  const message: NeutralMessage = { from, to, recipients: to.map((each) => ({ to: each })) };
  if (replyTo !== undefined) message.replyTo = address(replyTo);
  const simple = email.Content?.Simple;
  const template = email.Content?.Template;
  if (simple !== undefined) {
    if (simple.Subject?.Data !== undefined) message.subject = simple.Subject.Data;
    if (simple.Body?.Text?.Data !== undefined) message.text = simple.Body.Text.Data;
    if (simple.Body?.Html?.Data !== undefined) message.html = simple.Body.Html.Data;
  }
  if (template !== undefined) {
    message.template = {
      name: template.TemplateName ?? template.TemplateArn ?? '',
      variables: parseData(template.TemplateData),
    };
  }
  const headers = headersOf(simple?.Headers ?? template?.Headers);
  if (headers) message.headers = headers;
  tagsAndMetadata(email.EmailTags, message);
  return message;
}
