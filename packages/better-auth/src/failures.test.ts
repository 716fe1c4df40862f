import { inspect } from 'node:util';
import { AuthmailError } from '@authmail/core';
import { expect, it, vi } from 'vitest';
import { createTestAuth, german, storedCode, type TestAuth } from './testing/test-auth.js';

// When the provider fails, the mailer's AuthmailError reaches better-auth
// as it is (better-auth throws it from the endpoint or logs it, depending
// on the flow), and neither it nor what better-auth makes of it holds the
// code or link that was being sent.

const outage = () =>
  new AuthmailError('provider_unavailable', 'The provider answered 503', {
    provider: 'memory',
    status: 503,
  });

/** The magic link token better-auth stored (in plain, as by default) in its identifier. */
function tokenOfMagicLink(testAuth: TestAuth): string {
  const prefix = 'magic-link:';
  const row = testAuth.db.verification?.find((entry) =>
    String(entry.identifier).startsWith(prefix),
  );
  return String(row?.identifier).slice(prefix.length);
}

it('lets the AuthmailError of a failed magic link through auth.api, without the link', async () => {
  const testAuth = createTestAuth({ transport: { failWhen: outage } });
  const failure = await testAuth.auth.api
    .signInMagicLink({ body: { email: 'ann@example.com' }, headers: german() })
    .catch((error: unknown) => error);

  expect(failure).toBeInstanceOf(AuthmailError);
  expect(failure).toMatchObject({ code: 'provider_unavailable', retryable: true });
  const token = tokenOfMagicLink(testAuth);
  expect(token).toMatch(/^[A-Za-z]{32}$/);
  expect(inspect(failure, { depth: 8 })).not.toContain(token);
  expect(JSON.stringify(failure)).not.toContain(token);
});

it('answers and logs the HTTP request of a failed magic link without the link', async () => {
  const testAuth = createTestAuth({ transport: { failWhen: outage } });
  // better-call prints server errors with console.error.
  const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
  const response = await testAuth.auth.handler(
    new Request('http://localhost:3000/api/auth/sign-in/magic-link', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({ email: 'ann@example.com' }),
    }),
  );

  const token = tokenOfMagicLink(testAuth);
  expect(response.status).toBe(500);
  expect(await response.text()).not.toContain(token);
  expect(printed).toHaveBeenCalled();
  expect(inspect(printed.mock.calls, { depth: 8 })).not.toContain(token);
  printed.mockRestore();
});

it('leaves what better-auth logs of a failed email OTP free of the code', async () => {
  const testAuth = createTestAuth({ transport: { failWhen: outage } });
  await testAuth.auth.api.sendVerificationOTP({
    body: { email: 'ann@example.com', type: 'sign-in' },
    headers: german(),
  });

  const otp = storedCode(testAuth, 'sign-in-otp-ann@example.com');
  const errors = testAuth.logged.filter((line) => line.level === 'error');
  expect(errors.flatMap((line) => line.args)).toContainEqual(
    expect.objectContaining({ code: 'provider_unavailable' }),
  );
  expect(inspect(errors, { depth: 8 })).not.toContain(otp);
});
