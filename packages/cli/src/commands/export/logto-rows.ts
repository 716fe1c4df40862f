import type { EmailTemplateRow } from '@authmail/core';
import type { TemplateFile } from '@authmail/core/files';

/** The body of Logto's `PUT /api/email-templates`: `{ templates: [...] }`. */
export interface LogtoTemplatesBody {
  templates: EmailTemplateRow[];
}

/**
 * Template files as Logto `EmailTemplate` rows, in the files' order, each
 * `details` with its keys in one fixed order (so the same files always
 * give the same JSON).
 */
export function logtoRows(files: readonly TemplateFile[]): EmailTemplateRow[] {
  return files.map(({ languageTag, usageType, details }) => ({
    languageTag,
    templateType: usageType,
    details: {
      subject: details.subject,
      content: details.content,
      contentType: details.contentType,
      ...(details.replyTo === undefined ? {} : { replyTo: details.replyTo }),
      ...(details.sendFrom === undefined ? {} : { sendFrom: details.sendFrom }),
      ...(details.text === undefined ? {} : { text: details.text }),
    },
  }));
}
