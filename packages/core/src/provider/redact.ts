import { AuthmailError } from '../errors.js';

/** How much of a provider's text an error keeps by default, in characters. */
export const defaultProviderTextLength = 1000;

/** Forms shorter than this are not redacted: they would match ordinary text. */
const shortestForm = 4;

/**
 * Replaces every occurrence of each of `forms` (and of its Base64) in `text`
 * with `[redacted]`, then, when `maxLength` is given, cuts the result to at
 * most that many characters (ending in `…`). The forms are the ways a
 * provider's secret can appear on its wire, as the provider declares them
 * (a key alone; `api:<key>`, whose Base64 is a Basic-auth credential;
 * `Bearer <key>`): nothing else is assumed. Forms under 4 characters are
 * left alone. Providers pass every text they got from a provider or its
 * client through it before it reaches an {@link AuthmailError}.
 *
 * Redaction always comes first: a text cut before it is redacted can end in
 * part of a key that no longer matches the whole key, and that part would
 * survive. This is the only place provider texts are shortened.
 *
 * @example
 * ```ts
 * redactSecrets(responseBody, [apiKey, `api:${apiKey}`], 500);
 * ```
 */
export function redactSecrets(text: string, forms: readonly string[], maxLength?: number): string {
  let redacted = text;
  for (const form of withBase64(forms)) redacted = redacted.split(form).join('[redacted]');
  if (maxLength === undefined || redacted.length <= maxLength) return redacted;
  return `${redacted.slice(0, Math.max(0, maxLength - 1))}…`;
}

/**
 * The forms and their Base64, longest first, so a form inside a longer one
 * never breaks the longer one's match.
 */
function withBase64(forms: readonly string[]): string[] {
  const long = forms.filter((form) => form.length >= shortestForm);
  const all = [...long, ...long.map((form) => Buffer.from(form).toString('base64'))];
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/**
 * `error` with every one of `forms` removed from its message and from the
 * strings in its `details` (at any depth), or `error` itself when none
 * appears. Nothing is shortened here.
 */
export function redactError(error: AuthmailError, forms: readonly string[]): AuthmailError {
  const message = redactSecrets(error.message, forms);
  const details = redactValue(error.details, forms, new WeakSet());
  if (message === error.message && details === error.details) return error;
  return new AuthmailError(error.code, message, {
    provider: error.provider,
    status: error.status,
    details,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    attempts: error.attempts,
  });
}

/** `value` with the forms removed from every string in it; the same value when none was found. */
function redactValue(value: unknown, forms: readonly string[], seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactSecrets(value, forms);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  const entries = Object.entries(value);
  const redacted = entries.map(([key, entry]) => [key, redactValue(entry, forms, seen)] as const);
  seen.delete(value);
  if (redacted.every(([, entry], index) => entry === entries[index]?.[1])) return value;
  if (Array.isArray(value)) return redacted.map(([, entry]) => entry);
  return Object.fromEntries(redacted);
}
