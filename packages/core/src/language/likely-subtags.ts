/** A language tag read once: its likely subtags, and whether it names a region itself. */
export interface KnownLocale {
  /** The tag with its likely script and region filled in: see {@link maximizedLocale}. */
  maximized: Intl.Locale;
  /** `pt-BR`, `zh-Hant-HK`: yes; `pt`, `zh-Hant`: no. */
  hasRegion: boolean;
}

/**
 * Tags read so far (`new Intl.Locale` and `maximize` cost about 10 µs each):
 * only tags a negotiation offers and the built-ins' own, never the tags a
 * request asks for, which anyone can vary. Emptied when full, in case a
 * template store offers ever new tags.
 */
const knownLocales = new Map<string, KnownLocale | undefined>();
const knownLocalesLimit = 512;

/**
 * `languageTag` with its likely script and region filled in from CLDR
 * (`zh-TW` → `zh-Hant-TW`, `pt` → `pt-Latn-BR`, `fa` → `fa-Arab-IR`);
 * `undefined` when it is not a BCP 47 tag.
 */
export function maximizedLocale(languageTag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(languageTag).maximize();
  } catch {
    return undefined;
  }
}

/**
 * What {@link KnownLocale} says of a tag from a known, small set (templates'
 * languages, CLDR's), remembered; `undefined` when it is not a BCP 47 tag.
 */
export function knownLocale(languageTag: string): KnownLocale | undefined {
  if (knownLocales.has(languageTag)) return knownLocales.get(languageTag);
  if (knownLocales.size >= knownLocalesLimit) knownLocales.clear();
  const maximized = maximizedLocale(languageTag);
  const locale = maximized && {
    maximized,
    hasRegion: new Intl.Locale(languageTag).region !== undefined,
  };
  knownLocales.set(languageTag, locale);
  return locale;
}
