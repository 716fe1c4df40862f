import { createHash } from 'node:crypto';
import {
  AuthmailError,
  type BatchRecipient,
  type OutgoingBatch,
  type OutgoingEmail,
  type ProviderTemplate,
} from '@authmail/core';

/** The job names on the queue: one message, or one batch request. */
export type MailJobName = 'message' | 'batch';

/**
 * What one job holds in Redis: the rendered message (or the batch) exactly as
 * the mailer handed it to the transport, and nothing else: no credentials,
 * no transport options. `v` is the format's version.
 */
export type MailJobData = MessageJobData | BatchJobData;

/** A job carrying one rendered message. */
export interface MessageJobData {
  v: 1;
  message: OutgoingEmail;
}

/** A job carrying one provider-template batch. */
export interface BatchJobData {
  v: 1;
  batch: OutgoingBatch;
}

/** The message's own fields, copied so nothing else rides along into Redis. */
export function messageJobData(message: OutgoingEmail): MessageJobData {
  return {
    v: 1,
    message: withoutUndefined({
      to: message.to,
      from: message.from,
      replyTo: message.replyTo,
      subject: message.subject,
      html: message.html,
      text: message.text,
      providerTemplate: storedTemplate(message.providerTemplate),
      tags: message.tags,
      headers: message.headers,
      correlationId: message.correlationId,
    }),
  };
}

/** The batch's own fields, copied as {@link messageJobData} copies a message's. */
export function batchJobData(batch: OutgoingBatch, recipients: BatchRecipient[]): BatchJobData {
  return {
    v: 1,
    batch: withoutUndefined({
      from: batch.from,
      replyTo: batch.replyTo,
      subject: batch.subject,
      providerTemplate: storedTemplate(batch.providerTemplate) as ProviderTemplate,
      recipients: recipients.map(({ to, variables }) => ({ to, variables })),
      tags: batch.tags,
      headers: batch.headers,
      correlationId: batch.correlationId,
    }),
  };
}

function storedTemplate(template: ProviderTemplate | undefined): ProviderTemplate | undefined {
  if (template === undefined) return undefined;
  return withoutUndefined({
    name: template.name,
    variables: template.variables,
    locale: template.locale,
    version: template.version,
  });
}

/**
 * The job's message or batch, as a worker reads it back.
 *
 * @throws AuthmailError `invalid_message` (not retryable) when the job does
 * not hold a message or batch of this format.
 */
export function readJobData(data: unknown): { message: OutgoingEmail } | { batch: OutgoingBatch } {
  const record = isRecord(data) && data.v === 1 ? data : undefined;
  const message = record?.message;
  if (isRecord(message) && hasStrings(message, ['to', 'from', 'subject'])) {
    return { message: message as unknown as OutgoingEmail };
  }
  const batch = record?.batch;
  if (
    isRecord(batch) &&
    hasStrings(batch, ['from', 'subject']) &&
    Array.isArray(batch.recipients)
  ) {
    return { batch: batch as unknown as OutgoingBatch };
  }
  throw new AuthmailError(
    'invalid_message',
    'the job holds no message or batch this version of @authmail/queue can send',
    { provider: 'queue', retryable: false },
  );
}

/** Longest job id taken as is; longer correlation ids are hashed. */
const longestJobId = 200;

/**
 * The job id of a message or batch: its correlation id, so adding the same
 * message twice is one job. A correlation id BullMQ cannot take as an id
 * (empty, all digits, with `:`, over 200 characters) is hashed; without one,
 * the content is, so the same content is still one job.
 */
export function jobIdOf(correlationId: string | undefined, content: unknown): string {
  if (correlationId !== undefined && usableAsJobId(correlationId)) return correlationId;
  return `am-${sha256(correlationId ?? canonicalJson(content))}`;
}

function usableAsJobId(id: string): boolean {
  return id.length > 0 && id.length <= longestJobId && !id.includes(':') && !/^\d+$/.test(id);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so equal content always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (!isRecord(value)) return JSON.stringify(value) ?? 'null';
  const entries = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
  return `{${entries.join(',')}}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasStrings(record: Record<string, unknown>, keys: string[]): boolean {
  return keys.every((key) => typeof record[key] === 'string');
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
