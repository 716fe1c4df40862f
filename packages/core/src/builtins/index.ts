import type { EmailTemplate } from '../render/render-email.js';
import type { UsageType } from '../usage-types.js';
import { korean } from './korean.js';
import { builtinTemplate } from './layout.js';
import { type BuiltinCatalog, english } from './messages.js';

const catalogs: Record<string, BuiltinCatalog> = { en: english, ko: korean };

/** The languages built-in templates exist in. */
export const builtinLanguages: readonly string[] = Object.keys(catalogs);

/** Values built-in templates use when the variables leave them out. */
export const builtinDefaults = { expiresInMinutes: 10 } as const;

/** The built-in template for a usage type in one of {@link builtinLanguages}. */
export function builtinTemplateFor(
  languageTag: string,
  usageType: UsageType,
): EmailTemplate | undefined {
  const message = catalogs[languageTag]?.[usageType];
  return message ? builtinTemplate(message, languageTag) : undefined;
}
