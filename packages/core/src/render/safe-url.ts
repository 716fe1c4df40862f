/**
 * What an unsafe URL is replaced with in an HTML URL attribute: a URL that
 * browsers and mail clients never navigate to, and that says why it is there.
 */
export const unsafeUrlReplacement = 'about:invalid#authmail-unsafe-url';

/** Schemes a value may bring into an `href` / `src`: everything else is replaced. */
export const safeUrlSchemes: readonly string[] = ['http', 'https', 'mailto', 'tel'];

const safeSchemes: ReadonlySet<string> = new Set(safeUrlSchemes);

/** Fast path: a value that starts with a safe scheme needs no further look. */
const safeStart = /^(?:https?|mailto|tel):/i;

/**
 * Characters URL parsers skip or that a reader cannot see: C0 controls and
 * space, DEL and C1 controls, and Unicode spaces and invisible formatting
 * characters. Browsers drop tabs and newlines anywhere in a URL, so
 * `java\tscript:` is `javascript:` to them; we drop all of these before
 * reading the scheme.
 */
const ignorable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/**
 * Whether `url` is safe in an `href` / `src`: an http, https, mailto or tel URL,
 * or a relative one (nothing before the first `/`, `?` or `#` ends in `:`).
 * Whitespace and control characters are ignored and the scheme is compared
 * case-insensitively, so `JaVa\tScript:` is unsafe.
 *
 * @example
 * ```ts
 * isSafeUrl('https://acme.test/x'); // true
 * isSafeUrl('/invite?t=1');         // true
 * isSafeUrl(' JaVa\tScript:alert(1)'); // false
 * ```
 */
export function isSafeUrl(url: string): boolean {
  if (safeStart.test(url)) return true;
  const scheme = urlScheme(url);
  return scheme === undefined || safeSchemes.has(scheme);
}

/**
 * The scheme of `url` as a browser reads it, in lower case (`javascript`
 * for `' JaVa\tScript:x'`), or `undefined` for a relative URL (nothing
 * before the first `/`, `?` or `#` ends in `:`).
 */
export function urlScheme(url: string): string | undefined {
  const compact = url.replace(ignorable, '');
  const end = compact.search(/[:/?#]/);
  if (end === -1 || compact[end] !== ':') return undefined;
  return compact.slice(0, end).toLowerCase();
}

/**
 * `url` when {@link isSafeUrl} accepts it, else {@link unsafeUrlReplacement}.
 * The HTML renderer runs every value placed at the start of a URL attribute
 * (`href`, `src`, `action`…) through it before escaping.
 */
export function sanitizeUrl(url: string): string {
  return isSafeUrl(url) ? url : unsafeUrlReplacement;
}

/**
 * Whether `value` is harmless as the scheme (or part of it) of a URL whose
 * `:` the template itself writes, as in `href="{{protocol}}://{{host}}"`: it
 * must be empty or one of {@link safeUrlSchemes}.
 */
export function isSafeSchemeName(value: string): boolean {
  const compact = value.replace(ignorable, '');
  return compact === '' || safeSchemes.has(compact.toLowerCase());
}
