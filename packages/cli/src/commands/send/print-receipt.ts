import { relative } from 'node:path';
import type { SendReceipt, SendResult } from '@authmail/core';
import type { OutboxReceipt } from '@authmail/outbox';
import type { CliIo } from '../../io.js';
import { stylesFor } from '../../style.js';

/** What was sent, as `authmail send` reports it. */
export interface SentEmail {
  to: string;
  result: SendResult;
  /** The transport's own receipt, when it was kept. */
  receipt: SendReceipt | undefined;
  /** The language `--language` asked for, if any. */
  askedLanguage: string | undefined;
  /** The template file that was used, when it came from `--templates`. */
  templateFile: string | undefined;
}

/**
 * Prints the receipt: message id, provider, template source, language and
 * subject, and for the outbox the files to open.
 */
export function printReceipt(io: CliIo, sent: SentEmail): void {
  const style = stylesFor(io);
  const { result } = sent;
  const template =
    sent.templateFile === undefined
      ? result.templateSource
      : `${result.templateSource} (${shownPath(io, sent.templateFile)})`;
  const rows: [string, string][] = [
    ['message id', result.messageId],
    ['provider', result.provider],
    ['template', `${result.templateUsageType}, ${template}`],
    ['language', languageNote(sent)],
    ['subject', result.subject],
    ...outboxRows(io, sent.receipt),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  io.out(`${style.green('sent')} ${result.templateUsageType} to ${sent.to}\n`);
  for (const [label, value] of rows) io.out(`  ${style.dim(label.padEnd(width))}  ${value}\n`);
}

/** The language sent, and a note when it is not the one asked for. */
function languageNote({ result, askedLanguage }: SentEmail): string {
  if (askedLanguage === undefined || sameLanguage(askedLanguage, result.languageTag)) {
    return result.languageTag;
  }
  return `${result.languageTag} (no template for ${askedLanguage}: fell back)`;
}

function sameLanguage(asked: string, sent: string): boolean {
  return asked.toLowerCase() === sent.toLowerCase();
}

/** For the outbox: the preview to open and the `.eml`. */
function outboxRows(io: CliIo, receipt: SendReceipt | undefined): [string, string][] {
  const files = isOutboxReceipt(receipt) ? receipt.files[0] : undefined;
  if (files === undefined) return [];
  return [
    ['open', shownPath(io, files.html)],
    ['eml', shownPath(io, files.eml)],
  ];
}

function isOutboxReceipt(receipt: SendReceipt | undefined): receipt is OutboxReceipt {
  return receipt !== undefined && Array.isArray((receipt as Partial<OutboxReceipt>).files);
}

/** A path relative to the working directory when it is inside it, else absolute. */
function shownPath(io: CliIo, path: string): string {
  const shown = relative(io.cwd, path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}
