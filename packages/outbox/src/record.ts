import type { OutgoingEmail } from '@authmail/core';
import { z } from 'zod';
import { isOutboxFileName } from './names.js';

/** The files the outbox writes for one message, as names inside its directory. */
export interface OutboxFileNames {
  /** The RFC 5322 message. */
  eml: string;
  /** A preview to open in a browser. */
  html: string;
  /** The {@link OutboxRecord}. */
  json: string;
}

/** What the `.json` file of a message holds. */
export interface OutboxRecord {
  /** The `Message-ID` header of the `.eml`, `<…@outbox.authmail>`. */
  messageId: string;
  /** When the outbox wrote the message, ISO 8601. */
  time: string;
  /** The message's files, as names inside the outbox directory. */
  files: OutboxFileNames;
  /** The message exactly as the transport was given it. */
  message: OutgoingEmail;
}

const fileName = z.string().refine(isOutboxFileName);

/** The fields of a record the index page needs; anything else in the file is ignored. */
const indexedRecordSchema = z.object({
  messageId: z.string(),
  time: z.string(),
  files: z.object({ eml: fileName, html: fileName, json: fileName }),
  message: z.object({
    to: z.string(),
    subject: z.string(),
    providerTemplate: z.object({ name: z.string() }).optional(),
  }),
});

/** A record as read back for the index page. */
export type IndexedRecord = z.output<typeof indexedRecordSchema>;

/** Parses a `.json` record read from disk, or `undefined` when it is not one. */
export function parseIndexedRecord(text: string): IndexedRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = indexedRecordSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
