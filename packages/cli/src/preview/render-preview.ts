import { createMemoryTransport, type SendResult } from '@authmail/core';
import { gmailClipBytes } from '../gmail-clip.js';
import { withColorScheme } from './color-scheme.js';
import { type EmailRequest, sendThroughMailer } from './preview-mailer.js';
import { type PreviewProblem, previewProblem } from './problem.js';
import type { LoadedTemplates, TemplateEntry } from './template-source.js';

/** Which template rendered: a file (named), or a built-in one. */
export interface RenderedFrom {
  kind: 'file' | 'built-in';
  /** The template's language: the one asked for, or the one the mailer fell back to. */
  languageTag: string;
  /** The template's usage type: the one asked for, or `Generic` standing in for it. */
  usageType: string;
  /** For a file: where it is. */
  file?: string;
}

/** An email as the page shows it. */
export interface PreviewEmail {
  subject: string;
  from: string;
  to: string;
  replyTo?: string;
  text: string;
  /** The HTML part, as sent. */
  html?: string;
  /** The HTML with the email's own light or dark styles applied (see `withColorScheme`). */
  frames?: { light: string; dark: string };
  /** The size of the HTML part in UTF-8, to hold against {@link gmailClipBytes}. */
  htmlBytes: number;
  gmailClipBytes: number;
  renderedFrom: RenderedFrom;
}

/** What rendering gave: the email, or the problem that stopped it. */
export type PreviewOutcome = { email: PreviewEmail } | { problem: PreviewProblem };

/**
 * Renders `request` through the real mailer into a memory transport and
 * returns what it would have sent, or the mailer's problem with it (bad
 * variables, a template error with its file, line and column).
 */
export async function renderPreview(
  templates: LoadedTemplates,
  from: string,
  request: EmailRequest,
): Promise<PreviewOutcome> {
  const transport = createMemoryTransport({ name: 'preview' });
  let result: SendResult;
  try {
    result = await sendThroughMailer(templates, transport, from, request);
  } catch (error) {
    return { problem: previewProblem(error) };
  }
  const message = transport.last();
  if (!message) throw new Error('the mailer reported a send the memory transport did not record');
  const html = message.html;
  const email: PreviewEmail = {
    subject: message.subject,
    from: message.from,
    to: message.to,
    text: message.text ?? '',
    htmlBytes: html === undefined ? 0 : Buffer.byteLength(html, 'utf8'),
    gmailClipBytes,
    renderedFrom: renderedFrom(result, templates.entries),
  };
  if (message.replyTo !== undefined) email.replyTo = message.replyTo;
  if (html !== undefined) {
    email.html = html;
    email.frames = { light: withColorScheme(html, 'light'), dark: withColorScheme(html, 'dark') };
  }
  return { email };
}

/** The template the mailer used, named as the page shows it. */
export function renderedFrom(
  result: Pick<SendResult, 'templateSource' | 'languageTag' | 'templateUsageType'>,
  entries: readonly TemplateEntry[],
): RenderedFrom {
  const { languageTag, templateUsageType: usageType } = result;
  if (result.templateSource !== 'store') return { kind: 'built-in', languageTag, usageType };
  const entry = entries.find(
    (candidate) => candidate.languageTag === languageTag && candidate.usageType === usageType,
  );
  return { kind: 'file', languageTag, usageType, ...(entry?.file ? { file: entry.file } : {}) };
}
