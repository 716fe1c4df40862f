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
}

/**
 * Checks a provider base URL: it must parse, and unless custom URLs are
 * allowed it must be https on one of the provider's hosts, so a config value
 * can never send API keys elsewhere (SSRF).
 *
 * @returns the URL without a trailing slash.
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
  if (!rule.allowCustom && (url.protocol !== 'https:' || !rule.allowedHost(url.hostname))) {
    throw new AuthmailError(
      'invalid_config',
      `${rule.field} must be https on ${rule.allowedHostDescription}; set ${rule.allowFlag}: true to use another host (a proxy or a fake API in tests)`,
    );
  }
  return value.replace(/\/+$/, '');
}
