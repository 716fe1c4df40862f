import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDir } from './fixture.js';

/** The providers whose fake APIs the bench runs. */
export const providers = ['mailgun', 'sendgrid', 'smtp', 'resend', 'ses', 'postmark'] as const;

/** One of {@link providers}. */
export type Provider = (typeof providers)[number];

/** Where a fake API listens and the key it accepts (SMTP: the password; SES: the secret access key). */
export interface FakeTarget {
  url: string;
  apiKey: string;
}

/** The fake SMTP server: its host, port and the user that logs in with `apiKey`. */
export interface SmtpTarget extends FakeTarget {
  host: string;
  port: number;
  user: string;
}

/** The fake SES API: the access key id and region requests are signed for. */
export interface SesTarget extends FakeTarget {
  accessKeyId: string;
  region: string;
}

/** What a fake recorded: request count and the last accepted message (its fields or body). */
export interface FakeStats {
  requests: number;
  last: unknown;
}

/** Every fake's target, by provider. */
export interface FakeTargets {
  mailgun: FakeTarget;
  sendgrid: FakeTarget;
  smtp: SmtpTarget;
  resend: FakeTarget;
  ses: SesTarget;
  postmark: FakeTarget;
}

/** The fake APIs of every provider, running in one child process of their own. */
export interface Fakes extends FakeTargets {
  /** Request counts and last messages since the last `clear`. */
  stats(): Promise<Record<Provider, FakeStats>>;
  /** Forgets what every fake recorded. */
  clear(): Promise<void>;
  /** Stops the child process. */
  close(): Promise<void>;
}

/** Mailgun sending domain the fake accepts. */
export const mailgunDomain = 'mg.acme.test';

// Runs in the child: plain ESM on the built @authmail/testkit, resolved from bench/.
// `last` is what both send sides must agree on: for SMTP the parsed message without
// what differs per connection (Message-ID, Date, the MIME boundary), as header names.
const childSource = `
import { startFakeMailgun, startFakePostmark, startFakeResend, startFakeSendGrid, startFakeSes, startFakeSmtp } from '@authmail/testkit';
const fakes = {
  mailgun: await startFakeMailgun({ apiKey: 'key-bench', domains: [${JSON.stringify(mailgunDomain)}] }),
  sendgrid: await startFakeSendGrid({ apiKey: 'SG.bench' }),
  smtp: await startFakeSmtp(),
  resend: await startFakeResend({ apiKey: 're_bench' }),
  ses: await startFakeSes({ secretAccessKey: 'ses-bench-secret' }),
  postmark: await startFakePostmark({ serverToken: 'postmark-bench-token' }),
};
const smtpFields = (m) => ({
  user: m.user, envelope: m.envelope, from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html,
  contentType: m.contentType.split(';')[0], headers: m.headers.map((h) => h.name.toLowerCase()).sort(),
});
const pick = {
  mailgun: (m) => m.fields, sendgrid: (m) => m.body, smtp: smtpFields,
  resend: (m) => m.emails[0], ses: (m) => m.body, postmark: (m) => m.accepted[0],
};
const stats = (fake, last) => ({ requests: fake.requests.length, last: fake.messages.length ? last(fake.messages.at(-1)) : null });
const entries = Object.entries(fakes);
process.on('message', (request) => {
  if (request === 'clear') { for (const [, fake] of entries) fake.clear(); process.send({ cleared: true }); }
  if (request === 'stats') process.send(Object.fromEntries(entries.map(([name, fake]) => [name, stats(fake, pick[name])])));
});
process.on('disconnect', () => Promise.all(entries.map(([, fake]) => fake.close())).then(() => process.exit(0)));
const { smtp, ses } = fakes;
process.send({
  ...Object.fromEntries(entries.map(([name, fake]) => [name, { url: fake.url, apiKey: fake.apiKey }])),
  smtp: { url: smtp.url, apiKey: smtp.apiKey, host: smtp.host, port: smtp.port, user: smtp.user },
  ses: { url: ses.url, apiKey: ses.apiKey, accessKeyId: ses.accessKeyId, region: ses.region },
});
`;

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`fake APIs exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}

/**
 * Starts every fake API of `@authmail/testkit` in one child Node process, so
 * the servers' work does not share the event loop of the client measured.
 */
export async function startFakes(): Promise<Fakes> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', childSource], {
    cwd: fileURLToPath(benchDir),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage<FakeTargets>(child);
  const ask = <T>(request: string) => {
    const answer = nextMessage<T>(child);
    child.send(request);
    return answer;
  };
  return {
    ...ready,
    stats: () => ask('stats'),
    clear: async () => {
      await ask('clear');
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}
