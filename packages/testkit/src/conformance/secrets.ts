import { inspect } from 'node:util';
import { afterEach, beforeEach, expect, vi } from 'vitest';

/** Every form an API key can leak in: plain, Base64, Basic-auth (`api:key`) Base64, Bearer. */
export function leakForms(key: string): string[] {
  return [
    key,
    Buffer.from(key).toString('base64'),
    Buffer.from(`api:${key}`).toString('base64'),
    `Bearer ${key}`,
  ];
}

/** A provider (or proxy) answer that echoes every form of the key back. */
export function echoOf(key: string): string {
  return leakForms(key).join(' ');
}

/** Fails when `text` contains any of `secrets`; `where` names the text in the failure. */
export function expectNoSecret(text: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) {
    expect(text.includes(secret), `${where} contains a form of the key`).toBe(false);
  }
}

/**
 * Checks an error everywhere a key could surface: message, `details`,
 * `JSON.stringify`, `util.inspect` (hidden properties and all depths),
 * `String`, the stack; then logs it, so {@link watchConsoleForSecrets} sees
 * what a logger would print.
 */
export function expectSecretFreeError(error: unknown, secrets: readonly string[]): void {
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
  console.error(error);
  console.log('send failed', error);
}

/**
 * Registers vitest hooks that capture every console line during each test and
 * fail the test when one contains any of `secrets`.
 */
export function watchConsoleForSecrets(secrets: readonly string[]): void {
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
    expectNoSecret(logged.join('\n'), secrets, 'console output');
    vi.restoreAllMocks();
  });
}

/** The rejection reason of `promise`; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the send to fail');
}
