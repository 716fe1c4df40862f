import type { RecordedResendMessage } from '../resend/fake-resend.js';
import { canonicalAddress, type NeutralMessage } from './neutral.js';

/** The tag the Resend transport carries the correlation id in. */
const metadataTag = /^authmail_/;

/** Dotted keys (`user.name`) as nested objects again; own data properties only. */
function unflatten(flat: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  const define = (target: Record<string, unknown>, key: string, value: unknown) =>
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const [dotted, value] of Object.entries(flat)) {
    const path = dotted.split('.');
    const last = path.pop() ?? dotted;
    let target = nested;
    for (const key of path) {
      const inner = Object.hasOwn(target, key) ? target[key] : undefined;
      if (typeof inner !== 'object' || inner === null) define(target, key, {});
      target = target[key] as Record<string, unknown>;
    }
    define(target, last, value);
  }
  return nested;
}

const list = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * The provider-neutral view of a request the fake Resend API accepted: `from` and the first
 * `reply_to` as `Name <email>` or `email`; `to` from every email; one entry in `recipients`
 * per `to` of every email, with a batch email's template variables; `subject`, `text`,
 * `html` and `headers` of the first email; tags named `authmail_…` as `metadata` (the
 * correlation id), the other tags' names as `tags`; `template` with its id and, for a single
 * email, its variables. Template variables are flat at Resend: dotted keys (`user.name`) are
 * nested again (`{ user: { name } }`).
 *
 * @example
 * ```ts
 * expect(neutralFromResend(resend.messages[0])).toMatchObject({ subject: 'Your code' });
 * ```
 */
export function neutralFromResend(recorded: RecordedResendMessage): NeutralMessage {
  const [first] = recorded.emails;
  const batch = recorded.kind === 'batch';
  const message: NeutralMessage = {
    from: first?.from === undefined ? '' : canonicalAddress(first.from),
    to: recorded.emails.flatMap((email) => list(email.to).map(canonicalAddress)),
    recipients: recorded.emails.flatMap((email) =>
      list(email.to).map((to) => {
        const variables = email.template?.variables;
        return batch && variables
          ? { to: canonicalAddress(to), variables: unflatten(variables) }
          : { to: canonicalAddress(to) };
      }),
    ),
  };
  if (first === undefined) return message;
  const [replyTo] = list(first.reply_to);
  if (first.subject !== undefined) message.subject = first.subject;
  if (first.text !== undefined) message.text = first.text;
  if (first.html !== undefined) message.html = first.html;
  if (replyTo !== undefined) message.replyTo = canonicalAddress(replyTo);
  if (first.headers !== undefined) message.headers = first.headers;
  const tags = first.tags ?? [];
  const plain = tags.filter(({ name }) => !metadataTag.test(name));
  const metadata = tags.filter(({ name }) => metadataTag.test(name));
  if (plain.length > 0) message.tags = plain.map(({ name }) => name);
  if (metadata.length > 0) {
    message.metadata = Object.fromEntries(metadata.map(({ name, value }) => [name, value]));
  }
  if (first.template !== undefined) {
    const variables = batch ? {} : unflatten(first.template.variables ?? {});
    message.template = { name: first.template.id, variables };
  }
  return message;
}
