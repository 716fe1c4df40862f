/** The keys that hold a credential, at the top of a config or in SMTP's `auth`. */
const secretKeys = [
  'apiKey',
  'serverToken',
  'accessKeySecret',
  'sessionToken',
  'pass',
  'clientSecret',
  'refreshToken',
  'accessToken',
  'privateKey',
];

/** The parts of an SMTP OAuth2 private key given as `{ key, passphrase }`. */
const privateKeyParts = ['key', 'passphrase'];

/**
 * The credentials a raw connector config holds, whichever provider it names:
 * Mailgun's, SendGrid's and Resend's `apiKey`, Postmark's `serverToken`,
 * SES's `accessKeySecret` and `sessionToken`, and SMTP's password or OAuth2
 * secrets under `auth`. `toConnectorError` redacts them from what Logto hears.
 */
export function secretsOf(config: unknown): string[] {
  const auth = fieldOf(config, 'auth');
  return [
    ...stringsAt(config, secretKeys),
    ...stringsAt(auth, secretKeys),
    ...stringsAt(fieldOf(auth, 'privateKey'), privateKeyParts),
  ];
}

function stringsAt(place: unknown, keys: readonly string[]): string[] {
  return keys
    .map((key) => fieldOf(place, key))
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
