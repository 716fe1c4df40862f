import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDir } from './fixture.js';

/** Where a fake API listens and the key it accepts. */
export interface FakeTarget {
  url: string;
  apiKey: string;
}

/** What a fake recorded: request count and the last accepted message (fields or body). */
export interface FakeStats {
  requests: number;
  last: unknown;
}

/** The fake Mailgun and SendGrid APIs, running in a child process of their own. */
export interface Fakes {
  mailgun: FakeTarget;
  sendgrid: FakeTarget;
  /** Request counts and last messages since the last `clear`. */
  stats(): Promise<{ mailgun: FakeStats; sendgrid: FakeStats }>;
  /** Forgets what both fakes recorded. */
  clear(): Promise<void>;
  /** Stops the child process. */
  close(): Promise<void>;
}

/** Mailgun sending domain the fake accepts. */
export const mailgunDomain = 'mg.acme.test';

// Runs in the child: plain ESM on the built @authmail/testkit, resolved from bench/.
const childSource = `
import { startFakeMailgun, startFakeSendGrid } from '@authmail/testkit';
const mailgun = await startFakeMailgun({ apiKey: 'key-bench', domains: [${JSON.stringify(mailgunDomain)}] });
const sendgrid = await startFakeSendGrid({ apiKey: 'SG.bench' });
const stats = (fake, pick) => ({ requests: fake.requests.length, last: fake.messages.length ? pick(fake.messages.at(-1)) : null });
process.on('message', (request) => {
  if (request === 'clear') { mailgun.clear(); sendgrid.clear(); process.send({ cleared: true }); }
  if (request === 'stats') process.send({ mailgun: stats(mailgun, (m) => m.fields), sendgrid: stats(sendgrid, (m) => m.body) });
});
process.on('disconnect', () => Promise.all([mailgun.close(), sendgrid.close()]).then(() => process.exit(0)));
process.send({ mailgun: { url: mailgun.url, apiKey: mailgun.apiKey }, sendgrid: { url: sendgrid.url, apiKey: sendgrid.apiKey } });
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
 * Starts both fake APIs of `@authmail/testkit` in a child Node process, so
 * the server's work does not share the event loop of the client measured.
 */
export async function startFakes(): Promise<Fakes> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', childSource], {
    cwd: fileURLToPath(benchDir),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage<{ mailgun: FakeTarget; sendgrid: FakeTarget }>(child);
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
