import { AuthmailError, type EmailTemplateRow } from '@authmail/core';

/**
 * Logto email template rows from JSON: the bare array Logto's
 * `GET /api/email-templates` answers with (each row's `id`, `tenantId` and
 * `createdAt` are left out), or the `{ "templates": [...] }` body its
 * `PUT /api/email-templates` takes (and `authmail export --logto` writes).
 * Each row keeps `languageTag`, `templateType` and `details`, which
 * `writeTemplateFiles` checks.
 *
 * @param shown How messages name the file.
 * @throws AuthmailError `invalid_config` naming the file and the row.
 */
export function readLogtoRows(json: string, shown: string): EmailTemplateRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw rowsError(
      shown,
      `is not JSON (${error instanceof Error ? error.message : 'unreadable'}).`,
    );
  }
  const rows = rowList(parsed);
  if (rows === undefined) {
    throw rowsError(
      shown,
      'holds neither Logto rows ([{ languageTag, templateType, details }], as GET /api/email-templates answers) nor { "templates": [...] } (the PUT body).',
    );
  }
  return rows.map((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw rowsError(
        shown,
        `row ${index} is not an object: { languageTag, templateType, details }.`,
      );
    }
    const { languageTag, templateType, details } = row as Record<string, unknown>;
    return { languageTag, templateType, details } as EmailTemplateRow;
  });
}

function rowList(parsed: unknown): unknown[] | undefined {
  if (Array.isArray(parsed)) return parsed;
  const templates = (parsed as { templates?: unknown } | null)?.templates;
  return Array.isArray(templates) ? templates : undefined;
}

function rowsError(shown: string, problem: string): AuthmailError {
  return new AuthmailError('invalid_config', `${shown} ${problem}`);
}
