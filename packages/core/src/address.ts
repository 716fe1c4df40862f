import { AuthmailError, type AuthmailErrorCode } from './errors.js';
import { isProblem, readMailbox } from './mailbox.js';

/** An email address with an optional display name. */
export interface EmailAddress {
  email: string;
  name?: string;
}

/** The codes {@link parseAddress} throws: a config's address, or a message's. */
export type AddressErrorCode = Extract<AuthmailErrorCode, 'invalid_config' | 'invalid_message'>;

/** Longest part of a value an error message quotes. */
const previewLength = 100;

/**
 * Reads exactly one mailbox: `addr@example.com`, `Name <addr@example.com>`
 * or `"Name, Inc." <addr@example.com>`, the way every provider reads it.
 * Refused: lists (`,` `;`) and groups (`:`) outside quotes, comments, CR, LF,
 * NUL and other control characters, a quoted local part (`"a@b"@c`), a
 * missing local part or domain, a domain that is not a host name (an
 * internationalized one goes in its `xn--` form), non-ASCII before `@`, and
 * addresses over RFC 5321's limits (64 characters before `@`, 254 in all).
 *
 * @param field names the value in the error, e.g. `to` or `from`.
 * @param code `invalid_config` (the default) for an address in a config,
 * `invalid_message` for one in a message.
 * @throws AuthmailError with `code`, whose message starts with `field` and
 * whose `details.field` is `field`.
 *
 * @example
 * ```ts
 * parseAddress('"Acme, Inc." <no-reply@acme.test>', 'from');
 * // { email: 'no-reply@acme.test', name: 'Acme, Inc.' }
 * parseAddress('ann@example.org, eve@evil.test', 'to', 'invalid_message');
 * // throws: to must be one address, not a list …
 * ```
 */
export function parseAddress(
  value: string,
  field = 'address',
  code: AddressErrorCode = 'invalid_config',
): EmailAddress {
  const reading =
    typeof value === 'string' ? readMailbox(value) : { problem: 'must be an email address' };
  if (!isProblem(reading)) return reading;
  throw new AuthmailError(code, `${field} ${reading.problem}, got ${preview(value)}`, {
    details: { field },
  });
}

function preview(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'string') return `a ${typeof value}`;
  const cut = value.length > previewLength ? `${value.slice(0, previewLength)}…` : value;
  return JSON.stringify(cut);
}

/**
 * `Name <addr>`, or `addr` without a name. The name is put in double quotes
 * (with `\` before `"` and `\`) when it holds a character RFC 5322 reserves
 * or `=?` (so no client decodes it as an encoded word), and control
 * characters in it become spaces: what comes out reads back through
 * {@link parseAddress} as the same name and address.
 */
export function formatAddress(address: EmailAddress): string {
  const name = address.name?.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim();
  if (!name) return address.email;
  const quoted =
    /[()<>[\]:;@\\,."]/.test(name) || name.includes('=?')
      ? `"${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
      : name;
  return `${quoted} <${address.email}>`;
}
