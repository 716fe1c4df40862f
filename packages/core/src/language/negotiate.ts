import { loadNegotiator } from '#lazy-modules';
import { type KnownLocale, knownLocale, maximizedLocale } from './likely-subtags.js';

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
 * Each candidate matches case-insensitively the exact tag, else a tag of the
 * same language and script, never of another script (`zh-TW`, `zh-HK` and
 * `zh-Hant` never get `zh-CN`): the same region first (`zh-Hant` → `zh-TW`,
 * `pt` → `pt-BR`, `fa` → `fa-IR`), then CLDR's parent region (`zh-MO` →
 * `zh-HK`, `pt-AO` → `pt-PT`), then the tag without a region (`de-DE` →
 * `de`), then the language's likely region (`zh-SG` → `zh-CN`), then any.
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

/** An available tag, read: its likely script and region, and whether it names a region itself. */
interface OfferedLanguage extends KnownLocale {
  tag: string;
}

/**
 * The available tags, canonicalised once per negotiation, not per candidate;
 * maximised only when a candidate has no exact match, and then once (and
 * remembered across negotiations: see `knownLocale`).
 */
interface OfferedLanguages {
  byLowerCase: Map<string | undefined, string>;
  maximized: () => OfferedLanguage[];
}

function indexLanguages(available: readonly string[]): OfferedLanguages {
  let maximizedTags: OfferedLanguage[] | undefined;
  return {
    byLowerCase: new Map(available.map((tag) => [canonicalTag(tag)?.toLowerCase(), tag])),
    maximized: () => {
      maximizedTags ??= available.flatMap((tag) => {
        const known = knownLocale(tag);
        return known ? [{ tag, ...known }] : [];
      });
      return maximizedTags;
    },
  };
}

/**
 * Regions whose variety of a language CLDR derives from another region's
 * (its `parentLocales`, for the languages with more than one built-in
 * catalog): Portuguese outside Brazil follows Portugal's, Macao's
 * Traditional Chinese follows Hong Kong's.
 */
const parentRegions: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'pt-Latn': Object.fromEntries(
    ['AO', 'CH', 'CV', 'FR', 'GQ', 'GW', 'LU', 'MO', 'MZ', 'ST', 'TL'].map((region) => [
      region,
      'PT',
    ]),
  ),
  'zh-Hant': { MO: 'HK' },
};

/**
 * The available tag for one candidate: the same tag, else one of the same
 * language and script (never another script: `zh-TW` is not served
 * `zh-CN` nor a `zh` that means Simplified), preferring in turn the same
 * region (`zh-Hant` → `zh-TW`, `pt` → `pt-BR`, `fa` → `fa-IR`), CLDR's parent
 * region (`zh-MO` → `zh-HK`, `pt-AO` → `pt-PT`), the tag without a region
 * (`ar-EG` → `ar`), the language's likely region (`zh-SG` → `zh-CN`), and
 * else the first available.
 */
function matchLanguage(candidate: string, offered: OfferedLanguages): string | undefined {
  const exact = offered.byLowerCase.get(candidate.toLowerCase());
  if (exact !== undefined) return exact;
  const wanted = maximizedLocale(candidate);
  if (!wanted) return undefined;
  const sameScript = offered
    .maximized()
    .filter(
      ({ maximized }) =>
        maximized.language === wanted.language && maximized.script === wanted.script,
    );
  if (sameScript.length === 0) return undefined;
  const languageScript = `${wanted.language}-${wanted.script}`;
  const parentRegion = parentRegions[languageScript]?.[wanted.region ?? ''];
  const likelyRegion = () => knownLocale(languageScript)?.maximized.region;
  const preferences: ((offer: OfferedLanguage) => boolean)[] = [
    ({ maximized }) => maximized.region === wanted.region,
    ({ maximized }) => parentRegion !== undefined && maximized.region === parentRegion,
    ({ hasRegion }) => !hasRegion,
    ({ maximized }) => maximized.region !== undefined && maximized.region === likelyRegion(),
  ];
  for (const prefers of preferences) {
    const match = sameScript.find(prefers);
    if (match) return match.tag;
  }
  return sameScript[0]?.tag;
}
