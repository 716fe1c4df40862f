import { join } from 'node:path';
import type { OutgoingEmail } from '@authmail/core';
import { writeFileAtomic } from './files.js';
import { previewHtml } from './html.js';
import { buildEml, newMessageId, textBody } from './mime.js';
import { messageBaseName } from './names.js';
import type { OutboxRecord } from './record.js';

/** Where the outbox put one message. */
export interface OutboxFiles {
  /** The recipient. */
  to: string;
  /** The `Message-ID` header of the `.eml`. */
  messageId: string;
  /** Absolute path of the RFC 5322 message. */
  eml: string;
  /** Absolute path of the browser preview. */
  html: string;
  /** Absolute path of the `.json` record ({@link OutboxRecord}). */
  json: string;
}

/** What {@link writeMessage} wrote: the paths, and the record the `.json` holds. */
export interface WrittenMessage {
  files: OutboxFiles;
  record: OutboxRecord;
}

/**
 * Writes one message's `.eml`, `.html` and `.json` into `dir` (which must
 * exist), each atomically, the `.json` last: a record on disk always has its
 * other two files.
 */
export async function writeMessage(
  message: OutgoingEmail,
  { dir, provider }: { dir: string; provider: string },
): Promise<WrittenMessage> {
  const time = new Date();
  const messageId = newMessageId();
  const base = messageBaseName(time, message.subject);
  const names = { eml: `${base}.eml`, html: `${base}.html`, json: `${base}.json` };
  const paths = {
    eml: join(dir, names.eml),
    html: join(dir, names.html),
    json: join(dir, names.json),
  };

  const eml = await buildEml(message, { messageId, date: time, provider });
  const record: OutboxRecord = {
    messageId,
    time: time.toISOString(),
    files: names,
    message,
  };
  await writeFileAtomic(provider, paths.eml, eml);
  await writeFileAtomic(
    provider,
    paths.html,
    previewHtml(message.subject, message.html, textBody(message) ?? ''),
  );
  await writeFileAtomic(provider, paths.json, `${JSON.stringify(record, null, 2)}\n`);
  return { files: { to: message.to, messageId, ...paths }, record };
}
