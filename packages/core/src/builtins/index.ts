import type { EmailTemplate } from '../render/render-email.js';
import type { UsageType } from '../usage-types.js';
import { chineseSimplified } from './chinese-simplified.js';
import { french } from './french.js';
import { german } from './german.js';
import { japanese } from './japanese.js';
import { korean } from './korean.js';
import { builtinTemplate } from './layout.js';
import { type BuiltinCatalog, english } from './messages.js';
import { portugueseBrazil } from './portuguese-brazil.js';
import { spanish } from './spanish.js';

const catalogs: Record<string, BuiltinCatalog> = {
  en: english,
  ko: korean,
  ja: japanese,
  'zh-CN': chineseSimplified,
  de: german,
  fr: french,
  es: spanish,
  'pt-BR': portugueseBrazil,
};

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
