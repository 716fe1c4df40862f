import type { EmailTemplateDetails } from '../template-store.js';

/** The front-matter keys a template file may set. */
export const frontMatterKeys = ['subject', 'replyTo', 'sendFrom'] as const;

/** One front-matter key: `subject` (required), `replyTo` or `sendFrom`. */
export type FrontMatterKey = (typeof frontMatterKeys)[number];

/**
 * What a template file holds, in Logto's `EmailTemplateDetails` shape: the
 * HTML body is `content`, the `.txt` beside it (if any) is `text`.
 */
export interface TemplateFileDetails extends EmailTemplateDetails {
  contentType: 'text/html';
}

/**
 * One template read from `<dir>/<languageTag>/<UsageType>.html` (and the
 * optional `<UsageType>.txt` beside it), with where each part starts in the
 * file, so tools can point at the author's line.
 */
export interface TemplateFile {
  /** Absolute path of the `.html` file. */
  path: string;
  /** The language folder's name, a BCP 47 tag (`de`, `pt-BR`). */
  languageTag: string;
  /** The file's name without `.html` (`SignIn`, or a usage type of your own). */
  usageType: string;
  /** The template, as a `TemplateStore` or Logto holds it. */
  details: TemplateFileDetails;
  /** Line (from 1) of the `.html` file where the body, `details.content`, starts. */
  bodyLine: number;
  /** Line (from 1) of each front-matter key that is set. */
  fieldLines: Partial<Record<FrontMatterKey, number>>;
  /** Column (from 1) where each set key's value starts, after an opening quote. */
  fieldColumns: Partial<Record<FrontMatterKey, number>>;
  /** Absolute path of the hand-written text part, when there is one. */
  textPath?: string;
}
