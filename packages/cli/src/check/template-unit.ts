import type { EmailTemplate } from '@authmail/core';
import type { Place } from './finding.js';

/** A part of an email template: Logto's `subject` and `content`, the text part, the headers. */
export type PartName = 'subject' | 'content' | 'text' | 'replyTo' | 'sendFrom';

/** One part of a template, and where its text sits in the file it came from. */
export interface TemplatePart {
  readonly name: PartName;
  readonly text: string;
  /** `html` for an HTML body; `text` for the subject, headers and a plain-text body. */
  readonly format: 'html' | 'text';
  /** The place in the file of a line and column (from 1) of {@link text}. */
  place(line: number, column: number): Place;
}

/** One usage type's template in one language (a file) or one delivery (a config). */
export interface TemplateUnit {
  readonly usageType: string;
  /** The language folder it is in; none for a connector config. */
  readonly languageTag?: string;
  /** Where findings about the template as a whole point. */
  readonly place: Place;
  readonly parts: readonly TemplatePart[];
  /**
   * The email to render for the size check; `undefined` when the body is a
   * template stored at the provider (a Mailgun template, a SendGrid `templateId`).
   */
  readonly email: EmailTemplate | undefined;
}
