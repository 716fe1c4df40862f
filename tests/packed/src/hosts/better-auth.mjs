// Runs inside a user project (outside the workspace, clean environment)
// where the packed @authmail packages and better-auth@1.7.25 are installed
// with npm: real better-auth sends its emails through betterAuthEmails from
// the installed @authmail/better-auth. An email OTP sign-in and a password
// reset link, both asked for in German, must arrive in German under their
// usage types and work. Prints one JSON line; exits 1 on any mismatch.
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// Resolved from this file: it must sit in the project, so that what runs
// is what npm installed there, not the workspace's packages.
const project = pathToFileURL(`${realpathSync(process.cwd())}/`).href;
const entries = ['@authmail/core', '@authmail/better-auth', 'better-auth', 'better-auth/plugins'];
const resolvesInProject = (entry) => {
  try {
    return import.meta.resolve(entry).startsWith(project);
  } catch {
    return false;
  }
};
const elsewhere = entries.filter((entry) => !resolvesInProject(entry));
if (elsewhere.length > 0) {
  console.log(JSON.stringify({ ok: false, resolvedOutsideProject: elsewhere }));
  process.exit(1);
}

const { createMailer, createMemoryTransport } = await import('@authmail/core');
const { betterAuthEmails } = await import('@authmail/better-auth');
const { betterAuth } = await import('better-auth');
const { memoryAdapter } = await import('better-auth/adapters/memory');
const { emailOTP } = await import('better-auth/plugins');

const transport = createMemoryTransport();
const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
const languages = [];
const emails = betterAuthEmails({
  async send(request, options) {
    const result = await mailer.send(request, options);
    languages.push(result.languageTag);
    return result;
  },
});
const db = { user: [], session: [], account: [], verification: [] };
const loggedErrors = [];
const auth = betterAuth({
  appName: 'Acme',
  baseURL: 'http://localhost:3000',
  secret: randomBytes(32).toString('hex'),
  database: memoryAdapter(db),
  logger: {
    log: (level, message, ...args) => {
      if (level === 'error') loggedErrors.push(`${message} ${args.map(String).join(' ')}`);
    },
  },
  emailAndPassword: { enabled: true, sendResetPassword: emails.sendResetPassword },
  plugins: [emailOTP({ sendVerificationOTP: emails.sendVerificationOTP })],
});
const headers = () => new Headers({ 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' });
const email = 'ann@example.com';

/** The last email: its usage type, its language, and whether its text holds `secret`. */
function lastEmail(secret) {
  const message = transport.last();
  return {
    usageType: message?.tags?.[0],
    languageTag: languages.at(-1),
    carries: Boolean(secret) && Boolean(message?.text?.includes(secret)),
  };
}

/** Whether `action` settles without throwing. */
const works = (action) =>
  action().then(
    () => true,
    () => false,
  );

// An email OTP sign-in code: SignIn, in German, and it signs in.
await auth.api.sendVerificationOTP({ body: { email, type: 'sign-in' }, headers: headers() });
const stored = db.verification.find((row) => row.identifier === `sign-in-otp-${email}`);
const otp = String(stored?.value ?? '').split(':')[0];
const otpEmail = {
  ...lastEmail(otp),
  signsIn: await works(() => auth.api.signInEmailOTP({ body: { email, otp } })),
};

// A password reset link: ForgotPassword, in German, and its token resets.
await auth.api.requestPasswordReset({ body: { email, redirectTo: '/reset' }, headers: headers() });
const link = transport
  .last()
  ?.text?.match(/http:\/\/localhost:3000\/api\/auth\/reset-password\/\S+/)?.[0];
const token = link ? new URL(link).pathname.split('/').at(-1) : undefined;
const newPassword = 'a brand new passphrase';
const resetEmail = {
  ...lastEmail(link),
  resets:
    (await works(() => auth.api.resetPassword({ body: { token, newPassword } }))) &&
    (await works(() => auth.api.signInEmail({ body: { email, password: newPassword } }))),
};

const expected = {
  otp: { usageType: 'SignIn', languageTag: 'de', carries: true, signsIn: true },
  resetLink: { usageType: 'ForgotPassword', languageTag: 'de', carries: true, resets: true },
  loggedErrors: [],
};
const actual = { otp: otpEmail, resetLink: resetEmail, loggedErrors };
const ok = JSON.stringify(actual) === JSON.stringify(expected);
console.log(JSON.stringify({ ok, ...actual }));
if (!ok) process.exitCode = 1;
