import { describe, expect, it } from 'vitest';
import { createTestAuth, german, signedInUser, storedCode } from './testing/test-auth.js';

// The email OTP plugin of real better-auth, driven through auth.api with a
// German Accept-Language: each code it generates arrives in German, under
// the usage type its OTP type maps to, and signs in / verifies / resets.

const ann = { email: 'ann@example.com', name: 'Ann Muster' };

describe('sendVerificationOTP', () => {
  it('sends the sign-in code as SignIn in German, and the code signs in', async () => {
    const testAuth = createTestAuth();
    await testAuth.auth.api.sendVerificationOTP({
      body: { email: ann.email, type: 'sign-in' },
      headers: german(),
    });

    const otp = storedCode(testAuth, `sign-in-otp-${ann.email}`);
    expect(otp).toMatch(/^\d{6}$/);
    const message = testAuth.transport.last();
    expect(message).toMatchObject({ to: ann.email, tags: ['SignIn'] });
    expect(message?.text).toContain(otp);
    expect(testAuth.sent[0]?.result.languageTag).toBe('de');
    expect(testAuth.sent[0]?.request.variables).toMatchObject({
      code: otp,
      application: { id: 'Acme', name: 'Acme' },
      expiresInMinutes: 5,
    });

    const signIn = await testAuth.auth.api.signInEmailOTP({
      body: { email: ann.email, otp: otp },
    });
    expect(signIn.user.email).toBe(ann.email);
  });

  it('sends the verification code as Register, and the code verifies the address', async () => {
    const testAuth = createTestAuth({ betterAuth: { emailVerification: {} } });
    await signedInUser(testAuth, ann);
    await testAuth.auth.api.sendVerificationOTP({
      body: { email: ann.email, type: 'email-verification' },
      headers: german(),
    });

    const otp = storedCode(testAuth, `email-verification-otp-${ann.email}`);
    expect(testAuth.transport.last()).toMatchObject({ to: ann.email, tags: ['Register'] });
    expect(testAuth.transport.last()?.text).toContain(otp);
    expect(testAuth.sent.at(-1)?.result.languageTag).toBe('de');

    const verified = await testAuth.auth.api.verifyEmailOTP({
      body: { email: ann.email, otp: otp },
    });
    expect(verified.user.emailVerified).toBe(true);
  });

  it('sends the password reset code (requestPasswordResetEmailOTP) as ForgotPassword, and the code resets', async () => {
    const testAuth = createTestAuth({ betterAuth: { emailVerification: {} } });
    await signedInUser(testAuth, ann);
    await testAuth.auth.api.requestPasswordResetEmailOTP({
      body: { email: ann.email },
      headers: german(),
    });

    const otp = storedCode(testAuth, `forget-password-otp-${ann.email}`);
    expect(testAuth.transport.last()).toMatchObject({ to: ann.email, tags: ['ForgotPassword'] });
    expect(testAuth.transport.last()?.text).toContain(otp);
    expect(testAuth.sent.at(-1)?.result.languageTag).toBe('de');

    await testAuth.auth.api.resetPasswordEmailOTP({
      body: { email: ann.email, otp: otp, password: 'a brand new passphrase' },
    });
    const signIn = await testAuth.auth.api.signInEmail({
      body: { email: ann.email, password: 'a brand new passphrase' },
    });
    expect(signIn.user.email).toBe(ann.email);
  });

  it('sends the change-email code to the new address as BindNewIdentifier for the signed-in user', async () => {
    const testAuth = createTestAuth({ betterAuth: { emailVerification: {} } });
    const cookie = await signedInUser(testAuth, ann);
    const newEmail = 'ann.neu@example.com';
    await testAuth.auth.api.requestEmailChangeEmailOTP({
      body: { newEmail },
      headers: german({ cookie }),
    });

    const user = testAuth.db.user?.[0];
    const otp = storedCode(testAuth, `change-email-otp-${user?.id}:${newEmail}`);
    expect(testAuth.transport.last()).toMatchObject({ to: newEmail, tags: ['BindNewIdentifier'] });
    expect(testAuth.transport.last()?.text).toContain(otp);
    expect(testAuth.sent.at(-1)?.result.languageTag).toBe('de');
    expect(testAuth.sent.at(-1)?.request.variables).toMatchObject({
      user: { id: user?.id, name: ann.name, primaryEmail: ann.email },
    });

    await testAuth.auth.api.changeEmailEmailOTP({
      body: { newEmail, otp: otp },
      headers: new Headers({ cookie }),
    });
    expect(testAuth.db.user?.[0]?.email).toBe(newEmail);
  });

  it('says how long the code lives, from emailOTP({ expiresIn })', async () => {
    const testAuth = createTestAuth({ otpExpiresIn: 15 * 60 });
    await testAuth.auth.api.sendVerificationOTP({
      body: { email: ann.email, type: 'sign-in' },
      headers: german(),
    });
    expect(testAuth.sent[0]?.request.variables).toMatchObject({ expiresInMinutes: 15 });
    expect(testAuth.transport.last()?.text).toContain('15 Minuten');
  });

  it('answers the HTTP handler in the language of its Accept-Language header', async () => {
    const testAuth = createTestAuth();
    const response = await testAuth.auth.handler(
      new Request('http://localhost:3000/api/auth/email-otp/send-verification-otp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr-FR,fr;q=0.9' },
        body: JSON.stringify({ email: ann.email, type: 'sign-in' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(testAuth.sent[0]?.result.languageTag).toBe('fr');
  });

  it('sends a change-email code with no signed-in user as Generic', async () => {
    const testAuth = createTestAuth();
    await testAuth.emails.sendVerificationOTP({
      email: 'ann.neu@example.com',
      otp: '482913',
      type: 'change-email',
    });
    expect(testAuth.transport.last()).toMatchObject({
      to: 'ann.neu@example.com',
      tags: ['Generic'],
    });
    expect(testAuth.transport.last()?.text).toContain('482913');
  });
});
