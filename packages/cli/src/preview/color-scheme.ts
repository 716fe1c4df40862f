/** One `prefers-color-scheme` media feature, as media queries and `media` attributes write it. */
const colorSchemeFeature = /\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)/gi;

/** Media features that every preview frame matches, and that none does (frames are 375 or 600 px wide). */
const alwaysMatches = '(min-width: 0px)';
const neverMatches = '(max-width: 0px)';

/**
 * The email as a client set to `scheme` shows it: every
 * `(prefers-color-scheme: dark)` and `(prefers-color-scheme: light)` media
 * feature is replaced by one that always or never matches.
 *
 * Why not let the browser choose: Chromium gives a frame the
 * `prefers-color-scheme` of the browser itself, whatever `color-scheme`
 * the `<iframe>` element or the page sets, so a light and a dark frame
 * cannot sit side by side any other way (and a browser in dark mode would
 * show the "light" frame dark). Rewriting the queries works in every
 * browser and applies exactly the email's own styles.
 */
export function withColorScheme(html: string, scheme: 'light' | 'dark'): string {
  return html.replace(colorSchemeFeature, (_feature, value: string) =>
    value.toLowerCase() === scheme ? alwaysMatches : neverMatches,
  );
}
