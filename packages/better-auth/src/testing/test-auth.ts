import { randomBytes } from 'node:crypto';
import {
  createMailer,
  createMemoryTransport,
  type Mailer,
  type MemoryTransport,
  type MemoryTransportOptions,
  type SendRequest,
  type SendResult,
} from '@authmail/core';
import { type BetterAuthOptions, betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { emailOTP, magicLink, organization, twoFactor } from 'better-auth/plugins';
import { type BetterAuthEmailsOptions, betterAuthEmails } from '../index.js';

/** Where tests send from. */
export const testFrom = 'Acme <no-reply@acme.test>';
/** better-auth's base URL in tests: links start with it. */
export const baseURL = 'http://localhost:3000';
/** The request headers of a German reader. */
export const german = (headers: Record<string, string> = {}): Headers =>
  new Headers({ 'accept-language': 'de-DE,de;q=0.9,en;q=0.5', ...headers });

/** One line better-auth logged. */
export interface LoggedLine {
  level: string;
  message: string;
  args: unknown[];
}

/** One email the mailer sent: what it was asked and what it reported. */
export interface SentEmail {
  request: SendRequest;
  result: SendResult;
}

/** Tables of better-auth and the plugins the tests use, in its memory adapter. */
function emptyDatabase(): Record<string, Record<string, unknown>[]> {
  const tables = ['user', 'session', 'account', 'verification'];
  const pluginTables = ['organization', 'member', 'invitation', 'team', 'teamMember', 'twoFactor'];
  return Object.fromEntries([...tables, ...pluginTables].map((table) => [table, []]));
}

/** Options of {@link createTestAuth}. */
export interface TestAuthOptions {
  emails?: BetterAuthEmailsOptions;
  transport?: MemoryTransportOptions;
  /** better-auth options that replace the test defaults, key by key. */
  betterAuth?: Partial<BetterAuthOptions>;
  /** Seconds an email OTP lives (`emailOTP({ expiresIn })`). */
  otpExpiresIn?: number;
}

/**
 * Real better-auth in-process (memory adapter, email OTP, organization,
 * magic link and two-factor plugins) whose every email goes through
 * `betterAuthEmails` to authmail's memory transport with built-in templates.
 */
export function createTestAuth(options: TestAuthOptions = {}) {
  const transport: MemoryTransport = createMemoryTransport(options.transport);
  const mailer = createMailer({ transport, from: testFrom, builtins: true });
  const sent: SentEmail[] = [];
  const recording: Pick<Mailer, 'send'> = {
    async send(request, sendOptions) {
      const result = await mailer.send(request, sendOptions);
      sent.push({ request: request as SendRequest, result });
      return result;
    },
  };
  const emails = betterAuthEmails(recording, {
    invitationUrl: (invitation) => `https://acme.test/accept-invitation/${invitation.id}`,
    ...options.emails,
  });
  // Taken apart: each sender works on its own, with no `this`.
  const {
    sendVerificationOTP,
    sendResetPassword,
    sendVerificationEmail,
    sendChangeEmailConfirmation,
    sendDeleteAccountVerification,
    sendInvitationEmail,
    sendMagicLink,
    sendOTP,
  } = emails;
  const db = emptyDatabase();
  const logged: LoggedLine[] = [];
  const auth = betterAuth({
    appName: 'Acme',
    logger: { log: (level, message, ...args) => logged.push({ level, message, args }) },
    baseURL,
    secret: randomBytes(32).toString('hex'),
    database: memoryAdapter(db),
    emailAndPassword: { enabled: true, sendResetPassword },
    emailVerification: { sendOnSignUp: true, sendVerificationEmail },
    user: {
      changeEmail: { enabled: true, sendChangeEmailConfirmation },
      deleteUser: { enabled: true, sendDeleteAccountVerification },
    },
    plugins: [
      emailOTP({
        sendVerificationOTP,
        changeEmail: { enabled: true },
        ...(options.otpExpiresIn === undefined ? {} : { expiresIn: options.otpExpiresIn }),
      }),
      organization({ sendInvitationEmail }),
      magicLink({ sendMagicLink }),
      twoFactor({ otpOptions: { sendOTP } }),
    ],
    ...options.betterAuth,
  });
  return { auth, emails, transport, sent, db, logged };
}

/** What {@link createTestAuth} returns. */
export type TestAuth = ReturnType<typeof createTestAuth>;

/** The `Cookie` header that carries the cookies a better-auth answer sets. */
export function cookiesFrom(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/**
 * The code better-auth stored last under an identifier starting with
 * `prefix` (stored in plain, as by default): `sign-in-otp-ann@example.com`.
 */
export function storedCode(testAuth: TestAuth, prefix: string): string {
  const row = testAuth.db.verification
    ?.filter((entry) => String(entry.identifier).startsWith(prefix))
    .at(-1);
  const code = typeof row?.value === 'string' ? row.value.split(':')[0] : undefined;
  if (code === undefined) throw new Error(`better-auth stored no code under ${prefix}`);
  return code;
}

/** The first link into better-auth in an email's text. */
export function linkIn(text: string | undefined): string {
  const link = text?.match(/http:\/\/localhost:3000\/\S+/)?.[0];
  if (link === undefined) throw new Error('no better-auth link in the email');
  return link;
}

/** Follows a link from an email as the browser would (a GET), with the given headers. */
export function follow(testAuth: TestAuth, link: string, headers: Headers = german()) {
  return testAuth.auth.handler(new Request(link, { headers }));
}

/** Signs a user up (no email verification required) and signs them in: the session cookie. */
export async function signedInUser(
  testAuth: TestAuth,
  user: { email: string; name: string; password?: string },
): Promise<string> {
  const password = user.password ?? 'correct horse battery staple';
  await testAuth.auth.api.signUpEmail({ body: { ...user, password }, headers: german() });
  const { headers } = await testAuth.auth.api.signInEmail({
    body: { email: user.email, password },
    returnHeaders: true,
  });
  return cookiesFrom(headers);
}
