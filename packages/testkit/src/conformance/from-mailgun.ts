import type { RecordedMailgunMessage } from '../mailgun/fake-mailgun.js';
import type { FormFields } from '../mailgun/parse-form.js';
import { canonicalAddress, type NeutralMessage, plainAddress } from './neutral.js';

type Variables = Record<string, unknown>;

/**
 * The provider-neutral view of a message the fake Mailgun API accepted: `to` (one field, a
 * repeated field or comma lists), `h:Reply-To`, `o:tag` as `tags`, the other `h:` fields as
 * `headers`, `v:` fields as `metadata`, `template` with its `t:variables` (or
 * `h:X-Mailgun-Variables`) JSON, and a batch's `recipient-variables` JSON, keyed by plain
 * address, as each recipient's `variables`.
 *
 * @example
 * ```ts
 * expect(neutralFromMailgun(mailgun.messages[0])).toMatchObject({ subject: 'Your code' });
 * ```
 */
export function neutralFromMailgun(recorded: RecordedMailgunMessage): NeutralMessage {
  const { fields } = recorded;
  const field = (name: string): string | undefined => {
    const value = fields[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const to = [fields.to ?? []].flat().flatMap(splitList).map(canonicalAddress);
  const perRecipient = parseObject(field('recipient-variables'));
  const message: NeutralMessage = {
    from: canonicalAddress(field('from') ?? ''),
    to,
    recipients: to.map((address) => {
      const variables = perRecipient?.[plainAddress(address)];
      return isObject(variables) ? { to: address, variables } : { to: address };
    }),
  };
  const subject = field('subject');
  const text = field('text');
  const html = field('html');
  const replyTo = field('h:Reply-To');
  const template = field('template');
  if (subject !== undefined) message.subject = subject;
  if (text !== undefined) message.text = text;
  if (html !== undefined) message.html = html;
  if (replyTo !== undefined) message.replyTo = canonicalAddress(replyTo);
  if (fields['o:tag'] !== undefined) message.tags = [fields['o:tag']].flat();
  const headers = prefixedFields(fields, 'h:', notHeaders);
  const metadata = prefixedFields(fields, 'v:');
  if (headers !== undefined) message.headers = headers;
  if (metadata !== undefined) message.metadata = metadata;
  if (template !== undefined) {
    const variables = field('t:variables') ?? field('h:X-Mailgun-Variables');
    message.template = { name: template, variables: parseObject(variables) ?? {} };
  }
  return message;
}

/** `h:` fields that are not extra headers: each has a place of its own in the neutral view. */
const notHeaders = new Set(['Reply-To', 'X-Mailgun-Variables']);

/** The fields named `<prefix><name>`, keyed by `name` (the first value of a repeated one), if any. */
function prefixedFields(
  fields: FormFields,
  prefix: string,
  skip: ReadonlySet<string> = new Set(),
): Record<string, string> | undefined {
  const found: [string, string][] = [];
  for (const [name, value] of Object.entries(fields)) {
    const key = name.slice(prefix.length);
    if (!name.startsWith(prefix) || skip.has(key)) continue;
    found.push([key, [value].flat()[0] ?? '']);
  }
  return found.length === 0 ? undefined : Object.fromEntries(found);
}

/** `a@b.c, "Doe, Jane" <j@b.c>` → both addresses (commas in quotes or brackets kept). */
function splitList(value: string): string[] {
  const parts = value.match(/(?:"(?:[^"\\]|\\.)*"|<[^>]*>|[^,"<])+/g) ?? [];
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function parseObject(json: string | undefined): Variables | undefined {
  if (json === undefined) return undefined;
  const value: unknown = JSON.parse(json);
  return isObject(value) ? value : undefined;
}

function isObject(value: unknown): value is Variables {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
