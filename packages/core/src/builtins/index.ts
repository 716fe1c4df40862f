import { addParsedAhead } from '../render/parse.js';
import type { EmailTemplate } from '../render/render-email.js';
import type { UsageType } from '../usage-types.js';
import { builtinCatalogs } from './catalogs/index.js';
import { formatTime } from './format-time.js';
import { builtinTemplate } from './layout.js';
import { builtinParsesOf } from './parses-module.js';
import { pluralCategories } from './plural.js';

/** The languages built-in templates exist in. */
export const builtinLanguages: readonly string[] = Object.keys(builtinCatalogs);

/** Values built-in templates use when the variables leave them out. */
export const builtinDefaults = { expiresInMinutes: 10 } as const;

/**
 * What a built-in template in `languageTag` renders: {@link builtinDefaults}
 * under the variables, an ISO 8601 `time` in words of the language, in UTC,
 * `expiresInMinutes` written as the language writes numbers (`10,080`,
 * `10.080`; Persian digits in Persian, as its dates), and `plural`, the CLDR
 * plural category of each number the words count (see `plural.ts`). Codes
 * and links are never rewritten: they are typed or opened as given.
 */
export function builtinVariables(
  languageTag: string,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const time =
    typeof variables.time === 'string' ? formatTime(variables.time, languageTag) : undefined;
  const withDefaults = { ...builtinDefaults, ...variables };
  const minutes = withDefaults.expiresInMinutes;
  return {
    ...withDefaults,
    ...(time === undefined ? {} : { time }),
    ...(typeof minutes === 'number'
      ? { expiresInMinutes: new Intl.NumberFormat(languageTag).format(minutes) }
      : {}),
    plural: pluralCategories(languageTag, withDefaults),
  };
}

/**
 * Built-in templates made so far, by language and usage type. One object
 * (and one partials object) each, so that the mailer's compiled-template
 * caches find them again: every send after the first renders without
 * compiling. Frozen, as every caller shares them.
 */
const builtinTemplates = new Map<string, Readonly<EmailTemplate>>();

/** The built-in template for a usage type in one of {@link builtinLanguages}. */
export function builtinTemplateFor(
  languageTag: string,
  usageType: UsageType,
): Readonly<EmailTemplate> | undefined {
  const message = builtinCatalogs[languageTag]?.[usageType];
  if (!message) return undefined;
  const key = `${languageTag}/${usageType}`;
  let template = builtinTemplates.get(key);
  if (!template) {
    const made = builtinTemplate(usageType, message, languageTag);
    // Parsed at build time: built-in emails compile without Handlebars' parser.
    addParsedAhead(builtinParsesOf(languageTag, usageType, made));
    template = Object.freeze({ ...made, partials: Object.freeze({ ...made.partials }) });
    builtinTemplates.set(key, template);
  }
  return template;
}
