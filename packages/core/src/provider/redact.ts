/**
 * Replaces every occurrence of each secret (and its Basic-auth and Base64
 * forms) in `text` with `[redacted]`. Providers pass their error texts through
 * it before they reach an {@link AuthmailError}.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
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
  return redacted;
}
