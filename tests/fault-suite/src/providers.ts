import type { OutgoingEmail, Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { createPostmarkTransport } from '@authmail/postmark';
import { createResendTransport } from '@authmail/resend';
import { createSendGridTransport } from '@authmail/sendgrid';
import { createSesTransport } from '@authmail/ses';
import { createSmtpTransport } from '@authmail/smtp';
import {
  type FakeMailgun,
  type FakePostmark,
  type FakeResend,
  type FakeSendGrid,
  type FakeSes,
  type FakeSmtp,
  startFakeMailgun,
  startFakePostmark,
  startFakeResend,
  startFakeSendGrid,
  startFakeSes,
  startFakeSmtp,
} from '@authmail/testkit';
import {
  type NeutralMessage,
  neutralFromMailgun,
  neutralFromPostmark,
  neutralFromResend,
  neutralFromSendGrid,
  neutralFromSes,
  neutralFromSmtp,
} from '@authmail/testkit/conformance';

/** Every fake API the fault suite drives. */
export type AnyFake = FakeMailgun | FakeSendGrid | FakeSmtp | FakeResend | FakeSes | FakePostmark;

/** The providers under test, as their transports name themselves. */
export type ProviderName = 'mailgun' | 'sendgrid' | 'smtp' | 'resend' | 'ses' | 'postmark';

/**
 * How a test misbuilds or re-aims a transport. `url` is the API's base URL; for SMTP,
 * `smtp://host:port`, or `https:`/`smtps:` for TLS from the first byte (`secure: true`).
 */
export interface TransportOptions {
  timeoutMs?: number;
  /** The API key (SMTP: the password; SES: the secret access key). */
  apiKey?: string;
  url?: string;
  /**
   * SMTP only: pooled connections (nodemailer's `maxConnections`, default 5). The HTTP
   * transports open as many connections as their sends need.
   */
  connections?: number;
}

/** A provider under test: its fake API and a factory for its real transport. */
export interface ProviderUnderTest<F extends AnyFake = AnyFake> {
  name: ProviderName;
  fake: F;
  transport(options?: TransportOptions): Transport;
  /** The provider-neutral view of each message the fake accepted, oldest first. */
  delivered(): NeutralMessage[];
}

/** What a transport is built from: the options with the fake's key and URL filled in. */
type BuildOptions = Required<Omit<TransportOptions, 'connections'>> &
  Pick<TransportOptions, 'connections'>;

/** A provider under test from its fake, how to read its messages and how to build a transport. */
function underTest<F extends AnyFake>(
  name: ProviderName,
  fake: F,
  neutral: (message: F['messages'][number]) => NeutralMessage,
  build: (options: BuildOptions) => Transport,
): ProviderUnderTest<F> {
  return {
    name,
    fake,
    transport: ({ timeoutMs = 2000, apiKey = fake.apiKey, url = fake.url, connections } = {}) =>
      build({ timeoutMs, apiKey, url, connections }),
    delivered: () => fake.messages.map((message) => neutral(message)),
  };
}

const domain = 'mg.faults.test';

/** Starts the fake Mailgun API and builds real mailgun.js transports against it. */
export async function mailgunUnderTest(): Promise<ProviderUnderTest<FakeMailgun>> {
  const fake = await startFakeMailgun({ apiKey: 'key-faults-0123456789', domains: [domain] });
  return underTest('mailgun', fake, neutralFromMailgun, ({ timeoutMs, apiKey, url }) =>
    createMailgunTransport({ apiKey, domain, endpoint: url, allowCustomEndpoint: true, timeoutMs }),
  );
}

/** Starts the fake SendGrid API and builds real @sendgrid/mail transports against it. */
export async function sendGridUnderTest(): Promise<ProviderUnderTest<FakeSendGrid>> {
  const fake = await startFakeSendGrid({ apiKey: 'SG.faults-0123456789' });
  return underTest('sendgrid', fake, neutralFromSendGrid, ({ timeoutMs, apiKey, url }) =>
    createSendGridTransport({ apiKey, baseUrl: url, allowCustomBaseUrl: true, timeoutMs }),
  );
}

/** Starts the fake SMTP server and builds real nodemailer transports against it. */
export async function smtpUnderTest(): Promise<ProviderUnderTest<FakeSmtp>> {
  const fake = await startFakeSmtp();
  return underTest('smtp', fake, neutralFromSmtp, ({ timeoutMs, apiKey, url, connections }) => {
    const { hostname, port, protocol } = new URL(url);
    const secure = protocol === 'https:' || protocol === 'smtps:';
    return createSmtpTransport({
      host: hostname,
      port: Number(port) || (secure ? 465 : 25),
      secure,
      auth: { user: fake.user, pass: apiKey },
      timeoutMs,
      ...(connections === undefined ? {} : { maxConnections: connections }),
    });
  });
}

/** Starts the fake Resend API and builds real `resend` transports against it. */
export async function resendUnderTest(): Promise<ProviderUnderTest<FakeResend>> {
  const fake = await startFakeResend({ apiKey: 're_faults_0123456789abcdef' });
  return underTest('resend', fake, neutralFromResend, ({ timeoutMs, apiKey, url }) =>
    createResendTransport({ apiKey, baseUrl: url, allowCustomBaseUrl: true, timeoutMs }),
  );
}

/** Starts the fake SES v2 API and builds real `@aws-sdk/client-sesv2` transports against it. */
export async function sesUnderTest(): Promise<ProviderUnderTest<FakeSes>> {
  const fake = await startFakeSes({ secretAccessKey: 'faults/0123456789abcdefEXAMPLEKEY' });
  return underTest('ses', fake, neutralFromSes, ({ timeoutMs, apiKey, url }) =>
    createSesTransport({
      region: fake.region,
      credentials: { accessKeyId: fake.accessKeyId, secretAccessKey: apiKey },
      endpoint: url,
      allowCustomEndpoint: true,
      timeoutMs,
    }),
  );
}

/** Starts the fake Postmark API and builds real `postmark` transports against it. */
export async function postmarkUnderTest(): Promise<ProviderUnderTest<FakePostmark>> {
  const fake = await startFakePostmark({ serverToken: '0f1e2d3c-4b5a-4978-a1b2-c3d4e5f60718' });
  return underTest('postmark', fake, neutralFromPostmark, ({ timeoutMs, apiKey, url }) =>
    createPostmarkTransport({
      serverToken: apiKey,
      baseUrl: url,
      allowCustomBaseUrl: true,
      timeoutMs,
    }),
  );
}

/** One provider the tests iterate: its name, and how to start it. */
export interface ProviderEntry {
  name: ProviderName;
  start(): Promise<ProviderUnderTest>;
}

/** How to start each provider, in the order the docs list them. */
const starters: Record<ProviderName, () => Promise<ProviderUnderTest>> = {
  mailgun: mailgunUnderTest,
  sendgrid: sendGridUnderTest,
  smtp: smtpUnderTest,
  resend: resendUnderTest,
  ses: sesUnderTest,
  postmark: postmarkUnderTest,
};

/** Every provider, in the order the docs list them. The tests iterate this one list. */
export const allProviders: readonly ProviderEntry[] = Object.entries(starters).map(
  ([name, start]) => ({ name: name as ProviderName, start }),
);

/** Whether `provider` is the SMTP one, whose fake takes SMTP's own faults and records envelopes. */
export function isSmtp(provider: ProviderUnderTest): provider is ProviderUnderTest<FakeSmtp> {
  return provider.name === 'smtp';
}

/** Ids of the messages a fake API accepted. */
export function acceptedIds(fake: AnyFake): Set<string> {
  return new Set(fake.messages.map((message) => message.id));
}

/** A sign-in email, numbered so each send is told apart. */
export function signInEmail(index: number): OutgoingEmail {
  return {
    to: `user${index}@example.org`,
    from: 'Acme <no-reply@acme.test>',
    subject: `Your code ${String(index).padStart(6, '0')}`,
    text: `Code ${index}`,
    html: `<p>Code <b>${index}</b></p>`,
    tags: ['SignIn'],
  };
}
