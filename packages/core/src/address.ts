import { AuthmailError } from './errors.js';

/** An email address with an optional display name. */
export interface EmailAddress {
  email: string;
  name?: string;
}

const addressPattern = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/;

/**
 * Reads `Name <addr@example.com>`, `"Name" <addr>` or a bare address.
 *
 * @throws AuthmailError `invalid_config` naming `field` when it is neither.
 */
export function parseAddress(value: string, field = 'address'): EmailAddress {
  const match = addressPattern.exec(value);
  if (!match) {
    throw new AuthmailError(
      'invalid_config',
      `${field} must be an email address or "Name <address>", got ${JSON.stringify(value)}`,
    );
  }
  const email = match[2] ?? match[3] ?? '';
  const name = match[1]?.trim();
  return name ? { email, name } : { email };
}

/** `Name <addr>`, quoting the name when it holds characters RFC 5322 reserves. */
export function formatAddress(address: EmailAddress): string {
  if (!address.name) return address.email;
  const name = /[()<>[\]:;@\\,."]/.test(address.name)
    ? `"${address.name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
    : address.name;
  return `${name} <${address.email}>`;
}

/**
 * The sender for a message: a template's `sendFrom` replaces the whole sender
 * when it is an address, and only the display name when it is a bare name
 * (so Logto's Mailgun and SendGrid readings of `sendFrom` both hold).
 */
export function resolveSender(sendFrom: string | undefined, defaultFrom: string): string {
  const name = sendFrom?.trim();
  if (!name) return defaultFrom;
  if (addressPattern.test(name)) return name;
  return formatAddress({ email: parseAddress(defaultFrom, 'from').email, name });
}
