import { fileURLToPath } from 'node:url';
import { type Fakes, mailgunDomain } from './fakes.js';
import { type Figure, ratio } from './figure.js';
import { freshNodeMs } from './fresh-node.js';
import type { Settings } from './settings.js';
import { median, round } from './stats.js';

type Provider = 'mailgun' | 'sendgrid';

/** What both sides send: the child scripts read it from these variables. */
const email = {
  AUTHMAIL_BENCH_FROM: 'Acme <no-reply@acme.test>',
  AUTHMAIL_BENCH_TO: 'ann@example.com',
  AUTHMAIL_BENCH_CODE: '482913',
  AUTHMAIL_BENCH_APPLICATION: 'Acme',
};

/** The sizes of what the fake received, in characters. */
interface Sent {
  subject: number;
  text: number;
  html: number;
}

interface Side {
  ms: number[];
  sent: Sent;
}

const sides = {
  mailgun: { name: 'Mailgun', peer: 'mailgun.js + form-data + template literal' },
  sendgrid: { name: 'SendGrid', peer: '@sendgrid/mail + template literal' },
} as const;

function childEnv(provider: Provider, fakes: Fakes): Record<string, string> {
  const target = fakes[provider];
  return {
    ...email,
    AUTHMAIL_BENCH_PROVIDER: provider,
    AUTHMAIL_BENCH_URL: target.url,
    AUTHMAIL_BENCH_API_KEY: target.apiKey,
    AUTHMAIL_BENCH_DOMAIN: mailgunDomain,
  };
}

/** Subject, text and HTML lengths of the last message a fake accepted. */
function sizesOf(provider: Provider, last: unknown): Sent {
  const length = (value: unknown) => (typeof value === 'string' ? value.length : 0);
  if (provider === 'mailgun') {
    const fields = last as Record<string, unknown>;
    return {
      subject: length(fields.subject),
      text: length(fields.text),
      html: length(fields.html),
    };
  }
  const body = last as { subject?: unknown; content?: { type: string; value: unknown }[] };
  const part = (type: string) => body.content?.find((content) => content.type === type)?.value;
  return {
    subject: length(body.subject),
    text: length(part('text/plain')),
    html: length(part('text/html')),
  };
}

/** One fresh process of `ours.mjs` or `bare-<provider>.mjs`: its ms and what it sent. */
async function firstEmail(
  side: 'ours' | 'bare',
  provider: Provider,
  fakes: Fakes,
): Promise<{ ms: number; sent: Sent }> {
  const file = side === 'ours' ? 'ours.mjs' : `bare-${provider}.mjs`;
  const script = fileURLToPath(new URL(`first-email/${file}`, import.meta.url));
  await fakes.clear();
  const ms = freshNodeMs(
    `first email, ${side} on ${provider}`,
    [script],
    childEnv(provider, fakes),
  );
  const stats = (await fakes.stats())[provider];
  if (stats.requests !== 1) {
    throw new Error(`first email, ${side} on ${provider}: ${stats.requests} requests for 1 send`);
  }
  return { ms, sent: sizesOf(provider, stats.last) };
}

async function measure(
  provider: Provider,
  fakes: Fakes,
  runs: number,
): Promise<{ ours: Side; bare: Side }> {
  const ours: Side = { ms: [], sent: { subject: 0, text: 0, html: 0 } };
  const bare: Side = { ms: [], sent: { subject: 0, text: 0, html: 0 } };
  // Interleaved, so a slow moment of the machine hits both sides alike.
  for (let run = 0; run < runs; run++) {
    for (const [name, side] of [
      ['ours', ours],
      ['bare', bare],
    ] as const) {
      const { ms, sent } = await firstEmail(name, provider, fakes);
      side.ms.push(ms);
      side.sent = sent;
    }
  }
  return { ours, bare };
}

function sizesText(sent: Sent): string {
  return `${sent.subject}/${sent.text}/${sent.html}`;
}

/** Whether every part of `bare` is within 10% of the same part of `ours`. */
function similar(ours: Sent, bare: Sent): boolean {
  const parts = ['subject', 'text', 'html'] as const;
  return parts.every((part) => Math.abs(ours[part] - bare[part]) <= ours[part] * 0.1);
}

function figure(provider: Provider, { ours, bare }: { ours: Side; bare: Side }): Figure {
  const { name, peer } = sides[provider];
  // Each pair ran back to back: their ratio is what the machine's load disturbs least.
  const pairRatio = median(ours.ms.map((ms, run) => ms / (bare.ms[run] ?? ms)));
  const target = provider === 'mailgun' ? { atMost: 1.2 } : undefined;
  return {
    id: `startup.first-email.${provider}`,
    group: 'startup',
    label: `start-up: first email sent from a fresh process (${name})`,
    unit: 'ms',
    ours: round(median(ours.ms)),
    peers: { [peer]: round(median(bare.ms)) },
    ratios: [ratio('ours ÷ bare', round(pairRatio), target)],
    note:
      `median of ${ours.ms.length} fresh processes per side, interleaved; ratio = median of each pair's; ` +
      'timed from the first line: import, create the mailer (createMailer, built-in SignIn) or the client, ' +
      `render, send one to the fake API; subject/text/HTML chars sent: ours ${sizesText(ours.sent)}, ` +
      `bare ${sizesText(bare.sent)}; within 10%: ${similar(ours.sent, bare.sent)}`,
  };
}

/**
 * Time to the first email from a fresh process, per provider: authmail's
 * mailer with built-in templates against the bare official client and a
 * hand-written template literal, both sending to the fake API.
 */
export async function firstEmailFigures(fakes: Fakes, settings: Settings): Promise<Figure[]> {
  const mailgun = await measure('mailgun', fakes, settings.startupRuns);
  const sendgrid = await measure('sendgrid', fakes, settings.startupRuns);
  return [figure('mailgun', mailgun), figure('sendgrid', sendgrid)];
}
