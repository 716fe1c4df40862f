import { inspect } from 'node:util';
import { afterEach, beforeEach, expect, vi } from 'vitest';

/**
 * Every form `key` can leak in: the key itself, its Base64 (as any client might encode it),
 * and each form the provider's wire carries it in (`wireForms`, from the fake's
 * `secretForms(key)`: Mailgun's Basic-auth Base64 of `api:<key>`, SendGrid's `Bearer <key>`),
 * without repeats.
 *
 * @example
 * ```ts
 * const secrets = leakForms(fake.apiKey, fake.secretForms(fake.apiKey));
 * ```
 */
export function leakForms(key: string, wireForms: readonly string[] = []): string[] {
  return [...new Set([key, Buffer.from(key).toString('base64'), ...wireForms])];
}

/** A provider (or proxy) answer that echoes every {@link leakForms} of `key` back. */
export function echoOf(key: string, wireForms: readonly string[] = []): string {
  return leakForms(key, wireForms).join(' ');
}

/**
 * How many characters in a row of a secret make a leak: a text cut before it
 * was redacted keeps part of a key, which no longer matches the whole key.
 */
export const secretFragmentLength = 10;

interface Fragments {
  /** Every run of {@link secretFragmentLength} characters of every secret (the whole of a shorter one). */
  runs: Set<string>;
  lengths: number[];
  /** The first two character codes of each run, to skip most positions without a slice. */
  starts: Set<number>;
}

const fragmentCache = new WeakMap<readonly string[], Fragments>();

const pairAt = (text: string, index: number) =>
  text.charCodeAt(index) * 0x10000 + (text.charCodeAt(index + 1) || 0);

function fragmentsOf(secrets: readonly string[]): Fragments {
  const cached = fragmentCache.get(secrets);
  if (cached) return cached;
  const runs = new Set<string>();
  for (const secret of secrets) {
    const length = Math.min(secretFragmentLength, secret.length);
    for (let start = 0; start + length <= secret.length; start++) {
      runs.add(secret.slice(start, start + length));
    }
  }
  const fragments: Fragments = {
    runs,
    lengths: [...new Set([...runs].map((run) => run.length))],
    starts: new Set([...runs].map((run) => pairAt(run, 0))),
  };
  fragmentCache.set(secrets, fragments);
  return fragments;
}

/** The first run of characters of one of `secrets` found in `text`, if any. */
function firstFragment(text: string, secrets: readonly string[]): string | undefined {
  const { runs, lengths, starts } = fragmentsOf(secrets);
  for (let start = 0; start < text.length; start++) {
    if (!starts.has(pairAt(text, start))) continue;
    for (const length of lengths) {
      const piece = text.slice(start, start + length);
      if (runs.has(piece)) return piece;
    }
  }
  return undefined;
}

/**
 * Fails when `text` contains any of `secrets`, or any
 * {@link secretFragmentLength} characters in a row of one (what survives when
 * a text is cut before it is redacted); `where` names the text in the failure.
 */
export function expectNoSecret(text: string, secrets: readonly string[], where: string): void {
  const fragment = firstFragment(text, secrets);
  expect(fragment, `${where} contains (part of) a form of the key`).toBeUndefined();
}

/**
 * Checks an error everywhere a key could surface: message, `details`,
 * `JSON.stringify`, `util.inspect` (hidden properties and all depths),
 * `String`, the stack; then, unless `log` is `false`, logs it, so
 * {@link watchConsoleForSecrets} sees what a logger would print. Whole keys
 * and parts of keys both fail (see {@link expectNoSecret}).
 */
export function expectSecretFreeError(
  error: unknown,
  secrets: readonly string[],
  { log = true }: { log?: boolean } = {},
): void {
  expect(error).toMatchObject({ name: 'AuthmailError' });
  const { message, details, stack } = error as {
    message: string;
    details: unknown;
    stack?: string;
  };
  expectNoSecret(message, secrets, 'message');
  expectNoSecret(JSON.stringify(details) ?? '', secrets, 'details');
  expectNoSecret(JSON.stringify(error), secrets, 'JSON.stringify');
  expectNoSecret(
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    secrets,
    'util.inspect',
  );
  expectNoSecret(String(error), secrets, 'String');
  expectNoSecret(stack ?? '', secrets, 'stack');
  if (!log) return;
  console.error(error);
  console.log('send failed', error);
}

/**
 * Provider answers that hide `secret` at every place a cut could fall: first a
 * body of every length from 0 to `maxLength` with `secret` ending exactly at
 * its end (shorter ones hold filler only), then a body of `maxLength`
 * characters with `secret` starting at every offset. Code that shortens a
 * text before redacting it leaves part of the secret in at least one of them.
 *
 * @example
 * ```ts
 * const wireForms = [`Bearer ${apiKey}`];
 * for (const body of bodiesAroundEveryCut(echoOf(apiKey, wireForms))) {
 *   expectSecretFreeError(mapError(body), leakForms(apiKey, wireForms), { log: false });
 * }
 * ```
 */
export function* bodiesAroundEveryCut(secret: string, maxLength = 2000): Generator<string> {
  const filler = (length: number) => 'x'.repeat(Math.max(0, length));
  for (let length = 0; length <= maxLength; length++) {
    yield length < secret.length ? filler(length) : filler(length - secret.length) + secret;
  }
  for (let offset = 0; offset + secret.length <= maxLength; offset++) {
    yield filler(offset) + secret + filler(maxLength - secret.length - offset);
  }
}

/**
 * Registers vitest hooks that capture every console line during each test and
 * fail the test when one contains any of `secrets` (or a part of one, see
 * {@link expectNoSecret}). Pass a function when the secrets are known only
 * once a fake has started.
 */
export function watchConsoleForSecrets(
  secrets: readonly string[] | (() => readonly string[]),
): void {
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args
            .map((arg) => inspect(arg, { depth: Number.POSITIVE_INFINITY, showHidden: true }))
            .join(' '),
        );
      });
    }
  });
  afterEach(() => {
    const watched = typeof secrets === 'function' ? secrets() : secrets;
    expectNoSecret(logged.join('\n'), watched, 'console output');
    vi.restoreAllMocks();
  });
}
