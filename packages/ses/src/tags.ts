import type { MessageTag } from '@aws-sdk/client-sesv2';

/** The message tag that carries authmail's correlation id. */
export const correlationTag = 'authmail_correlation_id';

/** SES's limit on a tag's name and its value. */
const maxTagLength = 256;

/**
 * `text` as a tag name or value: SES allows only `[A-Za-z0-9_-]`, at most
 * 256 characters, so every other character becomes `_`.
 */
export function tagText(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, maxTagLength);
  return clean === '' ? '_' : clean;
}

/**
 * A message's tags as SES message tags: each tag a tag of that name with the
 * value `true` (names cleaned by {@link tagText}, repeats dropped), and the
 * correlation id as {@link correlationTag}. SES publishes them with the
 * message's events (configuration sets), where a name can be a dimension.
 */
export function messageTags(tags: readonly string[] = [], correlationId?: string): MessageTag[] {
  const names = new Set(tags.map(tagText));
  names.delete(correlationTag);
  const list: MessageTag[] = [...names].map((Name) => ({ Name, Value: 'true' }));
  if (correlationId) list.push({ Name: correlationTag, Value: tagText(correlationId) });
  return list;
}
