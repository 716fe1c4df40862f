import { domainToASCII } from 'node:url';

/** Latin letters and the Cyrillic (or Armenian) letters that look the same. */
const lookAlikeLetters: readonly [string, string][] = [
  ['a', '\u0430'],
  ['e', '\u0435'],
  ['i', '\u0456'],
  ['o', '\u043e'],
  ['u', '\u057d'],
];

/** URLs no provider's host rule accepts, whatever its hosts. */
const alwaysRefused = [
  '',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'https://127.0.0.1',
  'https://[::1]',
  'https://0x7f.0.0.1',
  'https://2130706433',
  'https://localhost',
  'https://169.254.169.254/latest/meta-data',
];

/** `api.eu.mailgun.net` gives `mailgun.net` (its last two labels): the part a look-alike imitates. */
function registrableDomain(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** The same host with one letter of its registrable domain swapped for a look-alike, Unicode and punycode. */
function lookAlikes(host: string): string[] {
  const domain = registrableDomain(host);
  const prefix = host.slice(0, host.length - domain.length);
  return lookAlikeLetters
    .filter(([latin]) => domain.includes(latin))
    .flatMap(([latin, cyrillic]) => {
      const unicode = `${prefix}${domain.replace(latin, cyrillic)}`;
      return [`https://${unicode}`, `https://${domainToASCII(unicode)}`];
    });
}

/**
 * URLs a provider transport must refuse unless custom URLs are allowed, built from the
 * provider's own `officialUrls`: its hosts with an attacker's host around them (suffix,
 * fragment, path, query, user info), its domain glued to another name, credentials, a
 * trailing dot, plain http, other schemes, no scheme, look-alike letters (Cyrillic and
 * Armenian, Unicode and punycode), a query or a fragment; then IP literals (loopback, cloud
 * metadata), `localhost`, `file:`, `javascript:` and the empty string.
 */
export function refusedProviderUrls(officialUrls: readonly string[]): string[] {
  const refused = officialUrls.flatMap((official) => {
    const host = new URL(official).hostname;
    const domain = registrableDomain(host);
    const glued =
      host === domain ? `www${domain}` : `${host.slice(0, -domain.length - 1)}${domain}`;
    return [
      `https://${host}.evil.test`,
      `https://${domain}.evil.test`,
      `https://evil${domain}`,
      `https://${glued}`,
      `https://evil.test#.${domain}`,
      `https://evil.test#${host}`,
      `https://evil.test/.${domain}`,
      `https://evil.test/${host}`,
      `https://evil.test?.${domain}`,
      `https://${host}@evil.test`,
      `https://user@${host}`,
      `https://user:secret@${host}`,
      `https://${host}.`,
      `http://${host}`,
      `HTTP://${host.toUpperCase()}`,
      `ftp://${host}`,
      `//${host}`,
      host,
      `https://${host}/?redirect=https://evil.test`,
      `https://${host}#fragment`,
      ...lookAlikes(host),
    ];
  });
  return [...new Set([...refused, ...alwaysRefused])];
}

/**
 * Other spellings of each of `officialUrls` that name the same place and must be accepted:
 * a trailing slash, upper case, capitalised labels, the default port, full-width dots.
 */
export function officialUrlSpellings(officialUrls: readonly string[]): string[] {
  return officialUrls.flatMap((official) => {
    const host = new URL(official).hostname;
    const capitalised = host.replace(/(^|\.)([a-z])/g, (_, dot: string, letter: string) => {
      return `${dot}${letter.toUpperCase()}`;
    });
    return [
      official,
      `https://${host}/`,
      `HTTPS://${host.toUpperCase()}`,
      `https://${capitalised}/`,
      `https://${host}:443`,
      `https://${host.replaceAll('.', '\uff0e')}`,
    ];
  });
}
