import { type EmailTemplate, prepareEmail } from './render/render-email.js';
import type { UsageType } from './usage-types.js';

/** Logto's `EmailTemplateDetails`: one email in one language. */
export type EmailTemplateDetails = EmailTemplate;

/** Logto's `EmailTemplate` row: a template for a language and usage type. */
export interface EmailTemplateRow {
  languageTag: string;
  templateType: UsageType;
  details: EmailTemplateDetails;
}

/**
 * Where custom templates live, keyed by language tag and usage type. Async, so
 * a database or Logto's Management API can back it.
 */
export interface TemplateStore {
  /** The template stored under exactly this language tag and usage type. */
  find(languageTag: string, usageType: UsageType): Promise<EmailTemplateDetails | undefined>;
  /** Every language tag the store has at least one template for. */
  languages(): Promise<readonly string[]>;
}

/**
 * A {@link TemplateStore} over Logto-shaped rows held in memory. Every template
 * is compiled here, so one that does not parse fails now, not at send time.
 *
 * @throws AuthmailError `template_syntax` naming `store:<languageTag>/<templateType>`.
 * @example
 * ```ts
 * const templates = createMemoryTemplateStore([
 *   { languageTag: 'de', templateType: 'SignIn', details: { subject: 'Ihr Code: {{code}}', content: '<p>{{code}}</p>' } },
 * ]);
 * ```
 */
export function createMemoryTemplateStore(rows: readonly EmailTemplateRow[]): TemplateStore {
  const byKey = new Map<string, EmailTemplateDetails>();
  for (const row of rows) {
    prepareEmail(row.details, { name: storeTemplateName(row.languageTag, row.templateType) });
    byKey.set(storeKey(row.languageTag, row.templateType), structuredClone(row.details));
  }
  const languages = [...new Set(rows.map((row) => row.languageTag))];
  return {
    async find(languageTag, usageType) {
      return byKey.get(storeKey(languageTag, usageType));
    },
    async languages() {
      return languages;
    },
  };
}

/** How store templates are named in errors: `store:de/SignIn`. */
export function storeTemplateName(languageTag: string, usageType: UsageType): string {
  return `store:${languageTag}/${usageType}`;
}

function storeKey(languageTag: string, usageType: UsageType): string {
  return `${languageTag}\u0000${usageType}`;
}
