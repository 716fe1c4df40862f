import { isDeepStrictEqual } from 'node:util';
import { type OutgoingEmail, renderEmail } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { createSendGridTransport } from '@authmail/sendgrid';
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import FormData from 'form-data';
import Mailgun from 'mailgun.js';
import { type FakeStats, type Fakes, mailgunDomain } from './fakes.js';
import { type Figure, ratio } from './figure.js';
import { loadSignIn } from './fixture.js';
import type { Settings } from './settings.js';
import { median, pool, round, timed } from './stats.js';

/** Sends message number `index`; one per provider and side. */
type Sender = (index: number) => Promise<unknown>;

const from = { email: 'no-reply@acme.test', name: 'Acme' };
const recipient = (index: number) => `user${index}@example.com`;

/** The rendered sign-in email every send carries (about 3 KB of HTML plus its text). */
export function signInMessage(): Omit<OutgoingEmail, 'to'> & { html: string; text: string } {
  const { subject, html, variables } = loadSignIn();
  const rendered = renderEmail({ subject, content: html }, variables);
  return {
    from: `${from.name} <${from.email}>`,
    subject: rendered.subject,
    html: rendered.html ?? '',
    text: rendered.text,
  };
}

function mailgunSenders(fakes: Fakes): { ours: Sender; bare: Sender } {
  const message = signInMessage();
  const transport = createMailgunTransport({
    apiKey: fakes.mailgun.apiKey,
    domain: mailgunDomain,
    endpoint: fakes.mailgun.url,
    allowCustomEndpoint: true,
  });
  const client = new Mailgun(FormData).client({
    username: 'api',
    key: fakes.mailgun.apiKey,
    url: fakes.mailgun.url,
  });
  return {
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    // The fields our transport sends, in its order: tracking off for auth emails.
    bare: (index) =>
      client.messages.create(mailgunDomain, {
        from: message.from,
        to: recipient(index),
        subject: message.subject,
        text: message.text,
        html: message.html,
        'o:tracking-clicks': 'no',
        'o:tracking-opens': 'no',
      }),
  };
}

function sendGridSenders(fakes: Fakes): { ours: Sender; bare: Sender } {
  const message = signInMessage();
  const transport = createSendGridTransport({
    apiKey: fakes.sendgrid.apiKey,
    baseUrl: fakes.sendgrid.url,
    allowCustomBaseUrl: true,
  });
  const client = new Client();
  client.setApiKey(fakes.sendgrid.apiKey);
  client.setDefaultRequest('baseUrl', `${fakes.sendgrid.url}/`);
  const mail = new MailService();
  mail.setClient(client);
  return {
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    bare: (index) =>
      mail.send({
        from,
        personalizations: [{ to: [{ email: recipient(index) }] }],
        subject: message.subject,
        text: message.text,
        html: message.html,
        trackingSettings: {
          clickTracking: { enable: false, enableText: false },
          openTracking: { enable: false },
        },
      }),
  };
}

interface Side {
  ms: number[];
  cpuUs: number[];
  last: unknown;
}

async function compare(
  provider: 'mailgun' | 'sendgrid',
  senders: { ours: Sender; bare: Sender },
  fakes: Fakes,
  settings: Settings,
): Promise<{ ours: Side; bare: Side }> {
  const sides = {
    ours: { ms: [], cpuUs: [], last: null },
    bare: { ms: [], cpuUs: [], last: null },
  } as {
    ours: Side;
    bare: Side;
  };
  const warmUp = Math.min(200, settings.sends);
  for (const name of ['bare', 'ours'] as const) {
    await pool(warmUp, settings.concurrency, senders[name]);
  }
  for (let pass = 0; pass < settings.sendRounds; pass++) {
    const order = pass % 2 === 0 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const);
    for (const name of order) {
      await fakes.clear();
      const { ms, cpuUs } = await timed(() =>
        pool(settings.sends, settings.concurrency, senders[name]),
      );
      const stats: FakeStats = (await fakes.stats())[provider];
      if (stats.requests !== settings.sends) {
        throw new Error(
          `${provider} ${name}: ${stats.requests} requests for ${settings.sends} sends`,
        );
      }
      sides[name].ms.push(ms);
      sides[name].cpuUs.push(cpuUs);
      sides[name].last = stats.last;
    }
  }
  return sides;
}

/** Without the recipient, which differs by index only through its number. */
function withoutRecipient(provider: 'mailgun' | 'sendgrid', last: unknown): unknown {
  const copy = structuredClone(last) as Record<string, unknown>;
  if (provider === 'mailgun') delete copy.to;
  else delete copy.personalizations;
  return copy;
}

function figures(
  provider: 'mailgun' | 'sendgrid',
  peer: string,
  { ours, bare }: { ours: Side; bare: Side },
  settings: Settings,
): Figure[] {
  const oursMs = median(ours.ms);
  const bareMs = median(bare.ms);
  const oursCpu = median(ours.cpuUs) / settings.sends;
  const bareCpu = median(bare.cpuUs) / settings.sends;
  // Each round's two sides ran back to back: their ratio is what the machine's load disturbs least.
  const wallRatio = median(ours.ms.map((ms, pass) => ms / (bare.ms[pass] ?? ms)));
  const cpuRatio = median(ours.cpuUs.map((us, pass) => us / (bare.cpuUs[pass] ?? us)));
  const same = isDeepStrictEqual(
    withoutRecipient(provider, ours.last),
    withoutRecipient(provider, bare.last),
  );
  const name = provider === 'mailgun' ? 'Mailgun' : 'SendGrid';
  const runs = `${settings.sends} sends at concurrency ${settings.concurrency}; medians of ${settings.sendRounds} round(s), ratio = median of each round's paired ratio`;
  return [
    {
      id: `send.${provider}`,
      group: 'send',
      label: `send ${name}: transport vs bare client`,
      unit: 'msgs/s',
      ours: round((settings.sends / oursMs) * 1000),
      peers: { [peer]: round((settings.sends / bareMs) * 1000) },
      ratios: [ratio('ours ÷ bare (wall time)', round(wallRatio), { atMost: 1.1 })],
      note: `${runs}; fake API in a child process; identical fields: ${same}`,
    },
    {
      id: `send.${provider}.cpu`,
      group: 'send',
      label: `send ${name}: client CPU per message`,
      unit: 'µs/msg',
      ours: round(oursCpu),
      peers: { [peer]: round(bareCpu) },
      ratios: [ratio('ours ÷ bare', round(cpuRatio))],
      note: 'user + system CPU of the sending process',
    },
  ];
}

/**
 * Send figures: the same sends through our Mailgun and SendGrid transports and
 * through the bare official clients with identical fields, to the fake APIs.
 */
export async function sendFigures(fakes: Fakes, settings: Settings): Promise<Figure[]> {
  const mailgun = await compare('mailgun', mailgunSenders(fakes), fakes, settings);
  const sendgrid = await compare('sendgrid', sendGridSenders(fakes), fakes, settings);
  return [
    ...figures('mailgun', 'mailgun.js', mailgun, settings),
    ...figures('sendgrid', '@sendgrid/mail', sendgrid, settings),
  ];
}
