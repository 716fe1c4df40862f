import { emailOf, splitAddressList } from './addresses.js';
import type { PostmarkMessageBody } from './message-body.js';

/** Most recipients of one message, `To`, `Cc` and `Bcc` together. */
export const maxRecipientsPerMessage = 50;
/** Postmark's `TrackLinks` values. */
const linkTracking = new Set(['None', 'HtmlAndText', 'HtmlOnly', 'TextOnly']);
/** Longest `Metadata` key and value. */
const maxMetadataKey = 20;
const maxMetadataValue = 80;

/** Postmark's answer for one message it refused: its `ErrorCode` and `Message`. */
export interface PostmarkRefusal {
  ErrorCode: number;
  Message: string;
}

/** What the fake knows of the server it plays. */
export interface ServerState {
  /** Message streams that exist. */
  streams: ReadonlySet<string>;
  /** Template aliases and ids that exist; `undefined`: every one. */
  templates: ReadonlySet<string> | undefined;
  /** Inactive (suppressed) addresses, lower case. */
  suppressed: ReadonlySet<string>;
}

type Check = { ok: true; body: PostmarkMessageBody } | { ok: false; refusal: PostmarkRefusal };

const refuse = (ErrorCode: number, Message: string): Check => ({
  ok: false,
  refusal: { ErrorCode, Message },
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFilled = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Checks one message as Postmark answers it (`/email`, `/email/withTemplate`,
 * or one entry of a batch): `ErrorCode` 300 for an invalid request (sender,
 * recipients, subject, body, tracking, metadata, headers), 1101 for a
 * template that is missing or unknown, 1235 for an unknown message stream,
 * 406 when every recipient is inactive.
 */
export function validateMessage(value: unknown, templated: boolean, server: ServerState): Check {
  if (!isObject(value)) return refuse(300, 'Invalid email request.');
  const from = typeof value.From === 'string' ? splitAddressList(value.From) : [];
  if (from.length !== 1 || emailOf(from[0] as string) === undefined) {
    return refuse(300, `Invalid 'From' address: '${String(value.From ?? '')}'.`);
  }
  const recipients: string[] = [];
  for (const field of ['To', 'Cc', 'Bcc'] as const) {
    const list = value[field];
    if (list === undefined || list === null) continue;
    if (typeof list !== 'string') return refuse(300, `Invalid '${field}' address.`);
    for (const entry of splitAddressList(list)) {
      const email = emailOf(entry);
      if (email === undefined) return refuse(300, `Invalid '${field}' address: '${entry}'.`);
      recipients.push(email.toLowerCase());
    }
  }
  if (recipients.length === 0) return refuse(300, 'Zero recipients specified');
  if (recipients.length > maxRecipientsPerMessage) {
    return refuse(
      300,
      `You may not have more than ${maxRecipientsPerMessage} recipients in To, Cc and Bcc combined.`,
    );
  }
  const content = templated ? checkTemplate(value, server) : checkContent(value);
  if (content) return content;
  const fields = checkFields(value, server);
  if (fields) return fields;
  if (recipients.every((email) => server.suppressed.has(email))) {
    return refuse(
      406,
      `You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${recipients.join(', ')}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.`,
    );
  }
  return { ok: true, body: value as unknown as PostmarkMessageBody };
}

function checkContent(value: Record<string, unknown>): Check | undefined {
  if (!isFilled(value.Subject)) return refuse(300, "Provide a 'Subject' for the message.");
  if (!isFilled(value.HtmlBody) && !isFilled(value.TextBody)) {
    return refuse(300, 'Provide either email TextBody or HtmlBody or both.');
  }
  return undefined;
}

function checkTemplate(value: Record<string, unknown>, server: ServerState): Check | undefined {
  const id = value.TemplateId ?? value.TemplateAlias;
  if ((typeof id !== 'string' || id === '') && typeof id !== 'number') {
    return refuse(1101, "The 'TemplateId' or 'TemplateAlias' must be specified.");
  }
  if (server.templates && !server.templates.has(String(id))) {
    return refuse(1101, `The template '${String(id)}' associated with this request was not found.`);
  }
  if (value.TemplateModel !== undefined && !isObject(value.TemplateModel)) {
    return refuse(300, "The 'TemplateModel' must be an object.");
  }
  return undefined;
}

function checkFields(value: Record<string, unknown>, server: ServerState): Check | undefined {
  const stream = value.MessageStream ?? 'outbound';
  if (typeof stream !== 'string' || !server.streams.has(stream)) {
    return refuse(1235, `The message stream '${String(stream)}' was not found on this server.`);
  }
  if (value.TrackLinks !== undefined && !linkTracking.has(value.TrackLinks as string)) {
    return refuse(300, "Invalid 'TrackLinks' value.");
  }
  if (value.TrackOpens !== undefined && typeof value.TrackOpens !== 'boolean') {
    return refuse(300, "Invalid 'TrackOpens' value.");
  }
  if (value.Headers !== undefined) {
    const headers = value.Headers;
    const valid =
      Array.isArray(headers) &&
      headers.every(
        (header) => isObject(header) && isFilled(header.Name) && typeof header.Value === 'string',
      );
    if (!valid) return refuse(300, "Invalid 'Headers': give an array of { Name, Value }.");
  }
  if (value.Metadata !== undefined) {
    const entries = isObject(value.Metadata) ? Object.entries(value.Metadata) : undefined;
    const valid = entries?.every(
      ([key, item]) =>
        key.length <= maxMetadataKey && typeof item === 'string' && item.length <= maxMetadataValue,
    );
    if (!valid) {
      return refuse(
        300,
        `Invalid 'Metadata': keys of at most ${maxMetadataKey} characters, string values of at most ${maxMetadataValue}.`,
      );
    }
  }
  return undefined;
}
