import { inspect } from 'node:util';
import { AuthmailError } from '@authmail/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { origin, postSignIn } from './test-support/auth-flow.js';
import { authSecret, createTestApp } from './test-support/test-app.js';

const token = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

// Auth.js awaits the send only after hashing the token: a send that fails at
// once must not be reported as an unhandled rejection meanwhile (Node ends
// the process on one).
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', recordUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', recordUnhandled);
});

it("surfaces a failed send as Auth.js's error page, logging the AuthmailError without the link or a secret", async () => {
  const app = createTestApp({
    generateVerificationToken: () => token,
    failWhen: () =>
      new AuthmailError('unauthorized', 'Mailgun refused the API key', {
        provider: 'mailgun',
        status: 401,
      }),
  });

  const response = await postSignIn(app.config, { email: 'ann@example.com' });

  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe(`${origin}/auth/error?error=Configuration`);
  expect(app.transport.messages).toEqual([]);
  expect(unhandled).toEqual([]);
  expect(app.errors).toHaveLength(1);
  expect(app.errors[0]).toBeInstanceOf(AuthmailError);
  expect(app.errors[0]).toMatchObject({ code: 'unauthorized', retryable: false });
  const everythingShown = [
    response.headers.get('location'),
    await response.text(),
    ...app.errors.map((error) => `${error.message} ${inspect(error)}`),
  ].join('\n');
  for (const secret of [token, authSecret, 'ann@example.com']) {
    expect(everythingShown).not.toContain(secret);
  }
});
