import { loadNegotiator } from '#lazy-modules';

/** What a request says about the reader's languages, most specific first. */
export interface LanguagePreferences {
  /** One resolved tag, e.g. Logto's `payload.locale` (`de-DE`). Tried first. */
  locale?: string | undefined;
  /** OIDC `ui_locales`: space-separated tags in order of preference. Tried next. */
  uiLocales?: string | undefined;
  /** An HTTP `Accept-Language` header; tags are tried by descending q. Tried last. */
  acceptLanguage?: string | undefined;
}

/**
 * Every tag in `available` that the preferences ask for, best first, without repeats.
 *
 * Candidates come from `locale`, then `uiLocales`, then `Accept-Language` by q.
 * Each candidate matches case-insensitively: the exact tag, then the tag with
 * subtags removed from the end (`de-DE` → `de`), then the first available tag
 * of the same language and script (`pt` → `pt-BR`, never `zh-TW` → `zh-CN`).
 */
export function negotiateLanguages(
  preferences: LanguagePreferences,
  available: readonly string[],
): string[] {
  const candidates = requestedLanguages(preferences);
  // No preference (the common case for built-ins): nothing to index or match.
  if (candidates.length === 0) return [];
  const offered = indexLanguages(available);
  const matches: string[] = [];
  for (const candidate of candidates) {
    const match = matchLanguage(candidate, offered);
    if (match !== undefined && !matches.includes(match)) matches.push(match);
  }
  return matches;
}

/**
 * The best tag in `available` for the preferences, or `defaultLanguage`.
 *
 * @example
 * ```ts
 * negotiateLanguage({ acceptLanguage: 'ko;q=0.5, ja' }, ['en', 'ko', 'ja'], 'en'); // 'ja'
 * negotiateLanguage({ locale: 'de-DE' }, ['en', 'de'], 'en');                      // 'de'
 * negotiateLanguage({ uiLocales: 'pt' }, ['en', 'pt-BR'], 'en');                   // 'pt-BR'
 * ```
 */
export function negotiateLanguage(
  preferences: LanguagePreferences,
  available: readonly string[],
  defaultLanguage: string,
): string {
  return negotiateLanguages(preferences, available)[0] ?? defaultLanguage;
}

/** The candidate tags a request names, in the order they are tried. */
export function requestedLanguages(preferences: LanguagePreferences): string[] {
  const candidates = [
    preferences.locale,
    ...(preferences.uiLocales?.split(/\s+/) ?? []),
    ...acceptedLanguages(preferences.acceptLanguage),
  ];
  return candidates.map(canonicalTag).filter((tag): tag is string => tag !== undefined);
}

function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  const Negotiator = loadNegotiator();
  return new Negotiator({ headers: { 'accept-language': header } })
    .languages()
    .filter((tag) => tag !== '*');
}

/** `en_us` → `en-US`; `undefined` for anything that is not a BCP 47 tag. */
export function canonicalTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The available tags, canonicalised once per negotiation, not per candidate;
 * maximised (slow: `Intl.Locale#maximize`) only when a candidate has no
 * exact or shortened match, and then once.
 */
interface OfferedLanguages {
  byLowerCase: Map<string | undefined, string>;
  maximized: () => { tag: string; locale: Intl.Locale | undefined }[];
}

function indexLanguages(available: readonly string[]): OfferedLanguages {
  let maximizedTags: { tag: string; locale: Intl.Locale | undefined }[] | undefined;
  return {
    byLowerCase: new Map(available.map((tag) => [canonicalTag(tag)?.toLowerCase(), tag])),
    maximized: () => {
      maximizedTags ??= available.map((tag) => ({ tag, locale: maximized(tag) }));
      return maximizedTags;
    },
  };
}

function matchLanguage(candidate: string, offered: OfferedLanguages): string | undefined {
  const subtags = candidate.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const exact = offered.byLowerCase.get(subtags.slice(0, length).join('-'));
    if (exact !== undefined) return exact;
  }
  const wanted = maximized(candidate);
  return offered
    .maximized()
    .find(
      ({ locale }) => locale?.language === wanted?.language && locale?.script === wanted?.script,
    )?.tag;
}

function maximized(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}
