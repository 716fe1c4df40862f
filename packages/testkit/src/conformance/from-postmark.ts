import { splitAddressList } from '../postmark/addresses.js';
import type { RecordedPostmarkMessage } from '../postmark/fake-postmark.js';
import { canonicalAddress, type NeutralMessage } from './neutral.js';

/**
 * The provider-neutral view of a request the fake Postmark API accepted,
 * from the messages it accepted: `From`, `Subject`, `TextBody`, `HtmlBody`,
 * `ReplyTo`, `Headers`, `Metadata` and the template (`TemplateAlias`, or
 * `TemplateId` as a string, with its `TemplateModel`) of the first; `to`
 * from the `To` of every one; one entry in `recipients` per `To` address of
 * every message, with that message's `TemplateModel` (a batch has one
 * message per recipient); `Tag` as the one tag.
 *
 * @example
 * ```ts
 * expect(neutralFromPostmark(postmark.messages[0])).toMatchObject({ subject: 'Your code' });
 * ```
 */
export function neutralFromPostmark(recorded: RecordedPostmarkMessage): NeutralMessage {
  const [first] = recorded.accepted;
  const recipients = recorded.accepted.flatMap(({ To, TemplateModel: variables }) =>
    splitAddressList(To ?? '').map((to) => ({
      to: canonicalAddress(to),
      ...(variables ? { variables } : {}),
    })),
  );
  const message: NeutralMessage = {
    from: canonicalAddress(first?.From ?? ''),
    to: recipients.map(({ to }) => to),
    recipients,
  };
  if (first === undefined) return message;
  if (first.Subject !== undefined) message.subject = first.Subject;
  if (first.TextBody !== undefined) message.text = first.TextBody;
  if (first.HtmlBody !== undefined) message.html = first.HtmlBody;
  if (first.ReplyTo !== undefined) message.replyTo = canonicalAddress(first.ReplyTo);
  if (first.Tag !== undefined) message.tags = [first.Tag];
  if (first.Headers !== undefined) {
    message.headers = Object.fromEntries(first.Headers.map(({ Name, Value }) => [Name, Value]));
  }
  if (first.Metadata !== undefined) message.metadata = first.Metadata;
  const name = first.TemplateAlias ?? first.TemplateId;
  if (name !== undefined) {
    message.template = { name: String(name), variables: first.TemplateModel ?? {} };
  }
  return message;
}
