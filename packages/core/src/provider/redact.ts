/** How much of a provider's text an error keeps by default, in characters. */
export const defaultProviderTextLength = 1000;

/**
 * Replaces every occurrence of each secret (and its Basic-auth and Base64
 * forms) in `text` with `[redacted]`, then, when `maxLength` is given, cuts
 * the result to at most that many characters (ending in `…`). Providers pass
 * every text they got from a provider or its client through it before it
 * reaches an {@link AuthmailError}.
 *
 * Redaction always comes first: a text cut before it is redacted can end in
 * part of a key that no longer matches the whole key, and that part would
 * survive. This is the only place provider texts are shortened.
 *
 * @example
 * ```ts
 * redactSecrets(responseBody, [apiKey], 500);
 * ```
 */
export function redactSecrets(
  text: string,
  secrets: readonly string[],
  maxLength?: number,
): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    const forms = [
      secret,
      Buffer.from(secret).toString('base64'),
      Buffer.from(`api:${secret}`).toString('base64'),
    ];
    for (const form of forms) redacted = redacted.split(form).join('[redacted]');
  }
  if (maxLength === undefined || redacted.length <= maxLength) return redacted;
  return `${redacted.slice(0, Math.max(0, maxLength - 1))}…`;
}
