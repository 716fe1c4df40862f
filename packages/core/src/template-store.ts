import { AuthmailError } from './errors.js';
import { type EmailTemplate, prepareEmail } from './render/render-email.js';
import { describeThrown, isAuthmailError } from './render/thrown.js';
import type { UsageType } from './usage-types.js';

/** Logto's `EmailTemplateDetails`: one email in one language. */
export type EmailTemplateDetails = EmailTemplate;

/** Logto's `EmailTemplate` row: a template for a language and usage type. */
export interface EmailTemplateRow {
  languageTag: string;
  /** One of `usageTypes`, or a usage type of your own (`createMailer({ usageTypes })`). */
  templateType: UsageType | (string & Record<never, never>);
  details: EmailTemplateDetails;
}

/**
 * Where custom templates live, keyed by language tag and usage type. Async, so
 * a database or Logto's Management API can back it.
 */
export interface TemplateStore {
  /**
   * The template stored under exactly this language tag and usage type: one
   * of `usageTypes`, or a name from the mailer's own `usageTypes`.
   */
  find(languageTag: string, usageType: string): Promise<EmailTemplateDetails | undefined>;
  /** Every language tag the store has at least one template for. */
  languages(): Promise<readonly string[]>;
}

/**
 * A {@link TemplateStore} over Logto-shaped rows held in memory. Every template
 * is compiled here, so one that does not parse fails now, not at send time.
 *
 * @throws AuthmailError `template_syntax` naming `store:<languageTag>/<templateType>`;
 * `invalid_config` for rows that are not plain data (a getter or a Proxy that
 * throws, a function).
 * @example
 * ```ts
 * const templates = createMemoryTemplateStore([
 *   { languageTag: 'de', templateType: 'SignIn', details: { subject: 'Ihr Code: {{code}}', content: '<p>{{code}}</p>' } },
 * ]);
 * ```
 */
export function createMemoryTemplateStore(rows: readonly EmailTemplateRow[]): TemplateStore {
  const byKey = new Map<string, EmailTemplateDetails>();
  const languages = new Set<string>();
  try {
    for (const { languageTag, templateType, details } of rows) {
      const copy = structuredClone(details);
      prepareEmail(copy, { name: storeTemplateName(languageTag, templateType) });
      byKey.set(storeKey(languageTag, templateType), copy);
      languages.add(languageTag);
    }
  } catch (error) {
    if (isAuthmailError(error)) throw error;
    throw new AuthmailError(
      'invalid_config',
      `Template rows could not be read: ${describeThrown(error)}. Pass plain data: { languageTag, templateType, details }.`,
    );
  }
  const languageTags = [...languages];
  return {
    async find(languageTag, usageType) {
      return byKey.get(storeKey(languageTag, usageType));
    },
    async languages() {
      return languageTags;
    },
  };
}

/** How store templates are named in errors: `store:de/SignIn`. */
export function storeTemplateName(languageTag: string, usageType: string): string {
  return `store:${languageTag}/${usageType}`;
}

function storeKey(languageTag: string, usageType: string): string {
  return `${languageTag}\u0000${usageType}`;
}
