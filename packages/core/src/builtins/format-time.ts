const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO 8601 date-time in words of the language, in UTC with the zone
 * named: `November 22, 2026 at 2:05 PM UTC`, `2026年11月22日 14:05 UTC`.
 *
 * @returns `undefined` when `iso` is not a date, so the caller keeps it as given.
 */
export function formatTime(iso: string, languageTag: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return formatFor(languageTag).format(date);
}

/**
 * One formatter per language (only the built-in languages reach here, so the
 * map stays small): building one costs far more than using it.
 */
function formatFor(languageTag: string): Intl.DateTimeFormat {
  const cached = formats.get(languageTag);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat(languageTag, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  formats.set(languageTag, format);
  return format;
}
