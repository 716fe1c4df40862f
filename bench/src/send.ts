import { isDeepStrictEqual } from 'node:util';
import type { FakeStats, Fakes } from './fakes.js';
import { type Figure, ratio } from './figure.js';
import { mailgunCase } from './send-cases/mailgun.js';
import { postmarkCase } from './send-cases/postmark.js';
import { resendCase } from './send-cases/resend.js';
import type { SendCase } from './send-cases/send-case.js';
import { sendGridCase } from './send-cases/sendgrid.js';
import { sesCase } from './send-cases/ses.js';
import { smtpCase } from './send-cases/smtp.js';
import type { Settings } from './settings.js';
import { median, pool, round, timed } from './stats.js';

interface Side {
  ms: number[];
  cpuUs: number[];
  last: unknown;
}

/** Sends per round: the full count for Mailgun and SendGrid, `newProviderSends` for the others. */
function sendsFor(provider: SendCase['provider'], settings: Settings): number {
  return provider === 'mailgun' || provider === 'sendgrid'
    ? settings.sends
    : settings.newProviderSends;
}

async function compare(
  send: SendCase,
  fakes: Fakes,
  settings: Settings,
): Promise<{ ours: Side; bare: Side }> {
  const sides: { ours: Side; bare: Side } = {
    ours: { ms: [], cpuUs: [], last: null },
    bare: { ms: [], cpuUs: [], last: null },
  };
  const sends = sendsFor(send.provider, settings);
  const warmUp = Math.min(200, sends);
  for (const name of ['bare', 'ours'] as const) {
    await pool(warmUp, settings.concurrency, send[name]);
  }
  for (let pass = 0; pass < settings.sendRounds; pass++) {
    const order = pass % 2 === 0 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const);
    for (const name of order) {
      await fakes.clear();
      const { ms, cpuUs } = await timed(() => pool(sends, settings.concurrency, send[name]));
      const stats: FakeStats = (await fakes.stats())[send.provider];
      if (stats.requests !== sends) {
        throw new Error(`${send.provider} ${name}: ${stats.requests} requests for ${sends} sends`);
      }
      sides[name].ms.push(ms);
      sides[name].cpuUs.push(cpuUs);
      sides[name].last = stats.last;
    }
  }
  return sides;
}

function figures(
  send: SendCase,
  { ours, bare }: { ours: Side; bare: Side },
  settings: Settings,
): Figure[] {
  const sends = sendsFor(send.provider, settings);
  const oursMs = median(ours.ms);
  const bareMs = median(bare.ms);
  const oursCpu = median(ours.cpuUs) / sends;
  const bareCpu = median(bare.cpuUs) / sends;
  // Each round's two sides ran back to back: their ratio is what the machine's load disturbs least.
  const wallRatio = median(ours.ms.map((ms, pass) => ms / (bare.ms[pass] ?? ms)));
  const cpuRatio = median(ours.cpuUs.map((us, pass) => us / (bare.cpuUs[pass] ?? us)));
  const same = isDeepStrictEqual(
    send.withoutRecipient(ours.last),
    send.withoutRecipient(bare.last),
  );
  const runs = `${sends} sends at concurrency ${settings.concurrency}; medians of ${settings.sendRounds} round(s), ratio = median of each round's paired ratio`;
  const peer = send.peer;
  return [
    {
      id: `send.${send.provider}`,
      group: 'send',
      label: `send ${send.name}: transport vs bare client`,
      unit: 'msgs/s',
      ours: round((sends / oursMs) * 1000),
      peers: { [peer]: round((sends / bareMs) * 1000) },
      ratios: [ratio('ours ÷ bare (wall time)', round(wallRatio), { atMost: 1.1 })],
      note: `${runs}; fake ${send.provider === 'smtp' ? 'server' : 'API'} in a child process; identical fields: ${same}`,
    },
    {
      id: `send.${send.provider}.cpu`,
      group: 'send',
      label: `send ${send.name}: client CPU per message`,
      unit: 'µs/msg',
      ours: round(oursCpu),
      peers: { [peer]: round(bareCpu) },
      ratios: [ratio('ours ÷ bare', round(cpuRatio))],
      note: 'user + system CPU of the sending process',
    },
  ];
}

/** Every provider's send comparison, in report order. */
const cases = [mailgunCase, sendGridCase, smtpCase, resendCase, sesCase, postmarkCase];

/**
 * Send figures: the same sends through each of our transports and through
 * the bare official client with identical fields, to the fake APIs.
 */
export async function sendFigures(fakes: Fakes, settings: Settings): Promise<Figure[]> {
  const all: Figure[] = [];
  for (const makeCase of cases) {
    const send = makeCase(fakes);
    try {
      all.push(...figures(send, await compare(send, fakes, settings), settings));
    } finally {
      send.close?.();
    }
  }
  return all;
}
