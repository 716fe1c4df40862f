import { expect, it } from 'vitest';
import {
  cookiesFrom,
  createTestAuth,
  german,
  signedInUser,
  storedCode,
} from './testing/test-auth.js';

// The two-factor plugin of real better-auth with email codes: the code it
// generates arrives in German as MfaVerification, and it completes a sign-in.

const ann = {
  email: 'ann@example.com',
  name: 'Ann Muster',
  password: 'correct horse battery staple',
};

it('sends the two-factor code as MfaVerification in German, and the code completes the sign-in', async () => {
  const testAuth = createTestAuth();
  const cookie = await signedInUser(testAuth, ann);
  await testAuth.auth.api.enableTwoFactor({
    body: { password: ann.password },
    headers: new Headers({ cookie }),
  });
  await testAuth.auth.api.sendTwoFactorOTP({ body: {}, headers: german({ cookie }) });
  await testAuth.auth.api.verifyTwoFactorOTP({
    body: { code: storedCode(testAuth, '2fa-otp-') },
    headers: new Headers({ cookie }),
  });
  expect(testAuth.db.user?.[0]?.twoFactorEnabled).toBe(true);

  const signIn = await testAuth.auth.api.signInEmail({
    body: { email: ann.email, password: ann.password },
    returnHeaders: true,
  });
  expect(signIn.response).toMatchObject({ twoFactorRedirect: true });
  const pending = cookiesFrom(signIn.headers);
  await testAuth.auth.api.sendTwoFactorOTP({ body: {}, headers: german({ cookie: pending }) });

  const code = storedCode(testAuth, '2fa-otp-');
  const message = testAuth.transport.last();
  expect(message).toMatchObject({ to: ann.email, tags: ['MfaVerification'] });
  expect(message?.text).toContain(code);
  expect(testAuth.sent.at(-1)?.result.languageTag).toBe('de');
  expect(testAuth.sent.at(-1)?.request.variables).toEqual({
    code,
    application: { id: 'Acme', name: 'Acme' },
    user: {
      id: testAuth.db.user?.[0]?.id,
      name: ann.name,
      primaryEmail: ann.email,
    },
    expiresInMinutes: 3,
  });

  const verified = await testAuth.auth.api.verifyTwoFactorOTP({
    body: { code },
    headers: new Headers({ cookie: pending }),
    returnHeaders: true,
  });
  expect(cookiesFrom(verified.headers)).toContain('better-auth.session_token=');
});
