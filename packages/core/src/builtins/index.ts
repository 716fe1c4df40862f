import type { EmailTemplate } from '../render/render-email.js';
import type { UsageType } from '../usage-types.js';
import { chineseSimplified } from './chinese-simplified.js';
import { formatTime } from './format-time.js';
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

/**
 * What a built-in template in `languageTag` renders: {@link builtinDefaults}
 * under the variables, and an ISO 8601 `time` in words of the language, in UTC.
 */
export function builtinVariables(
  languageTag: string,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const time =
    typeof variables.time === 'string' ? formatTime(variables.time, languageTag) : undefined;
  return { ...builtinDefaults, ...variables, ...(time === undefined ? {} : { time }) };
}

/** The built-in template for a usage type in one of {@link builtinLanguages}. */
export function builtinTemplateFor(
  languageTag: string,
  usageType: UsageType,
): EmailTemplate | undefined {
  const message = catalogs[languageTag]?.[usageType];
  return message ? builtinTemplate(usageType, message, languageTag) : undefined;
}
