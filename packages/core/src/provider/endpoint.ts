import { AuthmailError } from '../errors.js';

/** Options for {@link checkProviderUrl}. */
export interface ProviderUrlRule {
  /** The config field, named in the error, e.g. `endpoint`. */
  field: string;
  /** Hosts the provider really uses. */
  allowedHost: (host: string) => boolean;
  /** Human description of `allowedHost`, e.g. `*.mailgun.net`. */
  allowedHostDescription: string;
  /** Skip the https and host checks (proxies, tests). */
  allowCustom: boolean;
  /** The flag that would allow it, named in the error. */
  allowFlag: string;
  /**
   * The path the provider's client appends itself (`/v3`): a URL ending in it
   * would send to `/v3/v3/…`, so it is refused with `hint` (custom URLs too).
   */
  clientAddedPath?: { path: string; hint: string };
}

/**
 * Checks a provider base URL: it must parse, carry no credentials, query or
 * fragment, and unless custom URLs are allowed it must be https on one of the
 * provider's hosts, so a config value can never send API keys elsewhere
 * (SSRF). The host is compared after WHATWG URL parsing (lower case,
 * punycode, IP literals normalised), so `https://api.mailgun.net.evil.test`,
 * `https://evil.test#.mailgun.net`, `https://api.mailgun.net@evil.test`,
 * look-alike Unicode hosts and `https://api.mailgun.net.` (trailing dot) are
 * all refused.
 *
 * @returns the normalised URL (as parsed, not as written) without a trailing
 * slash, so the HTTP client connects to exactly the host that was checked.
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function checkProviderUrl(value: string, rule: ProviderUrlRule): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthmailError(
      'invalid_config',
      `${rule.field} must be an absolute URL such as https://…`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AuthmailError('invalid_config', `${rule.field} must be an http(s) URL`);
  }
  if (url.username || url.password) {
    throw new AuthmailError('invalid_config', `${rule.field} must not contain credentials`);
  }
  const normalized = `${url.origin}${url.pathname}`;
  if (url.href !== normalized) {
    throw new AuthmailError(
      'invalid_config',
      `${rule.field} must not have a query or a fragment: give the API's base URL, such as https://host/path`,
    );
  }
  if (!rule.allowCustom && (url.protocol !== 'https:' || !rule.allowedHost(url.hostname))) {
    throw new AuthmailError(
      'invalid_config',
      `${rule.field} must be https on ${rule.allowedHostDescription}; set ${rule.allowFlag}: true to use another host (a proxy or a fake API in tests)`,
    );
  }
  const checked = normalized.replace(/\/+$/, '');
  const added = rule.clientAddedPath;
  if (added && checked.toLowerCase().endsWith(added.path.toLowerCase())) {
    throw new AuthmailError(
      'invalid_config',
      `${rule.field} must not end in ${added.path}: ${added.hint}`,
    );
  }
  return checked;
}
